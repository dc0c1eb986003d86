package hwcalc.check;

import static hwcalc.check.Sheets.file;
import static hwcalc.check.Sheets.sheet;
import static org.assertj.core.api.Assertions.assertThat;

import hwcalc.spec.Severity;
import hwcalc.spec.RuleId;
import hwcalc.spec.SpecLoader.SpecFile;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * How the checker puts files together: a checked file replaces the context file of its name, sheets
 * with catalogue problems are set aside while the rest are still checked against their parts, and a
 * part naming a broken file is not blamed again.
 */
class CheckerTest {

    /** A system of 8 A100s declaring fp16 dense tensor 5 PFLOPS (line 8): twice the dense sum of 2496 TFLOPS. */
    private static final String SPARSE_HEADLINE = sheet("box-ok", "system", "throughput:",
            "  - {precision: fp16, value: 5 PFLOPS, sparsity: dense, core: tensor, source: s}",
            "parts:", "  - {id: a100, count: 8}");

    private static Set<String> check(SpecFile... files) {
        return check(CheckFixtures.good(), files);
    }

    private static Set<String> check(List<SpecFile> context, SpecFile... files) {
        CheckReport r = new Checker(CheckFixtures.TODAY).check(context, List.of(files));
        Set<String> out = new TreeSet<>();
        for (CheckFinding f : r.findings()) {
            if (f.severity() != Severity.NOTICE) { // the fixtures predate source tiers
                out.add(f.location().file() + ":" + f.location().line() + " " + f.rule().id());
            }
        }
        return out;
    }

    @Test
    void a_sheet_with_an_unknown_part_is_set_aside_and_the_others_are_still_checked_against_theirs() {
        SpecFile typo = file("box-u", sheet("box-u", "system", "parts:", "  - {id: nvidia-a100-sxm4-40g, count: 8}"));
        assertThat(check(typo, file("box-ok", SPARSE_HEADLINE))).containsExactly(
                "box-ok.yaml:8 consistency.system-vs-parts", "box-u.yaml:8 schema.unknown-part");
    }

    @Test
    void a_part_naming_a_broken_file_is_not_blamed_and_the_broken_file_hides_the_context_sheet_of_its_name() {
        // the checked nvidia-a100-sxm4-40gb.yaml is not YAML: it replaces the good one, so box-a's part resolves to nothing,
        // and that is the broken file's finding, not box-a's (box-a names one good part first, to find the right part).
        // The context leaves out DGX A100, which names the A100 by its alias: the alias of a file that cannot be read
        // is not known, so that part would be reported as unknown.
        List<SpecFile> context = CheckFixtures.good().stream().filter(f -> !f.displayName().endsWith("nvidia-dgx-a100.yaml"))
                .toList();
        SpecFile broken = file("nvidia-a100-sxm4-40gb", "id: [\n");
        // (were the good A100 still there, 5 PFLOPS would be checked against 989.4 + 8 x 312 = 3485.4 TFLOPS bf16 and fail)
        SpecFile box = file("box-a", sheet("box-a", "system", "throughput:",
                "  - {precision: bf16, value: 5 PFLOPS, sparsity: dense, core: tensor, source: s}",
                "parts:", "  - {id: nvidia-h100-sxm5-80gb, count: 1}", "  - {id: nvidia-a100-sxm4-40gb, count: 8}"));
        Set<String> found = check(context, broken, box);
        assertThat(found).hasSize(1);
        assertThat(found.iterator().next()).startsWith("nvidia-a100-sxm4-40gb.yaml:");
    }

    @Test
    void a_sheet_taking_two_context_sheets_aliases_is_blamed_at_its_alias_line_and_the_context_keeps_them() {
        // "aliases: [" is 10 characters, so a100 stands at column 11 and p100 at 17.
        // the context (bundled) sheets claim their aliases first, though aaa-box sorts before them: the clash is the
        // checked sheet's to fix, at the line that declares the aliases (line 7, both aliases). aaa-box is set aside,
        // so its 5 PFLOPS is not compared with its part; the A100 and P100 sheets stay in the catalogue.
        SpecFile box = file("aaa-box", sheet("aaa-box", "system", "aliases: [a100, p100]", "throughput:",
                "  - {precision: bf16, value: 5 PFLOPS, sparsity: dense, core: tensor, source: s}",
                "parts:", "  - {id: nvidia-h100-sxm5-80gb, count: 1}"));
        CheckReport r = new Checker(CheckFixtures.TODAY).check(CheckFixtures.good(), List.of(box));
        assertThat(r.findings()).extracting(CheckFinding::toString).containsExactly(
                "aaa-box.yaml:7:11: error: alias 'a100' is also an alias of 'nvidia-a100-sxm4-40gb'"
                        + " (good/nvidia-a100-sxm4-40gb.yaml) [schema.duplicate-alias]",
                "aaa-box.yaml:7:17: error: alias 'p100' is also an alias of 'nvidia-tesla-p100-sxm2'"
                        + " (good/nvidia-tesla-p100-sxm2.yaml) [schema.duplicate-alias]");
    }

