package hwcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hwcalc.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Black-box tests of the commands on the fixture catalogue: output and exit codes. */
class CliTest {
    private static final String[] FIX = {"--no-bundled", "--specs", Fixtures.dir("basic").toString()};

    private static Cli run(String... args) {
        String[] all = new String[args.length + FIX.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(FIX, 0, all, args.length, FIX.length);
        return Cli.run(all);
    }

    @Test
    void show_prints_declared_figure_sum_of_parts_price_and_sources() {
        Cli r = run("show", "b");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("170 TFLOPS").contains("FP16 dense vector")
                .contains("sum of parts 169.6 TFLOPS = 8 x 21.2 TFLOPS (chip-a)")
                .contains("$129,000").contains("list price, 2016-04")
                .contains("https://example.org/box-b");
    }

    @Test
    void unknown_id_exits_2_with_a_suggestion_and_no_stack_trace() {
        Cli r = run("show", "chip-x");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown id 'chip-x'").contains("chip-a").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void list_json_has_ids_and_aliases() throws Exception {
        Cli r = run("list", "--format", "json");
        JsonNode arr = new ObjectMapper().readTree(r.out());
        assertThat(arr).hasSize(2);
        assertThat(arr.get(0).get("id").asText()).isEqualTo("box-b");
        assertThat(arr.get(0).get("aliases").get(0).asText()).isEqualTo("b");
        assertThat(arr.get(0).get("kind").asText()).isEqualTo("system");
    }

    @Test
    void calc_prints_rounded_figure_and_json_exact_value() throws Exception {
        // 129000 / 170 = 758.8235 -> 758.8 at 4 significant figures
        Cli r = run("calc", "b.price / b.fp16");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("758.8 USD/TFLOPS");
        JsonNode j = new ObjectMapper().readTree(run("calc", "b.price / b.fp16", "--format", "json").out());
        assertThat(j.get("value").decimalValue()).isBetween(new java.math.BigDecimal("758.8235"), new java.math.BigDecimal("758.8236"));
        assertThat(j.get("unit").asText()).isEqualTo("USD/TFLOPS");
    }

    @Test
    void calc_errors_exit_2() {
        assertThat(run("calc", "b.price + b.fp16").code()).isEqualTo(2);
        assertThat(run("calc", "(1").code()).isEqualTo(2);
        assertThat(run("calc", "1 / 0").code()).isEqualTo(2);
    }

    @Test
    void compare_shows_ratios_and_basis() {
        Cli r = run("compare", "b", "a");
        assertThat(r.code()).isZero();
        // 21.2 / 170 = 0.1247 -> 0.125 at 3 digits
        assertThat(r.out()).contains("FP16 dense").contains("0.125x").contains("Basis:").contains("Sources:");
    }

    @Test
    void rank_orders_by_metric() {
        Cli r = run("rank", "--by", "usd-per-tflops");
        // chip-a 10500/21.2 = 495.3 < box-b 758.8, so chip-a ranks first (lower is better)
        assertThat(r.out().indexOf("chip-a")).isLessThan(r.out().indexOf("box-b"));
        assertThat(r.out()).contains("495 USD/TFLOPS").contains("759 USD/TFLOPS");
    }

    @Test
    void bad_usage_exits_2() {
        assertThat(Cli.run("nonsense").code()).isEqualTo(2);
        assertThat(run("compare").code()).isEqualTo(2);
        assertThat(run("rank", "--by", "nonsense").code()).isEqualTo(2);
        assertThat(Cli.run("--version").code()).isZero();
        assertThat(Cli.run("show", "--help").out()).contains("Usage:");
    }

    @Test
    void a_broken_sheet_in_a_users_folder_is_reported_with_file_and_line(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.yaml"), "id: bad\nname: Bad\nvendor: V\nkind: chip\nsources: {}\npowr: 1\n");
        Cli r = Cli.run("list", "--no-bundled", "--specs", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("bad.yaml:6:1: error: unknown field 'powr'");
        assertThat(r.out()).isEmpty();
    }
}
