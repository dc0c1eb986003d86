package hwcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Issue 16: rank warns as compare does, lists its skips with reasons, and refuses empty results. */
class RankWarningsTest {

    @Test
    void rank_warns_when_its_rows_mix_price_kinds_years_and_scopes() {
        // the top 6 by USD per FP16 TFLOPS mix a list price, reseller quotes and estimates, per board, chip and system
        Cli r = Cli.run("rank", "--by", "usd-per-tflops", "--precision", "fp16", "--top", "6");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Warnings:").contains("prices are of different kinds")
                .contains("prices buy different things").contains("dollars of different years");
    }

    @Test
    void json_lists_the_warnings_and_every_skipped_sheet_with_its_reason() throws Exception {
        Cli r = Cli.run("rank", "--by", "usd-per-tflops", "--precision", "fp16", "--format", "json");
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertThat(o.get("warnings").size()).isPositive();
        assertThat(o.get("skipped").isArray()).isTrue();
        // the A100 80 GB sheet has no price: skipped, with the typed reason
        assertThat(o.get("skipped")).anySatisfy(s -> {
            assertThat(s.get("id").asText()).isEqualTo("a100-sxm4-80gb");
            assertThat(s.get("reason").asText()).isEqualTo("noPrice");
        });
    }

    @Test
    void a_rank_with_nothing_to_show_is_refused_with_the_reason() {
        Cli r = Cli.run("rank", "--by", "time-to-compute");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nothing to rank").contains("--flop-budget");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void top_below_one_is_refused() {
        for (String top : new String[] {"0", "-1", "-5"}) {
            Cli r = Cli.run("rank", "--by", "peak", "--top", top);
            assertThat(r.code()).as(top).isEqualTo(2);
            assertThat(r.err()).contains("--top");
        }
        assertThat(Cli.run("rank", "--by", "peak", "--top", "1").out().lines().filter(l -> l.startsWith("1 ")).count()).isEqualTo(1);
    }
}
