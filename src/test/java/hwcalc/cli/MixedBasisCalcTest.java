package hwcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19: the basis of a peak travels through every operation of calc, not only a top-level division. */
class MixedBasisCalcTest {

    @Test
    void a_ratio_of_sums_across_bases_is_flagged() {
        // FP8 sparse over FP16 dense, each side a sum: the old check saw only "rate / rate" at the top
        Cli r = Cli.run("calc", "(h100-sxm5.fp8.sparse + 1 TFLOPS) / (a100-sxm4-80gb.fp16 + 1 TFLOPS)");
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("warning: this ratio mixes bases: FP8 sparse / FP16 dense");
    }

    @Test
    void adding_peaks_of_different_bases_is_flagged() {
        Cli r = Cli.run("calc", "h100-sxm5.fp8.sparse + a100-sxm4-80gb.fp16");
        assertThat(r.err()).contains("warning: this sum mixes bases: FP8 sparse + FP16 dense");
        // the same basis on both sides is a plain sum: 989.4 + 312 = 1301.4 TFLOPS, 1,301 at 4 digits; no warning
        Cli same = Cli.run("calc", "h100-sxm5.fp16 + a100-sxm4-80gb.fp16");
        assertThat(same.out()).contains("1,301 TFLOPS");
        assertThat(same.err()).doesNotContain("warning");
    }

    @Test
    void contradictory_tags_are_refused() {
        Cli r = Cli.run("calc", "h100-sxm5.fp16.tensor.vector");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("two unit tags");
        assertThat(Cli.run("calc", "h100-sxm5.fp16.dense.sparse").err()).contains("two sparsity tags");
    }

    @Test
    void a_claim_resting_on_a_mixed_sum_is_misleading(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("c.yaml");
        // (3957.8 + 0) / (312 + 0) = 12.685...: agrees with 12.7 only on a mixed basis
        Files.writeString(f, "publication: {title: T, url: https://example.org/t}\nclaims:\n  - id: mixed-sum\n    said: x\n"
                + "    check: {calc: (h100-sxm5.fp8.sparse + 0 TFLOPS) / (a100-sxm4-80gb.fp16 + 0 TFLOPS), claimed: 12.7, tolerance: 1%}\n"
                + "    expected: misleading\n", StandardCharsets.UTF_8);
        Cli r = Cli.run("verify", f.toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("misleading");
    }
}
