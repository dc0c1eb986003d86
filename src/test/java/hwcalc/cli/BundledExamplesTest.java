package hwcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The examples of the issues and the README, on the bundled sheets, against hand-computed figures. */
class BundledExamplesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "dgx-1.price / dgx-1.fp16|758.8 USD/TFLOPS (2016 dollars)",              // 129000 / 170 = 758.82
            "dgx-1.price / dgx-1.fp16 to USD/GFLOPS|0.7588 USD/GFLOPS (2016 dollars)",  // 758.82 / 1000
            "h100-sxm5.bf16 / a100-sxm4-80gb.bf16|3.171",               // 989.4 / 312 = 3.1711
            "8 * tesla-p100-sxm2.fp16 to TFLOPS|169.6 TFLOPS",          // 8 x 21.2
            "250 * dual-xeon-e5-2698-v3-server.fp32|588.8 TFLOPS",      // 250 x 2 x 16 x 32 x 2.3 GHz
            "dgx-1.price in 2024 dollars|168,603 USD (2024 dollars)",   // 129000 x 313.689 / 240.007 = 168,602.92
            "129000 USD@2016 in 2024 dollars|168,603 USD (2024 dollars)",
            "h100-sxm5.fp16.sparse|1,979 TFLOPS",                       // 1978.9 to 4 figures
            "a100-sxm4-80gb.fp64.vector|9.7 TFLOPS"})
    void calc_examples(String expression, String expected) {
        Cli r = Cli.run("calc", expression);
        assertThat(r.code()).isZero();
        assertThat(r.out().strip()).isEqualTo(expected);
    }

    @Test
    void show_dgx1() {
        Cli r = Cli.run("show", "dgx-1");
        assertThat(r.out()).contains("170 TFLOPS").contains("FP16 dense")
                .contains("sum of parts 169.6 TFLOPS = 8 x 21.2 TFLOPS (tesla-p100-sxm2)")
                .contains("$129,000").contains("list price, 2016-04").contains("https://en.wikipedia.org/wiki/Nvidia_DGX");
    }

    @Test
    void compare_dgx1_dgx_h100_is_like_for_like_and_warns_about_the_headline() {
        Cli r = Cli.run("compare", "dgx-1", "dgx-h100");
        // 8 x 989.4 / 170 = 46.56
        assertThat(r.out()).contains("FP16 dense").contains("46.6x")
                .contains("headline 32 PFLOPS is FP8 with sparsity");
    }

    @Test
    void list_json_has_every_required_id() throws Exception {
        JsonNode arr = new ObjectMapper().readTree(Cli.run("list", "--format", "json").out());
        List<String> ids = new java.util.ArrayList<>();
        arr.forEach(n -> ids.add(n.get("id").asText()));
        assertThat(ids).contains("nvidia-dgx-1", "tesla-p100-sxm2", "tesla-p100-pcie-16gb", "xeon-e5-2698-v3", "xeon-e5-2697-v3",
                "dual-xeon-e5-2698-v3-server", "dgx-1-v100", "tesla-v100-sxm2", "dgx-2", "dgx-a100", "a100-sxm4-40gb",
                "a100-sxm4-80gb", "dgx-h100", "h100-sxm5", "h100-pcie", "h200-sxm", "dgx-b200", "hgx-b200", "gb200", "gtx-580", "gtx-680",
                "gtx-1080", "rtx-4090", "rtx-5090", "tesla-k80", "geforce-256", "mi300x", "mi250x", "tpu-v4", "tpu-v5e",
                "tpu-v5p", "google-cat-2012-cluster", "coates-2013-cots-hpc");
        assertThat(arr.get(0).has("aliases")).isTrue();
    }

    @Test
    void rank_says_which_years_dollars() {
        Cli r = Cli.run("rank", "--by", "usd-per-tflops", "--adjust-to", "2024", "--top", "3");
        // rtx-4090: $1,599 (2022) x 313.689 / 292.655 = 1,713.94; / 165.2 TFLOPS FP16 dense with FP32 accumulate
        // (issue 13: not the 330 FP16-accumulate rate) = 10.375 -> 10.4
        assertThat(r.out()).contains("rtx-4090").contains("10.4 USD/TFLOPS").contains("list price 2022 in 2024 $")
                .contains("FP32 accumulate");
    }

    @Test
    void unknown_id_suggests() {
        Cli r = Cli.run("show", "no-such-chip");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown id 'no-such-chip'").doesNotContain("\tat ");
    }
}
