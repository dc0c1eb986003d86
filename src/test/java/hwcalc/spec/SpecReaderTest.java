package hwcalc.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each class of bad input gives a located problem: file, line, and what is wrong. */
class SpecReaderTest {

    private static final String HEAD = """
            id: x
            name: X
            vendor: V
            kind: accelerator
            sources:
              s: {url: https://example.org, seen: 2026-11-28}
            """;

    private static SpecSheet read(String yaml) {
        return SpecLoader.read(new SpecLoader.SpecFile("specs/x.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static SpecException.Problem only(String yaml) {
        try {
            read(yaml);
        } catch (SpecException e) {
            return e.problems().get(0);
        }
        throw new AssertionError("expected a problem");
    }

    @Test
    void reads_a_valid_sheet() {
        SpecSheet s = read(HEAD + "throughput:\n  - {precision: fp16, value: 21.2 TFLOPS, sparsity: dense, core: vector, source: s}\n");
        assertThat(s.id()).isEqualTo("x");
        assertThat(s.throughput()).hasSize(1);
        assertThat(s.throughput().get(0).figure().value().toString()).isEqualTo("21.2 TFLOPS");
        assertThat(s.throughput().get(0).figure().location().line()).isEqualTo(8);
    }

    @Test
    void malformed_yaml_names_the_line() {
        SpecException.Problem p = only(HEAD + "throughput: [\n  {precision: fp16\n");
        assertThat(p.location().file()).isEqualTo("specs/x.yaml");
        assertThat(p.location().line()).isGreaterThanOrEqualTo(7);
        assertThat(p.message()).startsWith("invalid YAML");
    }

    @Test
    void unknown_field_suggests_the_nearest() {
        SpecException.Problem p = only(HEAD + "powr:\n  tdp: {value: 300 W, source: s}\n");
        assertThat(p.location().line()).isEqualTo(7);
        assertThat(p.message()).contains("unknown field 'powr'").contains("did you mean 'power'?");
    }

    @Test
    void duplicate_keys_are_refused() {
        SpecException.Problem p = only(HEAD + "name: Y\n");
        assertThat(p.location().line()).isEqualTo(7);
        assertThat(p.message()).contains("duplicate key 'name'").contains("line 2");
    }

    @Test
    void unknown_unit_and_wrong_dimension_are_located() {
        SpecException.Problem unit = only(HEAD + "power:\n  tdp: {value: 300 Watts, source: s}\n");
        assertThat(unit.location().line()).isEqualTo(8);
        assertThat(unit.message()).contains("unknown unit 'Watts'");
        SpecException.Problem dim = only(HEAD + "memory:\n  bandwidth: {value: 732 GB, source: s}\n");
        assertThat(dim.message()).contains("did you mean GB/s?");
        SpecException.Problem intFloat = only(HEAD + "throughput:\n  - {precision: int8, value: 624 TFLOPS, sparsity: dense, core: tensor, source: s}\n");
        assertThat(intFloat.message()).contains("integer op rate");
    }

    @Test
    void negative_and_non_finite_figures_are_refused() {
        assertThat(only(HEAD + "power:\n  tdp: {value: -300 W, source: s}\n").message()).contains("must be positive");
        assertThat(only(HEAD + "power:\n  tdp: {value: .nan W, source: s}\n").message()).contains("tdp");
        assertThat(only(HEAD + "power:\n  tdp: {value: 1e400 W, source: s}\n").message()).contains("out of range");
    }

    @Test
    void a_figure_without_source_or_with_an_undefined_one_is_refused() {
        assertThat(only(HEAD + "power:\n  tdp: {value: 300 W}\n").message()).contains("figure without a source");
        assertThat(only(HEAD + "power:\n  tdp: {value: 300 W, source: t}\n").message()).contains("source 't' is not defined");
    }

    @Test
    void id_must_match_the_file_name() {
        SpecException.Problem p = only(HEAD.replace("id: x", "id: y"));
        assertThat(p.location().line()).isEqualTo(1);
        assertThat(p.message()).contains("does not match the file name 'x.yaml'");
    }

    @Test
    void a_list_where_a_mapping_belongs_is_refused() {
        assertThat(only(HEAD + "memory: [1, 2]\n").message()).contains("memory must be a mapping, found a list");
        assertThat(only("- a\n- b\n").message()).contains("spec sheet must be a mapping");
    }

    @Test
    void all_problems_of_a_file_are_reported_together() {
        assertThatThrownBy(() -> read(HEAD + "powr: 1\ncolour: red\n"))
                .isInstanceOfSatisfying(SpecException.class, e -> assertThat(e.problems()).hasSize(2));
    }

    @Test
    void aliases_tags_bom_binary_and_bad_utf8_are_handled() {
        assertThat(only(HEAD + "variant: &a x\nname2: *a\n").message()).contains("aliases");
        assertThat(only(HEAD + "variant: !!java.lang.Runtime x\n").message()).contains("tags");
        assertThat(read("\uFEFF" + HEAD).id()).isEqualTo("x");
        byte[] binary = {0x00, 0x01, 0x02, 'a'};
        assertThatThrownBy(() -> SpecLoader.read(new SpecLoader.SpecFile("specs/x.yaml", binary)))
                .hasMessageContaining("binary");
        byte[] badUtf8 = {'i', 'd', ':', ' ', (byte) 0xC3, (byte) 0x28};
        assertThatThrownBy(() -> SpecLoader.read(new SpecLoader.SpecFile("specs/x.yaml", badUtf8)))
                .hasMessageContaining("not valid UTF-8");
        assertThat(only("").message()).contains("empty");
    }

    @Test
    void duplicate_ids_aliases_unknown_parts_and_cycles_are_catalogue_errors() {
        SpecSheet a = read(HEAD + "aliases: [y]\n");
        SpecSheet b = SpecLoader.read(new SpecLoader.SpecFile("specs/z.yaml", (HEAD.replace("id: x", "id: z")
                + "aliases: [y]\nparts:\n  - {id: nope, count: 2}\n").getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> Catalogue.of(List.of(a, b))).isInstanceOfSatisfying(SpecException.class, e -> {
            assertThat(e.problems()).extracting(SpecException.Problem::message)
                    .anySatisfy(m -> assertThat(m).contains("alias 'y' is also an alias"))
                    .anySatisfy(m -> assertThat(m).contains("unknown part 'nope'"));
        });
        SpecSheet loop = SpecLoader.read(new SpecLoader.SpecFile("specs/x.yaml",
                (HEAD + "parts:\n  - {id: x, count: 1}\n").getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> Catalogue.of(List.of(loop))).hasMessageContaining("cycle: x -> x");
    }

    // issue 13 format additions: every one optional, every one read into the model

    private static final String TIERED = """
            id: x
            name: X
            vendor: V
            kind: accelerator
            family: [x-family, xf]
            dates: {announced: 2017-05-10, launched: 2017-06, available: 2017-09}
            sources:
              v: {url: https://example.org/v, seen: 2026-11-28, tier: vendor}
              i: {url: https://example.org/i, seen: 2026-11-28, tier: independent}
              w: {url: https://example.org/w, seen: 2026-11-28, tier: secondary}
              n: {url: https://example.org/n, seen: 2026-11-28}
            throughput:
              - precision: fp16
                value: 125 TFLOPS
                sparsity: dense
                core: tensor
                accumulate: fp32
                source: v
                alternatives:
                  - value: 120 TFLOPS
                    source: i
                    preliminary: true
                    date: 2017-05-10
              - precision: fp16
                value: 250 TFLOPS
                sparsity: dense
                core: tensor
                accumulate: fp16
                source: v
                preliminary: true
                date: 2017-05
            prices:
              - {amount: 9000 USD, kind: press, date: 2017-10, scope: chip, source: w}
            """;

    @Test
    void reads_tiers_accumulate_preliminary_launch_family_and_press_prices() {
        SpecSheet s = read(TIERED);
        assertThat(s.family()).containsExactly("x-family", "xf");
        assertThat(s.dates().launched()).isEqualTo(PartialDate.parse("2017-06"));
        assertThat(s.dates().release()).as("availability first").isEqualTo(PartialDate.parse("2017-09"));
        assertThat(s.sources().get("v").tier()).isEqualTo(Tier.VENDOR);
        assertThat(s.sources().get("i").tier()).isEqualTo(Tier.INDEPENDENT);
        assertThat(s.sources().get("w").tier()).isEqualTo(Tier.SECONDARY);
        assertThat(s.sources().get("n").tier()).as("untiered").isNull();
        Throughput fp32acc = s.throughput().get(0);
        assertThat(fp32acc.accumulate()).isEqualTo(Accumulate.FP32);
        assertThat(fp32acc.figure().preliminary()).isFalse();
        assertThat(fp32acc.figure().date()).isNull();
        Figure.Alternative announced = fp32acc.figure().alternatives().get(0);
        assertThat(announced.preliminary()).isTrue();
        assertThat(announced.date()).isEqualTo(PartialDate.parse("2017-05-10"));
        Throughput fp16acc = s.throughput().get(1);
        assertThat(fp16acc.accumulate()).isEqualTo(Accumulate.FP16);
        assertThat(fp16acc.figure().preliminary()).isTrue();
        assertThat(fp16acc.figure().date()).isEqualTo(PartialDate.parse("2017-05"));
        assertThat(s.prices().get(0).kind()).isEqualTo(PriceKind.PRESS);
        assertThat(PriceKind.PRESS.label()).isEqualTo("press report");
    }

    @Test
    void declared_prefers_fp32_accumulate_and_falls_back_to_fp16_only_when_alone() {
        SpecSheet s = read(TIERED);
        // 125 is the fp32-accumulate entry, though listed first or last
        assertThat(s.declared(Precision.FP16, Sparsity.DENSE, Core.TENSOR).orElseThrow().figure().value().toString())
                .isEqualTo("125 TFLOPS");
        assertThat(s.declared(Precision.FP16, Sparsity.DENSE, Core.TENSOR, Accumulate.FP16).orElseThrow()
                .figure().value().toString()).isEqualTo("250 TFLOPS");
        SpecSheet reversed = read(TIERED.replace("accumulate: fp32", "accumulate: fpXX").replace("accumulate: fp16", "accumulate: fp32")
                .replace("accumulate: fpXX", "accumulate: fp16"));
        assertThat(reversed.declared(Precision.FP16, Sparsity.DENSE, Core.TENSOR).orElseThrow().figure().value().toString())
                .isEqualTo("250 TFLOPS");
        SpecSheet onlyFp16 = read(HEAD + "throughput:\n  - {precision: fp16, value: 330 TFLOPS, sparsity: dense, core: tensor,"
                + " accumulate: fp16, source: s}\n");
        assertThat(onlyFp16.declared(Precision.FP16, Sparsity.DENSE, Core.TENSOR).orElseThrow().accumulate())
                .isEqualTo(Accumulate.FP16);
        assertThat(onlyFp16.declared(Precision.FP16, Sparsity.DENSE, Core.TENSOR, Accumulate.FP32)).isEmpty();
    }

    @Test
    void untagged_counts_as_fp32_accumulate_for_duplicates() {
        String entry = "  - {precision: fp16, value: 165 TFLOPS, sparsity: dense, core: tensor, source: s}\n";
        SpecException.Problem p = only(HEAD + "throughput:\n" + entry
                + "  - {precision: fp16, value: 165 TFLOPS, sparsity: dense, core: tensor, accumulate: fp32, source: s}\n");
        assertThat(p.rule()).isEqualTo(RuleId.SCHEMA_DUPLICATE_FIGURE);
        assertThat(p.location().line()).isEqualTo(9);
        assertThat(p.message()).contains("with fp32 accumulate");
        SpecSheet both = read(HEAD + "throughput:\n" + entry
                + "  - {precision: fp16, value: 330 TFLOPS, sparsity: dense, core: tensor, accumulate: fp16, source: s}\n");
        assertThat(both.throughput()).hasSize(2);
    }

    @Test
    void new_fields_refuse_wrong_values() {
        assertThat(only(HEAD.replace("seen: 2026-11-28}", "seen: 2026-11-28, tier: wiki}")).message())
                .contains("tier").contains("vendor, independent, secondary");
        SpecException.Problem acc = only(HEAD + "throughput:\n  - {precision: fp16, value: 1 TFLOPS, sparsity: dense,"
                + " core: tensor, accumulate: fp8, source: s}\n");
        assertThat(acc.rule()).isEqualTo(RuleId.SCHEMA_TYPE);
        assertThat(acc.message()).contains("fp32, fp16");
        SpecException.Problem noDate = only(HEAD + "power:\n  tdp: {value: 300 W, source: s, preliminary: true}\n");
        assertThat(noDate.rule()).isEqualTo(RuleId.SCHEMA_REQUIRED);
        assertThat(noDate.message()).contains("needs 'date'");
        assertThat(only(HEAD + "power:\n  tdp: {value: 300 W, source: s, preliminary: yes, date: 2020}\n").message())
                .contains("not true or false");
        assertThat(only(HEAD + "family: [B200]\n").rule()).isEqualTo(RuleId.SCHEMA_SLUG);
        assertThat(only(HEAD + "dates: {launched: 2020-13}\n").message()).contains("launched");
    }

    @Test
    void reviewed_entries_name_a_rule_id() {
        SpecSheet s = read(HEAD + "reviewed:\n  - {rule: values.gib-gb, note: the source gives both}\n");
        assertThat(s.reviewed()).containsExactly(new Reviewed(RuleId.GIB_GB, "the source gives both", new Location("specs/x.yaml", 8, 5)));
        assertThat(s.reviewedRules()).containsExactly(RuleId.GIB_GB);
        SpecException.Problem typo = only(HEAD + "reviewed:\n  - {rule: values.gib_gb, note: x}\n");
        assertThat(typo.rule()).isEqualTo(RuleId.REVIEWED_UNKNOWN_RULE); // was schema.type before issue 16
        assertThat(typo.location().line()).isEqualTo(8);
        assertThat(typo.message()).contains("'values.gib_gb' is not a rule id; did you mean 'values.gib-gb'?");
        assertThat(only(HEAD + "reviewed:\n  - {rule: values.gib-gb}\n").rule()).isEqualTo(RuleId.SCHEMA_REQUIRED);
    }
}
