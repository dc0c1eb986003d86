package hwcalc.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hwcalc.spec.SpecException;
import hwcalc.spec.YamlTreeReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Claims files bind with located problems, like spec sheets. */
class ClaimReaderTest {

    private static ClaimFile read(String yaml) {
        return ClaimReader.read(YamlTreeReader.read(yaml.getBytes(StandardCharsets.UTF_8), "c.yaml"), "c.yaml");
    }

    private static List<String> problems(String yaml) {
        try {
            read(yaml);
        } catch (SpecException e) {
            return e.problems().stream().map(SpecException.Problem::toString).toList();
        }
        throw new AssertionError("no problem found in:\n" + yaml);
    }

    private static final String HEAD = "publication: {title: T}\nclaims:\n";

    @Test
    void readsAClaim() {
        ClaimFile f = read(HEAD + "  - id: a\n    said: 170 TFLOPS\n    check: {calc: dgx-1.fp16, claimed: 170 TFLOPS, tolerance: 2%}\n    expected: holds\n");
        Claim c = f.claims().get(0);
        assertThat(c.check().claimed()).hasToString("170 TFLOPS");
        assertThat(c.check().tolerance()).isEqualByComparingTo("0.02");
        assertThat(c.check().relation()).isEqualTo(Relation.ABOUT);
        assertThat(c.check().plain()).isEqualTo(new Expr.Calc("dgx-1.fp16", c.check().plain().location()));
        assertThat(c.location().line()).isEqualTo(3);
    }

    @Test
    void unknownFieldsNameTheLineAndTheNearestKnownField() {
        assertThat(problems(HEAD + "  - id: a\n    said: x\n    check: {calc: dgx-1.fp16, claimed: 1 TFLOPS, tolerance: 2%}\n    expectd: holds\n"))
                // expected is optional since issue 15, so only the typo is reported
                .containsExactly("c.yaml:6:5: unknown field 'expectd' in claim; did you mean 'expected'?");
    }

    @Test
    void badValuesAreLocatedAtTheirField() {
        List<String> p = problems(HEAD + "  - id: a\n    said: x\n    check: {calc: dgx-1.fp16, claimed: 1 TFLOPS, tolerance: 2}\n"
                + "    expected: maybe\n");
        assertThat(p).anySatisfy(s -> assertThat(s).startsWith("c.yaml:5:").contains("write a tolerance as a percentage"));
        assertThat(p).anySatisfy(s -> assertThat(s).startsWith("c.yaml:6:").contains("'maybe' is not a verdict"));
    }

    @Test
    void aCheckMustComputeSomethingOrNameWhatIsMissing() {
        assertThat(problems(HEAD + "  - id: a\n    said: x\n    check: {claimed: 3}\n    expected: unverifiable\n"))
                .anySatisfy(s -> assertThat(s).contains("give calc, ratio or range, true_on, or name the missing data"));
        assertThat(problems(HEAD + "  - id: a\n    said: x\n    check: {calc: dgx-1.fp16, claimed: 3 TFLOPS}\n    expected: holds\n"))
                .anySatisfy(s -> assertThat(s).contains("relation 'about' needs a tolerance"));
        assertThat(problems(HEAD + "  - id: a\n    said: x\n    check: {calc: a.fp16, ratio: {of: a, to: b, precision: fp16}, claimed: 1, tolerance: 1%}\n    expected: holds\n"))
                .anySatisfy(s -> assertThat(s).contains("give one of calc, ratio or range, not several"));
    }

    @Test
    void duplicateIdsAndBadEvidenceNames() {
        String yaml = "publication: {title: T}\nevidence:\n  - {name: cap, value: 3 USD, source: https://e.org}\n"
                + "  - {name: x_y, value: 3 USD, source: ftp://e.org}\nclaims:\n"
                + "  - {id: a, said: x, check: {missing: [m]}, expected: unverifiable}\n"
                + "  - {id: a, said: y, check: {missing: [m]}, expected: unverifiable}\n";
        assertThat(problems(yaml)).anySatisfy(s -> assertThat(s).startsWith("c.yaml:3:").contains("at least one underscore"))
                .anySatisfy(s -> assertThat(s).startsWith("c.yaml:4:").contains("is not an http(s) URL"))
                .anySatisfy(s -> assertThat(s).startsWith("c.yaml:7:").contains("duplicate claim id 'a' (first at line 6)"));
    }

    @Test
    void percentages() {
        assertThat(ClaimReader.percent("2%")).isEqualByComparingTo("0.02");
        assertThat(ClaimReader.percent("0.5 %")).isEqualByComparingTo(new BigDecimal("0.005"));
        assertThatThrownBy(() -> ClaimReader.percent("100%")).hasMessageContaining("below 100%");
        assertThatThrownBy(() -> ClaimReader.percent("-1%")).hasMessageContaining("at least 0%");
    }

