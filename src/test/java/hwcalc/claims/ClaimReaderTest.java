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
                .contains("c.yaml:6:5: unknown field 'expectd' in claim; did you mean 'expected'?",
                        "c.yaml:3:5: claim: missing required field 'expected'");
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
}
