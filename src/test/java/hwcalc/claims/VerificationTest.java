package hwcalc.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import hwcalc.metrics.Cpi;
import hwcalc.spec.Catalogue;
import hwcalc.spec.SpecException;
import hwcalc.spec.YamlTreeReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checking several claims files together: findings per file, counts, and ids unique across files. */
class VerificationTest {

    private static final Catalogue C = ClaimFixtures.catalogue();

    private static ClaimFile file(String name, String claims) {
        String yaml = "publication: {title: T}\nclaims:\n" + claims;
        return ClaimReader.read(YamlTreeReader.read(yaml.getBytes(StandardCharsets.UTF_8), name), name);
    }

    // DGX-1 FP16 is 170 TFLOPS: 170 holds; 85 is off (85 / 170 - 1 = -50%) though expected to hold
    private static final ClaimFile A = file("a.yaml", """
              - {id: x, said: s, check: {calc: dgx-1.fp16, claimed: 170 TFLOPS, tolerance: 2%}, expected: holds}
              - {id: y, said: s, check: {calc: dgx-1.fp16, claimed: 85 TFLOPS, tolerance: 2%}, expected: holds}
            """);
    private static final ClaimFile B = file("b.yaml", """
              - {id: z, said: s, check: {claimed: 56, missing: [a source]}, expected: unverifiable}
            """);

    private static SpecException problems(List<ClaimFile> files) {
        return catchThrowableOfType(() -> Verification.of(files, C, Cpi.bundled()), SpecException.class);
    }

    @Test
    void findings_are_kept_per_file_in_file_order() {
        Verification v = Verification.of(List.of(A, B), C, Cpi.bundled());
        assertThat(v.files()).extracting(f -> f.file().file()).containsExactly("a.yaml", "b.yaml");
        assertThat(v.files().get(0).findings()).extracting(f -> f.claim().id()).containsExactly("x", "y");
        assertThat(v.all()).extracting(f -> f.claim().id()).containsExactly("x", "y", "z");
        assertThat(v.all()).extracting(Finding::verdict).containsExactly(Verdict.HOLDS, Verdict.OFF, Verdict.UNVERIFIABLE);
    }

    @Test
    void unexpected_lists_only_the_verdicts_that_differ_from_expected() {
        Verification v = Verification.of(List.of(A, B), C, Cpi.bundled());
        assertThat(v.unexpected()).extracting(f -> f.claim().id()).containsExactly("y");
        assertThat(v.all().get(0).asExpected()).isTrue();
        assertThat(v.all().get(1).asExpected()).isFalse();
    }

    @Test
    void counts_every_verdict_including_the_absent_ones() {
        assertThat(Verification.of(List.of(A, B), C, Cpi.bundled()).counts()).containsExactly(
                entry(Verdict.HOLDS, 1), entry(Verdict.OFF, 1), entry(Verdict.MISLEADING, 0), entry(Verdict.UNVERIFIABLE, 1));
        assertThat(Verification.of(List.of(), C, Cpi.bundled()).counts()).containsOnlyKeys(Verdict.values())
                .allSatisfy((k, n) -> assertThat(n).isZero());
    }

    @Test
    void an_id_used_in_two_files_is_a_problem_naming_both_places() {
        ClaimFile b = file("b.yaml", "  - {id: x, said: s, check: {claimed: 56, missing: [a source]}, expected: unverifiable}\n");
        assertThat(problems(List.of(A, b)).problems()).extracting(SpecException.Problem::toString)
                .containsExactly("b.yaml:3:5: claim id 'x' is also used in a.yaml:3:5");
    }

    @Test
    void the_same_file_named_twice_is_not_a_duplicate() {
        Verification v = Verification.of(List.of(B, B), C, Cpi.bundled());
        assertThat(v.all()).extracting(f -> f.claim().id()).containsExactly("z", "z");
    }

    @Test
    void problems_from_every_file_are_reported_together_in_order() {
        ClaimFile bad = file("0-bad.yaml", "  - {id: w, said: s, check: {calc: no-such-sheet.fp16, claimed: 1 TFLOPS, tolerance: 2%}, expected: holds}\n");
        ClaimFile dup = file("b.yaml", "  - {id: y, said: s, check: {claimed: 56, missing: [a source]}, expected: unverifiable}\n");
        List<String> p = problems(List.of(A, dup, bad)).problems().stream().map(SpecException.Problem::toString).toList();
        assertThat(p).hasSize(2);
        assertThat(p.get(0)).startsWith("0-bad.yaml:3:").contains("no-such-sheet");
        assertThat(p.get(1)).isEqualTo("b.yaml:3:5: claim id 'y' is also used in a.yaml:4:5");
    }
}