    @Test
    void a_checked_sheet_whose_id_is_a_context_alias_is_blamed_in_its_own_file() {
        // issue 16: the clash was reported at the bundled sheet's alias line, a file the user did not write
        SpecFile a100 = file("a100", sheet("a100", "accelerator"));
        CheckReport r = new Checker(CheckFixtures.TODAY).check(CheckFixtures.good(), List.of(a100));
        assertThat(r.findings()).filteredOn(f -> f.rule() == RuleId.SCHEMA_DUPLICATE_ALIAS)
                .extracting(f -> f.location().file() + ":" + f.location().line() + " " + f.message())
                .containsExactly("a100.yaml:1 id 'a100' is an alias of 'nvidia-a100-sxm4-40gb' (good/nvidia-a100-sxm4-40gb.yaml);"
                        + " name the sheet by that id, or give it another");
    }

    @Test
    void a_checked_copy_of_a_context_sheet_replaces_it() {
        SpecFile copy = CheckFixtures.good().stream().filter(f -> f.displayName().endsWith("nvidia-dgx-1.yaml")).findFirst()
                .orElseThrow();
        assertThat(check(new SpecFile("nvidia-dgx-1.yaml", copy.bytes()))).isEmpty();
    }

    @Test
    void the_file_id_is_the_name_without_folder_and_yaml_suffix() {
        assertThat(Checker.fileId(new SpecFile("specs/sub/nvidia-dgx-1.yaml", new byte[0]))).isEqualTo("nvidia-dgx-1");
        assertThat(Checker.fileId(new SpecFile("x.yml", new byte[0]))).isEqualTo("x");
    }

    /** A chip at 21 PB/s: above a chip's 100 TB/s bound unless its die is wafer scale (over 10,000 mm2). */
    private static String wafer(String id, String... extra) {
        List<String> body = new java.util.ArrayList<>(List.of("memory:", "  bandwidth: {value: 21 PB/s, source: s}"));
        body.addAll(List.of(extra));
        return sheet(id, "chip", body.toArray(String[]::new));
    }

    private static List<String> layered(List<List<SpecFile>> layers) {
        CheckReport r = new Checker(CheckFixtures.TODAY).checkLayers(CheckFixtures.good(), layers);
        return r.findings().stream().filter(f -> f.rule() != RuleId.NO_TIER)
                .map(f -> f.location().file() + ":" + f.location().line() + " " + f.rule().id()).sorted().toList();
    }

    @Test
    void a_later_layer_replaces_an_earlier_ones_sheet_of_the_same_file_id_which_is_then_only_noticed() {
        SpecFile base = new SpecFile("base/w1.yaml", wafer("w1").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        SpecFile fix = new SpecFile("fix/w1.yaml", wafer("w1", "die_size: {value: 46225 mm2, source: s}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        SpecFile other = new SpecFile("base/w2.yml", wafer("w2", "die_size: {value: 46225 mm2, source: s}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(layered(List.of(List.of(base, other)))).containsExactly("base/w1.yaml:8 values.implausible-bandwidth");
        assertThat(layered(List.of(List.of(base, other), List.of(fix)))).containsExactly("base/w1.yaml:1 layer.replaced");
        assertThat(layered(List.of(List.of(fix), List.of(base, other))))
                .containsExactly("base/w1.yaml:8 values.implausible-bandwidth", "fix/w1.yaml:1 layer.replaced");
        CheckReport r = new Checker(CheckFixtures.TODAY).checkLayers(CheckFixtures.good(), List.of(List.of(base, other), List.of(fix)));
        assertThat(r.files()).isEqualTo(3);
        assertThat(r.failed(true)).isFalse();
    }

    @Test
    void a_replaced_file_that_cannot_be_read_is_still_an_error_and_a_price_file_replaces_no_sheet() {
        SpecFile broken = new SpecFile("base/w1.yaml", "id: [\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        SpecFile fix = new SpecFile("fix/w1.yaml", wafer("w1", "die_size: {value: 46225 mm2, source: s}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(layered(List.of(List.of(broken), List.of(fix)))).containsExactly("base/w1.yaml:2 yaml.syntax");
        // a price file named like a sheet of an earlier layer adds prices to it and replaces nothing
        SpecFile prices = new SpecFile("fix/w1.yaml", ("prices-for: w1\nsources:\n  s: {url: https://example.org/p, seen: 2026-11-28, tier: vendor}\n"
                + "prices:\n  - {amount: 2.5 USD/h, kind: on-demand, date: 2026-01-05, scope: chip, chips: 1, provider: Acme, provider-tier: neocloud, source: s}\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(layered(List.of(List.of(fix), List.of(prices)))).isEmpty();
    }
}
