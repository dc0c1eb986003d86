package hwcalc.check;

import static hwcalc.check.Sheets.findings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** consistency.first-principles: a declared dense vector figure against units x FLOP/clock x clock, 3% allowed exactly. */
class FirstPrinciplesCheckTest {

    /** 1000 units x 2 FLOP/clock x 1 GHz = 2 TFLOPS fp32; the declared figure is on line 8. */
    private static List<String> declared(String value) {
        return findings("t", "accelerator", "throughput:",
                "  - {precision: fp32, value: " + value + ", sparsity: dense, core: vector, source: s}",
                "derivation:", "  units: 1000", "  units_source: s", "  base_clock: {value: 1 GHz, source: s}",
                "  flop_per_clock: {fp32: 2}");
    }

    @Test
    void a_figure_exactly_3_percent_off_passes() {
        assertThat(declared("2 TFLOPS")).isEmpty();
        assertThat(declared("2.06 TFLOPS")).isEmpty(); // 2 x 1.03
        assertThat(declared("1.94 TFLOPS")).isEmpty(); // 2 x 0.97
    }

    @Test
    void a_figure_beyond_3_percent_is_flagged_with_the_arithmetic() {
        // 2.07 / 2 = 1.035: +3.5%
        assertThat(declared("2.07 TFLOPS")).containsExactly("8 consistency.first-principles: declared fp32 dense vector"
                + " 2.07 TFLOPS is +3.5% off 1000 units x 2 FLOP/clock x 1 GHz (base) = 2 TFLOPS (3% allowed): check the"
                + " clock, the unit count and FLOP per clock");
        // 1.93 / 2 = 0.965: -3.5%
        assertThat(declared("1.93 TFLOPS")).singleElement().asString().contains(" is -3.5% off ");
    }
}
