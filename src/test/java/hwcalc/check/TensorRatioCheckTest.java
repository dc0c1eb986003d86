package hwcalc.check;

import static hwcalc.check.Sheets.findings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** consistency.tensor-ratio-band: each step 1.8-2.2 x inclusive (3.6-4.4 x for FP8 : TF32), FP16 when there is no BF16. */
class TensorRatioCheckTest {

    /** dense tensor tf32 100 TFLOPS on line 8 and {@code precision} on line 9. */
    private static List<String> overTf32(String precision, String value) {
        return findings("t", "accelerator", "throughput:",
                "  - {precision: tf32, value: 100 TFLOPS, sparsity: dense, core: tensor, source: s}",
                "  - {precision: " + precision + ", value: " + value + ", sparsity: dense, core: tensor, source: s}");
    }

    @Test
    void fp16_stands_in_for_bf16_and_the_band_ends_are_inside() {
        assertThat(overTf32("fp16", "180 TFLOPS")).isEmpty(); // 1.8 x
        assertThat(overTf32("fp16", "220 TFLOPS")).isEmpty(); // 2.2 x
    }

    @Test
    void a_step_just_outside_the_band_is_flagged_with_the_band() {
        // 179.9 / 100 = 1.799, printed 1.80; expected 2 x, band 2 x 0.9 to 2 x 1.1
        assertThat(overTf32("fp16", "179.9 TFLOPS")).containsExactly("9 consistency.tensor-ratio-band: fp16 dense tensor"
                + " 179.9 TFLOPS is 1.80 x tf32 dense tensor 100 TFLOPS (line 8); on one chip's tensor units expect 2.00 x"
                + " (band 1.80 x to 2.20 x): a sparse figure in a dense slot, or another precision's figure?");
        assertThat(overTf32("bf16", "220.1 TFLOPS")).singleElement().asString().contains(" is 2.20 x tf32 dense tensor");
    }

    @Test
    void fp8_against_tf32_expects_4_x() {
        assertThat(overTf32("fp8", "360 TFLOPS")).isEmpty(); // 3.6 x
        assertThat(overTf32("fp8", "440 TFLOPS")).isEmpty(); // 4.4 x
        // 440.1 / 100 = 4.401; band 4 x 0.9 = 3.6 to 4 x 1.1 = 4.4
        assertThat(overTf32("fp8", "440.1 TFLOPS")).containsExactly("9 consistency.tensor-ratio-band: fp8 dense tensor"
                + " 440.1 TFLOPS is 4.40 x tf32 dense tensor 100 TFLOPS (line 8); on one chip's tensor units expect 4.00 x"
                + " (band 3.60 x to 4.40 x): a sparse figure in a dense slot, or another precision's figure?");
    }
}
