package hwcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: --specs folders layer (later over earlier), and an import gives way to the curated sheets it duplicates. */
class SpecsLayeringTest {

    private static final String IMPORT_SOURCE = "  epoch: {url: https://github.com/epoch-research/training-cost-trends,"
            + " title: \"Epoch AI, chip dataset\", publisher: Epoch AI, seen: 2026-11-28, tier: secondary}\n";

    private static String chip(String id, String tflops, String source) {
        return "id: " + id + "\nname: Chip " + id + "\nvendor: Acme\nkind: accelerator\nsources:\n" + source
                + "throughput:\n  - {precision: fp32, value: " + tflops + " TFLOPS, sparsity: dense, core: vector, source: "
                + (source.startsWith("  epoch") ? "epoch" : "s") + "}\n";
    }

    @Test
    void a_later_folder_replaces_an_earlier_ones_sheet_of_the_same_id(@TempDir Path dir) throws Exception {
        Path base = Files.createDirectories(dir.resolve("base"));
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(base.resolve("acme-x1.yaml"), chip("acme-x1", "10", IMPORT_SOURCE));
        Files.writeString(mine.resolve("acme-x1.yaml"), chip("acme-x1", "12",
                "  s: {url: https://acme.example/x1, seen: 2026-11-28, tier: vendor}\n"));
        // before: "duplicate id 'acme-x1'" and exit 2
        Cli r = Cli.run("calc", "acme-x1.fp32", "--specs", base.toString(), "--specs", mine.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("12 TFLOPS");
        Cli reversed = Cli.run("calc", "acme-x1.fp32", "--specs", mine.toString(), "--specs", base.toString());
        assertThat(reversed.out()).startsWith("10 TFLOPS");
    }

    @Test
    void an_imported_sheet_with_a_bundled_alias_gives_way_to_the_curated_sheet_with_a_notice(@TempDir Path dir) throws Exception {
        // nvidia-a100-sxm4-40gb is an alias of the bundled a100-sxm4-40gb; before, every command exited 2 blaming the bundled file
        Files.writeString(dir.resolve("nvidia-a100-sxm4-40gb.yaml"), chip("nvidia-a100-sxm4-40gb", "1", IMPORT_SOURCE));
        Files.writeString(dir.resolve("a100.yaml"), chip("a100", "1", IMPORT_SOURCE)); // a bundled family name
        Cli r = Cli.run("calc", "nvidia-a100-sxm4-40gb.fp32", "--specs", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("19.5 TFLOPS"); // the curated sheet's figure, not the import's 1 TFLOPS
        assertThat(r.err()).contains("hwcalc: notice: 2 imported sheets duplicate curated ones, which are used instead: ")
                .contains("nvidia-a100-sxm4-40gb = a100-sxm4-40gb").contains("a100 = a100-pcie-40gb|");
        Cli check = Cli.run("check", dir.toString());
        assertThat(check.code()).as(check.out()).isZero();
        assertThat(check.out()).contains("[import.matched-curated]");
        assertThat(check.out().lines()).as("no finding is placed in a bundled file").noneMatch(l -> l.startsWith("specs/"));
    }

    private static String waferChip(String id, String extra) {
        return "id: " + id + "\nname: Chip " + id + "\nvendor: Acme\nkind: chip\nsources:\n"
                + "  s: {url: https://acme.example/x1, seen: 2026-11-28, tier: vendor}\n"
                + "memory:\n  bandwidth: {value: 21 PB/s, source: s}\n" + extra;
    }

    @Test
    void check_layers_its_paths_as_loading_layers_specs_folders(@TempDir Path dir) throws Exception {
        // 21 PB/s is above the 100 TB/s bound of a chip; a die over 10,000 mm2 (wafer scale) lifts it to 100 PB/s
        Path base = Files.createDirectories(dir.resolve("base"));
        Path fixes = Files.createDirectories(dir.resolve("fixes"));
        Files.writeString(base.resolve("acme-w1.yaml"), waferChip("acme-w1", ""));
        Files.writeString(fixes.resolve("acme-w1.yaml"), waferChip("acme-w1", "die_size: {value: 46225 mm2, source: s}\n"));
        Cli alone = Cli.run("check", base.toString());
        assertThat(alone.code()).isEqualTo(1);
        assertThat(alone.out()).contains(base + "/acme-w1.yaml:8:14: error:").contains("[values.implausible-bandwidth]");

        // before: the two copies were one catalogue, "two sheets with one id" [schema.duplicate-id], exit 1
        Cli layered = Cli.run("check", base.toString(), fixes.toString());
        assertThat(layered.code()).as(layered.out()).isZero();
        assertThat(layered.out()).contains(base + "/acme-w1.yaml:1:1: notice: replaced by " + fixes + "/acme-w1.yaml")
                .contains("[layer.replaced]").doesNotContain(": error:").endsWith("2 files checked: 0 errors, 0 warnings, 1 notice\n");

        Cli reversed = Cli.run("check", fixes.toString(), base.toString());
        assertThat(reversed.code()).as("the later PATH wins: here the uncorrected copy").isEqualTo(1);
        assertThat(reversed.out()).contains(base + "/acme-w1.yaml:8:14: error:").contains(fixes + "/acme-w1.yaml:1:1: notice:");
    }

    @Test
    void a_replaced_file_that_cannot_be_read_is_still_an_error_and_two_of_one_id_in_one_path_still_clash(@TempDir Path dir)
            throws Exception {
        Path base = Files.createDirectories(dir.resolve("base"));
        Path fixes = Files.createDirectories(dir.resolve("fixes"));
        Files.writeString(base.resolve("acme-w1.yaml"), "id: [unclosed\n");
        Files.writeString(fixes.resolve("acme-w1.yaml"), waferChip("acme-w1", "die_size: {value: 46225 mm2, source: s}\n"));
        Files.createDirectories(fixes.resolve("more"));
        Files.writeString(fixes.resolve("more/acme-w1.yaml"), waferChip("acme-w1", "die_size: {value: 46225 mm2, source: s}\n"));
        Cli r = Cli.run("check", base.toString(), fixes.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains(base + "/acme-w1.yaml:").contains("[yaml.syntax]").contains("[schema.duplicate-id]")
                .doesNotContain("[layer.replaced]");
    }
}