    @Test
    void unknown_fields_are_rejected_at_every_level() {
        String yaml = """
                publication:
                  title: T
                  urll: https://e.org
                evidence:
                  - name: cpu_hours
                    value: 150 h
                    source: https://e.org/a
                    sourse: x
                claims:
                  - id: a
                    said: s
                    check:
                      calc: dgx-1.fp16
                      claimed: 170 TFLOPS
                      tolerance: 2%
                      toleranse: 3%
                      true_on:
                        basis: b
                        calc: dgx-1.fp16
                        bassis: c
                    show:
                      - label: l
                        calc: dgx-1.fp16
                        lable: m
                    expected: holds
                    nots: x
                  - id: b
                    said: s
                    check:
                      ratio:
                        of: dgx-h100
                        to: dgx-1
                        precision: fp16
                        sparce: true
                      claimed: 46
                      tolerance: 2%
                    expected: holds
                evidense: []
                """;
        assertThat(problems(yaml)).containsExactly(
                "c.yaml:3:3: unknown field 'urll' in publication; did you mean 'url'?",
                "c.yaml:8:5: unknown field 'sourse' in evidence; did you mean 'source'?",
                "c.yaml:16:7: unknown field 'toleranse' in claim a.check; did you mean 'tolerance'?",
                "c.yaml:20:9: unknown field 'bassis' in claim a.true_on; did you mean 'basis'?",
                "c.yaml:24:9: unknown field 'lable' in claim a.show; did you mean 'label'?",
                "c.yaml:26:5: unknown field 'nots' in claim; did you mean 'note'?",
                "c.yaml:34:9: unknown field 'sparce' in claim b.check.ratio; did you mean 'sparse'?",
                "c.yaml:38:1: unknown field 'evidense' in claims file; did you mean 'evidence'?");
    }

