package hwcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 16: warnings that say only what is true, and only where they matter. */
class HonestWarningsTest {

    @Test
    void a_chip_with_fp16_units_but_no_vector_figure_is_not_called_a_chip_without_fp16_units() {
        // b200 has FP16 tensor figures, none on vector units: the fallback says so, not "a chip without FP16 units"
        Cli r = Cli.run("compare", "p100-sxm2", "h100-sxm5", "hgx-b200", "--core", "vector", "--metric", "peak");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("hgx-b200: FALLBACK no FP16 vector-unit figure on the sheet")
                .doesNotContain("hgx-b200: FALLBACK no FP16 figure; using FP32 (a chip without FP16 units");
    }

    @Test
    void a_chip_without_the_precision_is_still_told_so() {
        // gtx-580 has no FP16 figure on any units
        Cli r = Cli.run("compare", "dgx-1", "gtx-580", "--precision", "fp16", "--metric", "peak");
        assertThat(r.out()).contains("gtx-580: FALLBACK no FP16 figure; using FP32 (a chip without FP16 units");
    }

    @Test
    void a_price_comparison_or_quote_has_no_headline_warning() {
        assertThat(Cli.run("compare", "dgx-1", "dgx-h100", "--metric", "price").out()).doesNotContain("headline");
        Cli q = Cli.run("quote", "h100-sxm5", "price");
        assertThat(q.out() + q.err()).doesNotContain("headline");
        // a peak comparison still warns about the DGX H100's FP8 sparse 32 PFLOPS
        assertThat(Cli.run("compare", "dgx-1", "dgx-h100").out()).contains("dgx-h100: its headline 32 PFLOPS");
    }

    @Test
    void time_and_energy_state_the_utilisation_they_assume() {
        Cli none = Cli.run("compare", "dgx-1", "--metric", "time-to-compute", "--flop-budget", "1e21 FLOP");
        assertThat(none.out()).contains("nvidia-dgx-1: compute at 100% of its peak (no --utilisation given");
        Cli given = Cli.run("compare", "dgx-1", "--metric", "energy-cost", "--usd-per-kwh", "0.1", "--years", "1",
                "--utilisation", "0.4");
        assertThat(given.out()).contains("nvidia-dgx-1: energy at 40% of its power figure (--utilisation, used alike");
    }
}
