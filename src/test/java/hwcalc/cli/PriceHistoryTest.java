package hwcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14's price history: {@code plot --x observed} and {@code trend --x observed} place one point
 * per price observation the --price selector admits, at its date.
 */
class PriceHistoryTest {

    private static final String RATE = "scope: chip, chips: 1, provider: Acme Cloud, provider-tier: neocloud, source: s}\n";

    /** 1 PFLOPS BF16; a list price, on-demand rates halving every year (4, 2, 1 USD/h on 1 January), one spot rate. */
    private static Path folder(Path dir) throws Exception {
        Files.writeString(dir.resolve("acme-r1.yaml"), "id: acme-r1\nname: Acme R1\nvendor: Acme\nkind: accelerator\n"
                + "sources:\n  s: {url: https://acme.example/r1, seen: 2026-11-28, tier: vendor}\n"
                + "throughput:\n  - {precision: bf16, value: 1000 TFLOPS, sparsity: dense, core: tensor, source: s}\n"
                + "prices:\n"
                + "  - {amount: 20000 USD, kind: list, date: 2021-06-01, scope: chip, source: s}\n"
                + "  - {amount: 4 USD/h, kind: on-demand, date: 2022-01-01, " + RATE
                + "  - {amount: 2 USD/h, kind: on-demand, date: 2023-01-01, " + RATE
                + "  - {amount: 1 USD/h, kind: on-demand, date: 2024-01-01, " + RATE
                + "  - {amount: 0.5 USD/h, kind: spot, date: 2024-01-01, " + RATE);
        Files.writeString(dir.resolve("acme-p1.yaml"), "id: acme-p1\nname: Acme P1\nvendor: Acme\nkind: accelerator\n"
                + "sources:\n  s: {url: https://acme.example/p1, seen: 2026-11-28, tier: vendor}\n"
                + "throughput:\n  - {precision: bf16, value: 500 TFLOPS, sparsity: dense, core: tensor, source: s}\n"
                + "prices:\n  - {amount: 9000 USD, kind: list, date: 2023-03-01, scope: chip, source: s}\n");
        return dir;
    }

    @Test
    void a_trend_over_observation_dates_fits_the_rates_as_they_moved(@TempDir Path dir) throws Exception {
        Path specs = folder(dir);
        Cli r = Cli.run("trend", "--y", "usd-per-pflop-hour", "--precision", "bf16", "--price", "on-demand", "--x", "observed",
                "--no-bundled", "--specs", specs.toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("x").asText()).isEqualTo("observed");
        assertThat(j.get("n").asInt()).isEqualTo(3); // the three on-demand rates; not the spot rate, not the list price
        // 4, 2, 1 USD per PFLOP-hour (x USD/h / 1 PFLOPS) a year apart: ln y falls by ln 2 a year, a halving time of 1 year
        assertThat(j.get("slopePerYear").asDouble()).isCloseTo(-Math.log(2), within(1e-9));
        assertThat(j.get("direction").asText()).isEqualTo("halving");
        assertThat(j.get("timeYears").asDouble()).isCloseTo(1.0, within(1e-9));
        assertThat(j.get("points")).extracting(p -> p.get("observed").asText() + " " + p.get("value").asText() + " "
                + p.get("kind").asText() + " " + p.get("provider").asText())
                .containsExactly("2022-01-01 4 on-demand Acme Cloud", "2023-01-01 2 on-demand Acme Cloud", "2024-01-01 1 on-demand Acme Cloud");
        assertThat(j.get("skipped").get("count").asInt()).isEqualTo(1); // acme-p1: no on-demand observation

        Cli text = Cli.run("trend", "--y", "usd-per-pflop-hour", "--precision", "bf16", "--price", "on-demand", "--x", "observed",
                "--no-bundled", "--specs", specs.toString());
        assertThat(text.out()).contains("against the date of each price observation")
                .contains("3 price observations of 1 sheet, dated 2022.0 to 2024.0").contains("on-demand rates")
                .contains("neocloud providers").doesNotContain("data  ");
    }

    @Test
    void a_price_history_chart_names_each_sheet_once_and_counts_observations(@TempDir Path dir) throws Exception {
        Path specs = folder(dir);
        Path svg = dir.resolve("h.svg");
        Cli r = Cli.run("plot", "--y", "usd-per-chip-hour", "--price", "rental", "--x", "observed",
                "--no-bundled", "--specs", specs.toString(), "--out", svg.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("wrote " + svg + " (4 points"); // three on-demand rates and the spot rate
        String s = Files.readString(svg);
        assertThat(s.split("Acme R1", -1)).as("one label, at the latest point; one series, so no key").hasSize(2);
        assertThat(s).contains("by price date").contains("4 price observations of 1 sheet").contains("Date of the price observation");

        // without --price: the purchase prices, never a rental rate
        Cli purchase = Cli.run("plot", "--y", "price", "--x", "observed", "--no-bundled", "--specs", specs.toString(),
                "--out", dir.resolve("p.svg").toString());
        assertThat(purchase.code()).as(purchase.err()).isZero();
        assertThat(purchase.out()).startsWith("wrote " + dir.resolve("p.svg") + " (2 points");
    }

    @Test
    void a_trend_needs_a_date_axis(@TempDir Path dir) throws Exception {
        Cli r = Cli.run("trend", "--y", "peak", "--x", "power", "--no-bundled", "--specs", folder(dir).toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("release or observed");
    }

    @Test
    void a_chart_of_bundled_rental_rates_credits_the_price_data_it_drew(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("h100.svg");
        Cli r = Cli.run("plot", "--y", "usd-per-chip-hour", "--price", "on-demand", "--x", "observed", "--ids", "h100-sxm5",
                "--out", svg.toString());
        assertThat(r.code()).as(r.err()).isZero();
        // before: the footer named only the sources' publishers, not the CC BY 4.0 dataset the rates came from
        assertThat(Files.readString(svg)).contains("Epoch AI, hardware price observations");
        Cli trend = Cli.run("trend", "--y", "usd-per-chip-hour", "--price", "on-demand", "--x", "observed", "--ids", "h100-sxm5",
                "--format", "json");
        assertThat(trend.code()).as(trend.err()).isZero();
        assertThat(new ObjectMapper().readTree(trend.out()).get("credits").get(0).asText()).startsWith("Epoch AI, hardware price observations")
                .endsWith("CC BY 4.0");
        assertThat(new ObjectMapper().readTree(trend.out()).get("basis").toString()).contains("mixed provider tiers");
    }

    @Test
    void a_history_judges_each_observations_year_not_the_sheets_default_price(@TempDir Path dir) throws Exception {
        Path specs = folder(dir);
        // acme-r1's default list price moves to 1990, before the bundled CPI-U data (1995 on); its rates are 2022-2024
        Path r1 = specs.resolve("acme-r1.yaml");
        Files.writeString(r1, Files.readString(r1).replace("kind: list, date: 2021-06-01", "kind: list, date: 1990-06-01"));
        Cli r = Cli.run("plot", "--y", "usd-per-chip-hour", "--price", "on-demand", "--x", "observed", "--adjust-to", "2024",
                "--no-bundled", "--specs", specs.toString(), "--out", dir.resolve("h.svg").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("wrote " + dir.resolve("h.svg") + " (3 points"); // before: skipped, "price dated outside the CPI-U data"
    }
}
