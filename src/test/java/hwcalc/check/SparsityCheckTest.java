package hwcalc.check;

import static hwcalc.check.Sheets.findings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The dense/sparse rules: sparse = 2 x dense within 2% exactly, equal figures blamed on the dense line, swapped ones. */
class SparsityCheckTest {

    /** fp16 tensor figures: dense on line 8, sparse on line 9. */
    private static List<String> pair(String dense, String sparse) {
        return findings("t", "accelerator", "throughput:",
                "  - {precision: fp16, value: " + dense + ", sparsity: dense, core: tensor, source: s}",
                "  - {precision: fp16, value: " + sparse + ", sparsity: sparse, core: tensor, source: s}");
    }

    @Test
    void sparse_within_2_percent_of_twice_dense_passes() {
        assertThat(pair("100 TFLOPS", "200 TFLOPS")).isEmpty();
        assertThat(pair("100 TFLOPS", "204 TFLOPS")).isEmpty(); // 2 x 1.02
        assertThat(pair("100 TFLOPS", "196 TFLOPS")).isEmpty(); // 2 x 0.98
    }

    @Test
    void sparse_just_beyond_2_percent_fails_at_the_sparse_line() {
        // 204.1 / 100 = 2.041, printed with two decimals
        assertThat(pair("100 TFLOPS", "204.1 TFLOPS")).containsExactly("9 consistency.sparse-not-2x-dense: fp16 sparse"
                + " tensor 204.1 TFLOPS (line 9) is 2.04 x fp16 dense tensor 100 TFLOPS (line 8), not 2 x as 2:4 sparsity gives");
        assertThat(pair("100 TFLOPS", "195.9 TFLOPS")).containsExactly("9 consistency.sparse-not-2x-dense: fp16 sparse"
                + " tensor 195.9 TFLOPS (line 9) is 1.96 x fp16 dense tensor 100 TFLOPS (line 8), not 2 x as 2:4 sparsity gives");
    }

    @Test
    void equal_figures_are_blamed_on_the_dense_line() {
        String equal = "8 consistency.sparse-not-2x-dense: fp16 dense tensor 100 TFLOPS (line 8) equals fp16 sparse tensor %s"
                + " (line 9); sparse is 2 x dense: is the dense slot holding the sparse figure?";
        assertThat(pair("100 TFLOPS", "100 TFLOPS")).containsExactly(String.format(equal, "100 TFLOPS"));
        assertThat(pair("100 TFLOPS", "102 TFLOPS")).containsExactly(String.format(equal, "102 TFLOPS")); // 1.02: within 2%
        // 1.021: no longer "equal", and far from 2 x
        assertThat(pair("100 TFLOPS", "102.1 TFLOPS")).containsExactly("9 consistency.sparse-not-2x-dense: fp16 sparse"
                + " tensor 102.1 TFLOPS (line 9) is 1.02 x fp16 dense tensor 100 TFLOPS (line 8), not 2 x as 2:4 sparsity gives");
    }

    @Test
    void a_dense_figure_above_the_sparse_one_is_swapped() {
        assertThat(pair("100 TFLOPS", "99 TFLOPS")).containsExactly("8 consistency.dense-above-sparse: fp16 dense tensor"
                + " 100 TFLOPS (line 8) is above fp16 sparse tensor 99 TFLOPS (line 9): the two figures are swapped");
    }
}
