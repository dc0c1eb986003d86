package hwcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 13's done-when on the bundled catalogue: short names and accumulate precision. */
class VariantsAndAccumulateTest {

    @Test
    void h100_means_the_sxm5_and_the_output_says_so() {
        Cli r = Cli.run("compare", "h100", "a100-sxm4-80gb", "--metric", "peak");
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("hwcalc: h100 = h100-sxm5");
    }

    @ParameterizedTest
    @CsvSource({"b200,gb200,hgx-b200", "a100,a100-sxm4-40gb,a100-pcie-80gb", "v100,tesla-v100-sxm2,v100-pcie",
        "p100,tesla-p100-sxm2,tesla-p100-pcie-16gb"})
    void a_name_several_variants_share_lists_them_and_exits_2(String name, String one, String other) {
        Cli r = Cli.run("show", name);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(one).contains(other);
    }

    @Test
    void rank_compares_fp32_accumulate_rates_and_says_so() {
        Cli r = Cli.run("rank", "--by", "usd-per-tflops", "--precision", "fp16");
        // rtx-4090: $1,599 / 165.2 TFLOPS (FP32 accumulate) = 9.679 -> 9.68, not $1,599 / 330 = 4.85
        assertThat(r.out()).contains("rtx-4090").contains("9.68 USD/TFLOPS").doesNotContain("4.85 USD/TFLOPS")
                .contains("FP32 accumulate").contains("FP32-accumulate rates");
        // a card with only an FP16-accumulate rate is left out, not ranked at twice its comparable rate
        assertThat(r.out().lines().filter(l -> l.matches("\\d+ +rtx-2080-ti .*"))).isEmpty();
    }

    @Test
    void flops_per_watt_skips_fp16_accumulate_only_cards_with_the_reason() {
        Cli r = Cli.run("rank", "--by", "flops-per-watt", "--precision", "fp16", "--format", "json");
        assertThat(r.out()).contains("\"id\" : \"rtx-2080-ti\"").contains("onlyFp16Accumulate");
    }
}