    @Test
    void publication_and_evidence_keep_their_urls() {
        ClaimFile f = read("""
                publication: {title: T, publisher: P, url: https://e.org/article, date: 2025-03, language: zh-TW}
                evidence:
                  - {name: cpu_hours, value: 150 h, source: http://e.org/a}
                claims:
                  - id: a
                    said: s
                    check: {calc: cpu_hours, claimed: 150 h, tolerance: 1%}
                    evidence:
                      - {name: gpu_count, value: 4, label: GPUs, source: https://e.org/b}
                    expected: holds
                """);
        assertThat(f.publication().title()).isEqualTo("T");
        assertThat(f.publication().publisher()).isEqualTo("P");
        assertThat(f.publication().url()).isEqualTo("https://e.org/article");
        assertThat(f.publication().language()).isEqualTo("zh-TW");
        assertThat(f.evidence()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("cpu_hours");
            assertThat(e.source()).isEqualTo("http://e.org/a");
            assertThat(e.value()).hasToString("150 h");
        });
        assertThat(f.claims().get(0).evidence()).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("https://e.org/b");
            assertThat(e.label()).isEqualTo("GPUs");
        });
    }

    @Test
    void a_file_needs_a_publication_and_claims() {
        assertThat(problems("claims: []\n")).containsExactly("c.yaml:1:1: claims file: missing required field 'publication'");
        assertThat(problems("publication: {title: T}\n")).containsExactly("c.yaml:1:1: claims file: missing required field 'claims'");
    }

    @Test
    void evidence_names_are_defined_once_per_claim_and_file() {
        String yaml = """
                publication: {title: T}
                evidence:
                  - {name: cpu_hours, value: 150 h, source: https://e.org/a}
                  - {name: cpu_hours, value: 151 h, source: https://e.org/a}
                claims:
                  - id: a
                    said: s
                    check: {missing: [m]}
                    evidence:
                      - {name: cpu_hours, value: 2 h, source: https://e.org/b}
                      - {name: gpu_count, value: 4, source: https://e.org/b}
                    expected: unverifiable
                """;
        assertThat(problems(yaml)).containsExactly("c.yaml:4:5: evidence 'cpu_hours' is defined twice",
                "c.yaml:10:9: evidence 'cpu_hours' is defined twice");
    }

    @Test
    void a_claim_needs_a_check() {
        assertThat(problems(HEAD + "  - {id: a, said: s, expected: holds}\n"))
                .containsExactly("c.yaml:3:5: claim a: missing required field 'check'");
    }

    @Test
    void a_check_that_computes_needs_a_claimed_value() {
        assertThat(problems(HEAD + "  - {id: a, said: s, check: {calc: dgx-1.fp16, tolerance: 2%}, expected: holds}\n"))
                .containsExactly("c.yaml:3:29: claim a: missing required field 'claimed'");
        // a claimed value that is given but wrong is reported once, as wrong, not also as missing
        assertThat(problems(HEAD + "  - {id: a, said: s, check: {calc: dgx-1.fp16, claimed: [1], tolerance: 2%}, expected: holds}\n"))
                .singleElement().asString().doesNotContain("missing required field 'claimed'");
        // declared missing data needs no claimed value
        assertThat(read(HEAD + "  - {id: a, said: s, check: {missing: [m]}, expected: unverifiable}\n").claims().get(0).check().claimed())
                .isNull();
    }

    @Test
    void within_goes_with_a_range_and_a_range_with_within() {
        String within = "relation 'within' goes with a range, and a range with 'within'";
        assertThat(problems(HEAD + "  - {id: a, said: s, check: {calc: dgx-1.fp16, claimed: 1 TFLOPS, relation: within}, expected: holds}\n"))
                .containsExactly("c.yaml:3:29: claim a: " + within);
        assertThat(problems(HEAD + "  - {id: a, said: s, check: {range: [1, 2], claimed: 1, relation: about, tolerance: 1%}, expected: holds}\n"))
                .containsExactly("c.yaml:3:29: claim a: " + within);
        // a range alone is read as within; so is a range on the other basis
        Check range = read(HEAD + "  - {id: a, said: s, check: {range: [1, 2], claimed: 1}, expected: holds}\n").claims().get(0).check();
        assertThat(range.relation()).isEqualTo(Relation.WITHIN);
        assertThat(range.tolerance()).isEqualByComparingTo("0");
        assertThat(range.plain()).isInstanceOfSatisfying(Expr.Range.class, r -> {
            assertThat(r.low()).isEqualTo(new Expr.Calc("1", r.low().location()));
            assertThat(r.high()).isEqualTo(new Expr.Calc("2", r.high().location()));
        });
        Check other = read(HEAD + "  - {id: a, said: s, check: {true_on: {basis: b, range: [1, 2]}, relation: within, claimed: 1}, expected: holds}\n")
                .claims().get(0).check();
        assertThat(other.trueOn().basis()).isEqualTo("b");
        assertThat(other.trueOn().expr()).isInstanceOf(Expr.Range.class);
    }

    @Test
    void a_ratio_reads_its_metric_basis_and_sparsity() {
        Check c = read(HEAD + "  - {id: a, said: s, check: {ratio: {of: dgx-h100, to: dgx-1, metric: price, precision: fp8, sparse: true},"
                + " claimed: 2, tolerance: 1%}, expected: holds}\n").claims().get(0).check();
        assertThat(c.plain()).isEqualTo(new Expr.Ratio("dgx-h100", "dgx-1", hwcalc.metrics.Metric.PRICE, hwcalc.spec.Precision.FP8,
                hwcalc.spec.Sparsity.SPARSE, c.plain().location()));
        Check d = read(HEAD + "  - {id: a, said: s, check: {ratio: {of: x, to: y, precision: fp16, sparse: false},"
                + " claimed: 2, tolerance: 1%}, expected: holds}\n").claims().get(0).check();
        assertThat(d.plain()).isEqualTo(new Expr.Ratio("x", "y", hwcalc.metrics.Metric.PEAK, hwcalc.spec.Precision.FP16,
                hwcalc.spec.Sparsity.DENSE, d.plain().location()));
        assertThat(problems(HEAD + "  - {id: a, said: s, check: {ratio: {of: x, to: y, precision: fp16, sparse: maybe},"
                + " claimed: 2, tolerance: 1%}, expected: holds}\n"))
                .singleElement().asString().endsWith("'maybe' is not true or false");
        assertThat(problems(HEAD + "  - {id: a, said: s, check: {ratio: 3, claimed: 2, tolerance: 1%}, expected: holds}\n"))
                .contains("c.yaml:3:37: claim a.check.ratio must be a mapping, found a value");
    }

    @Test
    void an_expression_is_exactly_one_of_calc_ratio_or_range() {
        String several = "claim a.check: give one of calc, ratio or range, not several";
        assertThat(problems(HEAD + "  - {id: a, said: s, check: {calc: x.fp16, range: [1, 2], claimed: 1}, expected: holds}\n"))
                .contains("c.yaml:3:29: " + several);
        assertThat(problems(HEAD + "  - {id: a, said: s, check: {ratio: {of: a, to: b, precision: fp16}, range: [1, 2], claimed: 1}, expected: holds}\n"))
                .contains("c.yaml:3:29: " + several);
        assertThat(problems(HEAD + "  - {id: a, said: s, check: {missing: [m]}, show: [{label: l}], expected: unverifiable}\n"))
                .containsExactly("c.yaml:3:52: claim a.show: missing 'calc', 'ratio' or 'range'");
        assertThat(problems(HEAD + "  - {id: a, said: s, check: {range: [1], claimed: 1}, expected: holds}\n"))
                .contains("c.yaml:3:37: claim a.check.range must be a list of two calc expressions, [low, high]");
    }

    @Test
    void bool_reads_true_and_false_only() {
        assertThat(ExprReader.bool(" true ")).isTrue();
        assertThat(ExprReader.bool("false")).isFalse();
        assertThatThrownBy(() -> ExprReader.bool("yes")).hasMessage("'yes' is not true or false");
    }

    @Test
    void a_claim_without_an_id_is_named_claim_in_its_other_problems() {
        assertThat(problems(HEAD + "  - {said: s, expected: holds}\n")).containsExactly(
                "c.yaml:3:5: claim: missing required field 'check'",
                "c.yaml:3:5: claim: missing required field 'id'");
    }
}
