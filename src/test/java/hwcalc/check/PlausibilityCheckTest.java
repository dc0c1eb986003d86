package hwcalc.check;

import static hwcalc.check.Sheets.findings;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bounds on one chip's figures: a figure exactly at a bound passes, one just above fails with the exact message. */
class PlausibilityCheckTest {

    private static final String SLIP = ": a prefix slip, or a system figure on a chip sheet?";

    @Test
    void the_2016_bound_is_500_tflops_inclusive() {
        assertThat(findings("t", "accelerator", "dates: {announced: 2016-04-05}", "throughput:",
                "  - {precision: fp16, value: 500 TFLOPS, sparsity: dense, core: vector, source: s}")).isEmpty();
        assertThat(findings("t", "accelerator", "dates: {announced: 2016-04-05}", "throughput:",
                "  - {precision: fp16, value: 500.1 TFLOPS, sparsity: dense, core: vector, source: s}")).containsExactly(
                "9 values.implausible-peak: fp16 dense vector 500.1 TFLOPS is above the bound for a single accelerator"
                        + " released in 2016 (500 TFLOPS)" + SLIP);
    }

    @Test
    void integer_rates_are_bounded_in_tops_doubling_each_year_from_2016() {
        // 2018: 500 x 2^2 = 2000 TOPS
        assertThat(findings("t", "cpu", "dates: {available: 2018-01}", "throughput:",
                "  - {precision: int8, value: 2001 TOPS, sparsity: dense, core: vector, source: s}")).containsExactly(
                "9 values.implausible-peak: int8 dense vector 2001 TOPS is above the bound for a single cpu released in"
                        + " 2018 (2000 TOPS)" + SLIP);
        assertThat(findings("t", "cpu", "dates: {available: 2018-01}", "throughput:",
                "  - {precision: int8, value: 2000 TOPS, sparsity: dense, core: vector, source: s}")).isEmpty();
    }

    @Test
    void the_bound_grows_1_5_x_per_year_before_2016() {
        assertThat(PlausibilityCheck.peakBound(2016)).isEqualByComparingTo("5E14");
        assertThat(PlausibilityCheck.peakBound(2017)).isEqualByComparingTo("1E15"); // 5e14 x 2
        assertThat(PlausibilityCheck.peakBound(2014)).isEqualByComparingTo("2.222222222222222222222222222222222E14"); // 5e14 / 1.5^2, 34 digits
    }

    @Test
    void the_bound_is_printed_to_4_digits_never_as_a_binary_double() {
        // 2014: 500 / 1.5^2 = 222.22...; once printed as 222.22222222222222853815765120089054107666015625
        assertThat(findings("t", "accelerator", "dates: {announced: 2014-03}", "throughput:",
                "  - {precision: fp32, value: 223 TFLOPS, sparsity: dense, core: vector, source: s}")).containsExactly(
                "9 values.implausible-peak: fp32 dense vector 223 TFLOPS is above the bound for a single accelerator"
                        + " released in 2014 (222.2 TFLOPS)" + SLIP);
        // 222.2 itself passes: the bound compared is the exact 222.22..., not the printed one
        assertThat(findings("t", "accelerator", "dates: {announced: 2014-03}", "throughput:",
                "  - {precision: fp32, value: 222.2 TFLOPS, sparsity: dense, core: vector, source: s}")).isEmpty();
        // 2010: 500 / 1.5^6 = 43.895..., shown 43.90 -> 43.9; 2018: 2000 exactly, no exponent
        assertThat(PlausibilityCheck.shownInTera(PlausibilityCheck.peakBound(2010))).isEqualTo("43.9");
        assertThat(PlausibilityCheck.shownInTera(PlausibilityCheck.peakBound(2018))).isEqualTo("2000");
    }

    @Test
    void systems_are_not_bounded() {
        assertThat(findings("t", "system", "dates: {announced: 2016-04-05}", "throughput:",
                "  - {precision: fp16, value: 9 PFLOPS, sparsity: dense, core: vector, source: s}",
                "memory:", "  bandwidth: {value: 900 TB/s, source: s}", "power:", "  tdp: {value: 90 kW, source: s}")).isEmpty();
    }

    @Test
    void bandwidth_and_power_at_their_bounds_pass_and_just_above_fail() {
        assertThat(findings("t", "chip", "memory:", "  bandwidth: {value: 100 TB/s, source: s}",
                "power:", "  tdp: {value: 30 kW, source: s}")).isEmpty();
        assertThat(findings("t", "chip", "memory:", "  bandwidth: {value: 100.1 TB/s, source: s}",
                "power:", "  tdp: {value: 30.1 kW, source: s}")).containsExactly(
                "8 values.implausible-bandwidth: memory bandwidth 100.1 TB/s is above 100 TB/s, more than any single chip's"
                        + " memory delivers: a prefix slip, bits for bytes, or an aggregate over several chips?",
                "10 values.implausible-power: TDP 30.1 kW is above 30 kW for a single chip (a wafer-scale engine draws"
                        + " about 23 kW): W for kW, or a system's power on a chip sheet?");
    }

    @Test
    void a_wafer_scale_die_holds_its_on_wafer_sram_to_100_pb_per_s() {
        // Cerebras WSE-2: 46,225 mm2 die, 20 PB/s on-wafer SRAM (Epoch's chip dataset): within 100 PB/s
        assertThat(findings("w", "chip", "die_size: {value: 46225 mm2, source: s}", "memory:",
                "  bandwidth: {value: 20 PB/s, source: s}")).isEmpty();
        assertThat(findings("w", "chip", "die_size: {value: 46225 mm2, source: s}", "memory:",
                "  bandwidth: {value: 101 PB/s, source: s}")).singleElement().asString().startsWith("9 values.implausible-bandwidth");
        // a reticle-sized die (814 mm2, the H100's) stays at 100 TB/s
        assertThat(findings("h", "chip", "die_size: {value: 814 mm2, source: s}", "memory:",
                "  bandwidth: {value: 20 PB/s, source: s}")).singleElement().asString().startsWith("9 values.implausible-bandwidth");
    }
}
