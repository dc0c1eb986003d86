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
    void a_figure_exactly_5_percent_off_the_sum_passes_the_5_percent_rule() {
        assertThat(system("2496 TFLOPS")).isEmpty();
        // 2496 x 1.05 and x 0.95: inside 5%, but 2496 does not round to them (rounding rule, a warning)
        assertThat(system("2620.8 TFLOPS")).singleElement().asString().startsWith("8 consistency.system-rounding:");
        assertThat(system("2371.2 TFLOPS")).singleElement().asString().startsWith("8 consistency.system-rounding:");
    }

    @Test
    void the_sum_must_round_to_the_declared_figure_at_its_own_precision() {
        // 2500 is given to the hundreds (trailing zeros of a whole number do not count): 2496 rounds to 2500
        assertThat(system("2500 TFLOPS")).isEmpty();
        assertThat(system("2.5 PFLOPS")).isEmpty(); // 2.496 PFLOPS rounds to 2.5 at one decimal
        // 2 PFLOPS: 2.496 rounds to 2 at units, but 2000 / 2496 = 0.801 is -19.9%: the 5% rule reports it, alone
        assertThat(system("2 PFLOPS")).singleElement().asString().startsWith("8 consistency.system-vs-parts:");
        // 2490 is given to the tens (3 digits): 2496 rounds to 2500 there; 2490 / 2496 = 0.9976, -0.2%
        assertThat(system("2490 TFLOPS")).containsExactly("8 consistency.system-rounding: declared fp16 dense tensor"
                + " 2490 TFLOPS is not the sum of its parts rounded to its 3 significant digits: 8 x 312 TFLOPS"
                + " (nvidia-a100-sxm4-40gb) = 2496 TFLOPS rounds to 2500 (-0.2%): a preliminary figure, or a part count"
                + " or part figure that is wrong?");
        // written decimals count: 2496.0 is 2496 to one decimal; 2496.4 is not (2496.4 / 2496 = 1.00016, +0.0%)
        assertThat(system("2496.0 TFLOPS")).isEmpty();
        assertThat(system("2496.4 TFLOPS")).singleElement().asString().contains("rounded to its 5 significant digits")
                .contains("rounds to 2496.0 (+0.0%)");
        // half up at the declared figure's last digit: 2495.5 rounds to 2496, 2495.4 to 2495
        assertThat(Figures.roundsTo(hwcalc.units.Quantity.parse("2495.5 TFLOPS"), hwcalc.units.Quantity.parse("2496 TFLOPS")))
                .isTrue();
        assertThat(Figures.roundsTo(hwcalc.units.Quantity.parse("2495.4 TFLOPS"), hwcalc.units.Quantity.parse("2496 TFLOPS")))
                .isFalse();
    }

    @Test
    void dgx_1s_170_for_8_x_21_2_rounds_and_960_for_8_x_125_does_not() {
        // 8 x 21.2 = 169.6 -> 170 at 2 significant digits (the tens): passes
        assertThat(Figures.roundsTo(hwcalc.units.Quantity.parse("169.6 TFLOPS"), hwcalc.units.Quantity.parse("170 TFLOPS")))
                .isTrue();
        // 8 x 125 = 1000 -> 1000 at the tens, not 960: within 5% (-4.0%) but a finding
        assertThat(Figures.roundsTo(hwcalc.units.Quantity.parse("1000 TFLOPS"), hwcalc.units.Quantity.parse("960 TFLOPS")))
                .isFalse();
        // across units: 4992 TFLOPS is 4.992 PFLOPS, which rounds to DGX A100's "5 PFLOPS"
        assertThat(Figures.roundsTo(hwcalc.units.Quantity.parse("4992 TFLOPS"), hwcalc.units.Quantity.parse("5 PFLOPS")))
                .isTrue();
        assertThat(Figures.significantDigits(new java.math.BigDecimal("170"))).isEqualTo(2);
        assertThat(Figures.significantDigits(new java.math.BigDecimal("21.20"))).isEqualTo(4);
        assertThat(Figures.significantDigits(new java.math.BigDecimal("5"))).isEqualTo(1);
    }

    @Test
    void a_systems_maximum_power_below_its_compute_parts_tdps_is_flagged() {
        // good/nvidia-a100-sxm4-40gb: TDP 400 W; 8 x 400 W = 3200 W
        assertThat(findings("box", "system", "power:", "  max: {value: 3200 W, source: s}",
                "parts:", "  - {id: a100, count: 8}", "  - {id: intel-xeon-e5-2698-v3, count: 2, role: host}")).isEmpty();
        assertThat(findings("box", "system", "power:", "  max: {value: 3199 W, source: s}",
                "parts:", "  - {id: a100, count: 8}")).containsExactly("8 consistency.power-below-parts: maximum power"
                + " 3199 W is below its compute parts' TDPs, 8 x 400 W (nvidia-a100-sxm4-40gb) = 3200 W: the parts alone"
                + " draw more than the whole; a part's sheet for another configuration (a lower-TDP variant), or a wrong count?");
        // a TDP on a system is not its maximum draw: not compared
        assertThat(findings("box", "system", "power:", "  tdp: {value: 100 W, source: s}",
                "parts:", "  - {id: a100, count: 8}")).isEmpty();
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

    @Test
    void a_systems_rate_is_compared_with_its_parts_rates_of_the_same_accumulator() {
        // gf: fp16 tensor 330.3 (fp16 accumulate) and 165.2 (fp32); box: 2 x gf declares 660.6 fp16-acc and 330.4 fp32-acc,
        // both exact sums; were the fp16-acc figure compared with the fp32 sum it would be +100%
        String gf = Sheets.sheet("gf", "accelerator", "throughput:",
                "  - {precision: fp16, value: 330.3 TFLOPS, sparsity: dense, core: tensor, accumulate: fp16, source: s}",
                "  - {precision: fp16, value: 165.2 TFLOPS, sparsity: dense, core: tensor, accumulate: fp32, source: s}");
        String box = Sheets.sheet("box", "system", "throughput:",
                "  - {precision: fp16, value: 660.6 TFLOPS, sparsity: dense, core: tensor, accumulate: fp16, source: s}",
                "  - {precision: fp16, value: 330.4 TFLOPS, sparsity: dense, core: tensor, accumulate: fp32, source: s}",
                "parts:", "  - {id: gf, count: 2}");
        CheckReport ok = new Checker(CheckFixtures.TODAY).check(CheckFixtures.good(), List.of(Sheets.file("gf", gf), Sheets.file("box", box)));
        assertThat(Sheets.found(ok)).isEmpty();
        String wrong = box.replace("660.6 TFLOPS", "700 TFLOPS"); // 700 / 660.6 = 1.0596: +6.0%
        CheckReport r = new Checker(CheckFixtures.TODAY).check(CheckFixtures.good(), List.of(Sheets.file("gf", gf), Sheets.file("box", wrong)));
        assertThat(Sheets.found(r)).singleElement().asString().startsWith("8 consistency.system-vs-parts:")
                .contains("+6.0% off the sum of its parts, 2 x 330.3 TFLOPS (gf) = 660.6 TFLOPS");
    }
}
