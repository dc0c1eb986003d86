package hwcalc.check;

import static hwcalc.check.Sheets.findings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** consistency.tensor-in-vector-slot: 16-bit vector rates up to 4.4 x fp32 inclusive; vector at or above tensor. */
class VectorSlotCheckTest {

    /** vector fp32 10 TFLOPS on line 8, a vector figure of {@code precision} on line 9. */
    private static List<String> overFp32(String precision, String value) {
        return findings("t", "accelerator", "throughput:",
                "  - {precision: fp32, value: 10 TFLOPS, sparsity: dense, core: vector, source: s}",
                "  - {precision: " + precision + ", value: " + value + ", sparsity: dense, core: vector, source: s}");
    }

    private static String above(String precision, String value, String times) {
        return "9 consistency.tensor-in-vector-slot: " + precision + " dense vector " + value + " (line 9) is " + times
                + " the vector fp32 rate 10 TFLOPS; vector units run 16-bit formats at most 4 x fp32: is this the tensor"
                + " figure, or is the fp32 figure wrong?";
    }

    @Test
    void a_16_bit_vector_rate_of_exactly_4_4_x_fp32_passes() {
        assertThat(overFp32("fp16", "44 TFLOPS")).isEmpty();
        assertThat(overFp32("bf16", "44 TFLOPS")).isEmpty();
    }

    @Test
    void a_16_bit_vector_rate_above_4_4_x_fp32_is_a_tensor_figure() {
        // 44.1 / 10 = 4.41
        assertThat(overFp32("fp16", "44.1 TFLOPS")).containsExactly(above("fp16", "44.1 TFLOPS", "4.41 x"));
        assertThat(overFp32("bf16", "44.1 TFLOPS")).containsExactly(above("bf16", "44.1 TFLOPS", "4.41 x"));
    }

    @Test
    void other_precisions_are_not_held_to_the_16_bit_bound() {
        assertThat(overFp32("int8", "100 TOPS")).isEmpty();
    }

    @Test
    void a_vector_rate_equal_to_the_tensor_rate_is_the_tensor_figure_copied() {
        assertThat(findings("t", "accelerator", "throughput:",
                "  - {precision: fp16, value: 50 TFLOPS, sparsity: dense, core: vector, source: s}",
                "  - {precision: fp16, value: 50 TFLOPS, sparsity: dense, core: tensor, source: s}")).containsExactly(
                "8 consistency.tensor-in-vector-slot: fp16 dense vector 50 TFLOPS (line 8) is not below the tensor figure"
                        + " fp16 dense tensor 50 TFLOPS (line 9): is the vector slot holding the tensor figure?");
        assertThat(findings("t", "accelerator", "throughput:",
                "  - {precision: fp16, value: 49.9 TFLOPS, sparsity: dense, core: vector, source: s}",
                "  - {precision: fp16, value: 50 TFLOPS, sparsity: dense, core: tensor, source: s}")).isEmpty();
    }
}
