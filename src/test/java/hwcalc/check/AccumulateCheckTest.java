package hwcalc.check;

import static hwcalc.check.Sheets.findings;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** consistency.accumulate-untagged: detected by the sheet's own tags, never by its name. */
class AccumulateCheckTest {

    // was a tensor-ratio-band waiver, which no finding needs (reviewed.unused); a comment keeps the line numbers
    private static final String REVIEWED = "# nothing reviewed";

    @Test
    void a_sheet_that_tags_no_accumulator_is_not_flagged() {
        assertThat(findings("t", "accelerator", "throughput:",
                "  - {precision: fp16, value: 312 TFLOPS, sparsity: dense, core: tensor, source: s}",
                "  - {precision: bf16, value: 312 TFLOPS, sparsity: dense, core: tensor, source: s}")).isEmpty();
    }

    @Test
    void once_one_16_bit_tensor_rate_is_tagged_every_untagged_one_is_flagged() {
        // line 7 is tagged; bf16 (line 8) is untagged without a twin; the vector fp16 (9) and the tensor fp8 (10) are not 16-bit tensor
        assertThat(findings("t", "accelerator", "throughput:",
                "  - {precision: fp16, value: 312 TFLOPS, sparsity: dense, core: tensor, accumulate: fp32, source: s}",
                "  - {precision: bf16, value: 312 TFLOPS, sparsity: dense, core: tensor, source: s}",
                "  - {precision: fp16, value: 78 TFLOPS, sparsity: dense, core: vector, source: s}",
                "  - {precision: fp8, value: 624 TFLOPS, sparsity: dense, core: tensor, source: s}")).containsExactly(
                "9 consistency.accumulate-untagged: bf16 dense tensor 312 TFLOPS (line 9) has no accumulate tag, while"
                        + " fp16 dense tensor 312 TFLOPS (line 8) says fp32: tag it accumulate: fp32 or fp16, as the vendor"
                        + " gives it");
    }

    @Test
    void an_untagged_rate_with_a_tagged_twin_is_said_to_differ_by_accumulator() {
        assertThat(findings("t", "accelerator", REVIEWED, "throughput:",
                "  - {precision: fp16, value: 330.3 TFLOPS, sparsity: dense, core: tensor, accumulate: fp16, source: s}",
                "  - {precision: fp16, value: 165.2 TFLOPS, sparsity: dense, core: tensor, source: s}",
                "  - {precision: fp16, value: 660.6 TFLOPS, sparsity: sparse, core: tensor, accumulate: fp16, source: s}",
                "  - {precision: fp16, value: 330.4 TFLOPS, sparsity: sparse, core: tensor, accumulate: fp32, source: s}"))
                .containsExactly("10 consistency.accumulate-untagged: fp16 dense tensor 165.2 TFLOPS (line 10) has no"
                        + " accumulate tag, while fp16 dense tensor 330.3 TFLOPS (line 9) says fp16; the two are rates of one"
                        + " format that differ by accumulator: tag it accumulate: fp32 or fp16, as the vendor gives it");
    }

    @Test
    void sparse_and_dense_rates_pair_by_accumulator() {
        // 660.6 = 2 x 330.3 (fp16 accumulate), 330.4 = 2 x 165.2 (fp32): each sparse rate against its own dense rate
        assertThat(findings("t", "accelerator", REVIEWED, "throughput:",
                "  - {precision: fp16, value: 330.3 TFLOPS, sparsity: dense, core: tensor, accumulate: fp16, source: s}",
                "  - {precision: fp16, value: 165.2 TFLOPS, sparsity: dense, core: tensor, accumulate: fp32, source: s}",
                "  - {precision: fp16, value: 660.6 TFLOPS, sparsity: sparse, core: tensor, accumulate: fp16, source: s}",
                "  - {precision: fp16, value: 330.4 TFLOPS, sparsity: sparse, core: tensor, accumulate: fp32, source: s}"))
                .isEmpty();
    }
}
