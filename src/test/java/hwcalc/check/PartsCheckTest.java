package hwcalc.check;

import static hwcalc.check.Sheets.findings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** consistency.system-vs-parts: 5% allowed either way, exactly, and the hint that says which way the tags went. */
class PartsCheckTest {

    private static final String SUM = " off the sum of its parts, 8 x 312 TFLOPS (nvidia-a100-sxm4-40gb) = 2496 TFLOPS (5% allowed)";

    /** A system of 8 A100s (fp16 dense tensor 312 TFLOPS each: 2496 TFLOPS) declaring {@code value}; the figure is on line 8. */
    private static List<String> system(String value) {
        return findings("box", "system", "throughput:",
                "  - {precision: fp16, value: " + value + ", sparsity: dense, core: tensor, source: s}",
                "parts:", "  - {id: a100, count: 8}");
    }

    @Test
    void a_figure_exactly_5_percent_off_the_sum_passes() {
        assertThat(system("2496 TFLOPS")).isEmpty();
        assertThat(system("2620.8 TFLOPS")).isEmpty(); // 2496 x 1.05
        assertThat(system("2371.2 TFLOPS")).isEmpty(); // 2496 x 0.95
    }

    @Test
    void a_figure_just_beyond_5_percent_fails_with_a_hint_at_other_tags() {
        // 2620.9 / 2496 = 1.05004: +5.0%
        assertThat(system("2620.9 TFLOPS")).containsExactly("8 consistency.system-vs-parts: declared fp16 dense tensor"
                + " 2620.9 TFLOPS is +5.0%" + SUM + ": other tags (precision, core) than the parts, or a part count that is wrong?");
        // 2371.1 / 2496 = 0.94996: -5.0%
        assertThat(system("2371.1 TFLOPS")).containsExactly("8 consistency.system-vs-parts: declared fp16 dense tensor"
                + " 2371.1 TFLOPS is -5.0%" + SUM + ": other tags (precision, core) than the parts, or a part count that is wrong?");
    }

    @Test
    void twice_the_sum_within_5_percent_looks_sparse() {
        // 5241.6 = 2 x 2496 x 1.05: ratio 2.1, +110.0%
        assertThat(system("5241.6 TFLOPS")).containsExactly("8 consistency.system-vs-parts: declared fp16 dense tensor"
                + " 5241.6 TFLOPS is +110.0%" + SUM + ": 2 x the sum, so the declared figure looks sparse (or the parts'"
                + " figures dense where it is not)");
        // 5241.7 / 2496 = 2.10004: beyond 2 x 1.05
        assertThat(system("5241.7 TFLOPS")).containsExactly("8 consistency.system-vs-parts: declared fp16 dense tensor"
                + " 5241.7 TFLOPS is +110.0%" + SUM + ": other tags (precision, core) than the parts, or a part count that is wrong?");
    }

    @Test
    void half_the_sum_within_5_percent_looks_like_sparse_parts() {
        // 1248 / 2496 = 0.5: -50.0%
        assertThat(system("1248 TFLOPS")).containsExactly("8 consistency.system-vs-parts: declared fp16 dense tensor"
                + " 1248 TFLOPS is -50.0%" + SUM + ": half the sum, so the parts' figures look sparse (or the declared one"
                + " dense where they are not)");
        // 1310.4 = 1248 x 1.05 and 1185.6 = 1248 x 0.95: still half; ratios 0.525 (-47.5%) and 0.475 (-52.5%)
        assertThat(system("1310.4 TFLOPS")).singleElement().asString().contains("-47.5%").endsWith(": half the sum,"
                + " so the parts' figures look sparse (or the declared one dense where they are not)");
        assertThat(system("1185.6 TFLOPS")).singleElement().asString().contains("-52.5%").endsWith(": half the sum,"
                + " so the parts' figures look sparse (or the declared one dense where they are not)");
        // 1310.5 / 1248 = 1.05008: no longer half
        assertThat(system("1310.5 TFLOPS")).singleElement().asString().contains("-47.5%")
                .endsWith(": other tags (precision, core) than the parts, or a part count that is wrong?");
    }

    @Test
    void a_sheet_without_parts_is_not_compared() {
        assertThat(findings("box", "system", "throughput:",
                "  - {precision: fp16, value: 9000 TFLOPS, sparsity: dense, core: tensor, source: s}")).isEmpty();
    }
}
