package hwcalc.prices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hwcalc.claims.Finding;
import hwcalc.claims.Verdict;
import hwcalc.engine.Engine;
import hwcalc.metrics.CostEstimate;
import hwcalc.metrics.Costing;
import hwcalc.metrics.Metric;
import hwcalc.metrics.MetricValue;
import hwcalc.metrics.Ownership;
import hwcalc.metrics.PriceChoice;
import hwcalc.metrics.PriceSelector;
import hwcalc.metrics.Request;
import hwcalc.metrics.Unavailable;
import hwcalc.spec.Catalogue;
import hwcalc.spec.Precision;
import hwcalc.spec.Price;
import hwcalc.spec.PriceKind;
import hwcalc.spec.ProviderTier;
import hwcalc.spec.RuleId;
import hwcalc.spec.SpecException;
import hwcalc.spec.SpecLoader;
import hwcalc.spec.SpecSheet;
import hwcalc.spec.Sparsity;
import hwcalc.units.InputException;
import hwcalc.units.Quantity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rental prices, ranges, price files, the --price selector, the owned rate and hwcalc cost (issue 14). */
class PricesTest {

    private static final String CHIP = "id: rent-a\nname: Rent A\nvendor: V\nkind: accelerator\n"
            + "throughput:\n  - {precision: bf16, sparsity: dense, core: tensor, value: 1000 TFLOPS, source: s}\n"
            + "power:\n  tdp: {value: 500 W, source: s}\n"
            + "sources:\n  s: {url: https://example.org/a, seen: 2026-11-28}\n";

    private static SpecLoader.Loaded load(String... files) {
        List<SpecLoader.SpecFile> in = new java.util.ArrayList<>();
        for (int i = 0; i < files.length; i += 2) {
            in.add(new SpecLoader.SpecFile(files[i], files[i + 1].getBytes(StandardCharsets.UTF_8)));
        }
        return SpecLoader.load(in);
    }

    private static String rental(String amount, String kind, String date, String provider, String tier) {
        return "  - {amount: " + amount + ", kind: " + kind + ", date: " + date + ", scope: chip, provider: " + provider
                + ", provider-tier: " + tier + ", source: r}\n";
    }

    private static final String PRICES = "prices-for: rent-a\ncredit: {text: Test data CC BY 4.0, url: https://example.org/c}\n"
            + "sources:\n  r: {url: https://example.org/r, seen: 2024-06-01}\nprices:\n"
            + rental("2.00 USD/h", "on-demand", "2024-01-10", "Big Cloud", "hyperscaler")
            + rental("3.00 USD/h", "on-demand", "2024-05-01", "Big Cloud", "hyperscaler")
            + rental("1.00 USD/h", "on-demand", "2024-03-01", "Small Cloud", "neocloud")
            + rental("1.50 USD/h", "on-demand", "2024-02-01", "Big Cloud", "hyperscaler")
            + rental("0.90 USD/h", "commit-3y", "2024-05-01", "Big Cloud", "hyperscaler");

    private static Catalogue catalogue(String chipExtra) {
        SpecLoader.Loaded l = load("rent-a.yaml", CHIP + chipExtra, "prices/rent-a.yaml", PRICES);
        return Catalogue.of(l.sheets()).withPrices(l.priceFiles());
    }

    private static final String PURCHASE = "prices:\n  - {amount: 25000 USD, high: 30000 USD, kind: estimate, date: 2023-08, "
            + "scope: chip, source: s}\n";

    @Test
    void a_price_file_attaches_its_observations_after_the_sheets_own_with_its_sources_and_credit() {
        SpecSheet s = catalogue(PURCHASE).resolve("rent-a");
        assertThat(s.prices()).hasSize(6);
        assertThat(s.prices().get(0).kind()).isEqualTo(PriceKind.ESTIMATE); // the sheet's own come first
        Price first = s.prices().get(1);
        assertThat(first.kind()).isEqualTo(PriceKind.ON_DEMAND);
        assertThat(first.providerTier()).isEqualTo(ProviderTier.HYPERSCALER);
        assertThat(first.credit().text()).isEqualTo("Test data CC BY 4.0");
        assertThat(hwcalc.metrics.Peaks.urls(s, first.sources())).containsExactly("https://example.org/r");
        // the default price stays the first purchase price, never a rental rate
        assertThat(s.price()).get().extracting(Price::kind).isEqualTo(PriceKind.ESTIMATE);
    }

    @Test
    void a_price_file_naming_no_sheet_or_an_alias_is_a_located_error() {
        SpecLoader.Loaded l = load("rent-a.yaml", CHIP + "aliases: [ra]\n", "p1.yaml", PRICES.replace("prices-for: rent-a", "prices-for: rent-b"),
                "p2.yaml", PRICES.replace("prices-for: rent-a", "prices-for: ra"));
        Catalogue c = Catalogue.of(l.sheets());
        assertThatThrownBy(() -> c.withPrices(l.priceFiles())).isInstanceOfSatisfying(SpecException.class, e ->
                assertThat(e.problems()).extracting(p -> p.location().file() + ":" + p.location().line())
                        .containsExactly("p1.yaml:1", "p2.yaml:1"));
    }

    @Test
    void rental_prices_are_per_hour_and_name_their_provider_and_a_range_is_bottom_to_top() {
        String bad = CHIP + "prices:\n"
                + "  - {amount: 2.49 USD, kind: on-demand, date: 2024-01, scope: chip, provider: X, provider-tier: neocloud, source: s}\n"
                + "  - {amount: 2.49 USD/h, kind: on-demand, date: 2024-01, scope: chip, source: s}\n"
                + "  - {amount: 30000 USD, high: 25000 USD, kind: estimate, date: 2024-01, scope: chip, source: s}\n"
                + "  - {amount: 30000 USD, kind: list, provider: X, date: 2024-01, scope: chip, chips: 8, source: s}\n";
        assertThatThrownBy(() -> load("rent-a.yaml", bad)).isInstanceOfSatisfying(SpecException.class, e ->
                assertThat(e.problems()).extracting(p -> p.location().line() + " " + p.rule())
                        .containsExactly("12 " + RuleId.VALUES_UNIT, // the sheet's first 11 lines are CHIP; USD is not per hour
                                "13 " + RuleId.SCHEMA_REQUIRED, "13 " + RuleId.SCHEMA_REQUIRED, // no provider, no tier
                                "14 " + RuleId.SCHEMA_TYPE, "15 " + RuleId.SCHEMA_UNKNOWN_FIELD));
    }

    @Test
    void the_selector_reads_kinds_filters_and_statistics_and_refuses_blends() {
        PriceSelector s = PriceSelector.parse("on-demand, tier=hyperscaler, year=2024, median");
        assertThat(s.kinds()).containsExactly(PriceKind.ON_DEMAND);
        assertThat(s.tier()).isEqualTo(ProviderTier.HYPERSCALER);
        assertThat(s.statistic()).isEqualTo(PriceSelector.Statistic.MEDIAN);
        assertThat(PriceSelector.parse("on-demand").statistic()).isEqualTo(PriceSelector.Statistic.LATEST);
        assertThat(PriceSelector.parse("list").statistic()).isEqualTo(PriceSelector.Statistic.FIRST);
        assertThat(PriceSelector.parse("owned").owned()).isTrue();
        for (String bad : List.of("list,on-demand", "owned,spot", "on-demand,median", "on-demand,year=2024,median",
                "list,tier=neocloud", "hourly", "tier=cloud,on-demand", "year=24,list", "", "latest,lowest")) {
            assertThatThrownBy(() -> PriceSelector.parse(bad)).as(bad).isInstanceOf(InputException.class);
        }
    }

    @Test
    void latest_lowest_and_median_choose_as_documented() {
        List<Price> prices = catalogue("").resolve("rent-a").prices();
        // latest on-demand: 2024-05-01 (3.00, Big Cloud)
        assertThat(PriceChoice.choose(prices, PriceSelector.parse("on-demand")).orElseThrow().price().amount())
                .isEqualTo(Quantity.parse("3.00 USD/h"));
        assertThat(PriceChoice.choose(prices, PriceSelector.parse("on-demand,lowest")).orElseThrow().price().provider())
                .isEqualTo("Small Cloud");
        // hyperscaler on-demand in 2024: 1.50, 2.00, 3.00 -> median 2.00
        PriceChoice m = PriceChoice.choose(prices, PriceSelector.parse("on-demand,tier=hyperscaler,year=2024,median")).orElseThrow();
        assertThat(m.price().amount().value()).isEqualByComparingTo("2.00");
        assertThat(m.observations()).hasSize(3);
        // of 3.00 (Big), 1.00 (Small), 1.50 (Big), 0.90 (Big, commit-3y): provider "big cloud" on-demand is 3.00 and 1.50,
        // an even count: (1.50 + 3.00) / 2 = 2.25
        PriceChoice even = PriceChoice.choose(prices.subList(1, 5), PriceSelector.parse("on-demand,provider=big cloud,year=2024,median"))
                .orElseThrow();
        assertThat(even.price().amount().value()).isEqualByComparingTo("2.25");
        assertThat(PriceChoice.choose(prices, PriceSelector.parse("spot"))).isEmpty();
    }

    @Test
    void an_even_median_is_the_mean_of_the_middle_two() {
        List<Price> prices = catalogue("").resolve("rent-a").prices();
        // hyperscaler on-demand Jan-Feb 2024 and May: take 2.00 and 1.50 only (drop 3.00): (1.50 + 2.00) / 2 = 1.75
        List<Price> two = List.of(prices.get(0), prices.get(3));
        assertThat(PriceChoice.choose(two, PriceSelector.parse("on-demand,tier=hyperscaler,year=2024,median")).orElseThrow()
                .price().amount().value()).isEqualByComparingTo("1.75");
    }

    @Test
    void compare_gives_the_rate_and_dollars_per_effective_pflop_hour_and_says_when_none_matches() {
        Engine e = Engine.of(catalogue(PURCHASE));
        Request r = Request.of(Precision.BF16, Sparsity.DENSE).withPrice(PriceSelector.parse("on-demand"), null);
        MetricValue rate = e.metrics().compute(e.sheet("rent-a"), Metric.USD_PER_CHIP_HOUR, r);
        assertThat(rate.value()).isEqualTo(Quantity.parse("3.00 USD/h"));
        MetricValue perPflop = e.metrics().compute(e.sheet("rent-a"), Metric.USD_PER_PFLOP_HOUR, r);
        // 3.00 USD/h / (1 PFLOPS x 1) = 3 USD per PFLOP/s-hour
        assertThat(perPflop.value().value()).isEqualByComparingTo("3");
        assertThat(e.metrics().compute(e.sheet("rent-a"), Metric.USD_PER_CHIP_HOUR,
                r.withPrice(PriceSelector.parse("spot"), null)).missing().reason()).isEqualTo(Unavailable.Reason.NO_MATCHING_PRICE);
        assertThat(e.metrics().compute(e.sheet("rent-a"), Metric.USD_PER_CHIP_HOUR, Request.of(Precision.BF16, Sparsity.DENSE))
                .missing().reason()).isEqualTo(Unavailable.Reason.NEEDS_HOURLY_PRICE);
        assertThat(e.metrics().compute(e.sheet("rent-a"), Metric.USD_PER_TFLOPS, r).missing().reason())
                .isEqualTo(Unavailable.Reason.RENTAL_NOT_PURCHASE);
    }

    @Test
    void owning_costs_the_price_times_depreciation_times_ln10_per_8760_hours_plus_energy() {
        Engine e = Engine.of(catalogue(PURCHASE));
        Request r = Request.of(Precision.BF16, Sparsity.DENSE)
                .withPrice(PriceSelector.parse("owned"), new Ownership(null, new BigDecimal("1.2"), new BigDecimal("0.10")));
        MetricValue v = e.metrics().compute(e.sheet("rent-a"), Metric.USD_PER_CHIP_HOUR, r);
        // capital 25000 x 0.14 x 2.302585093 / 8760 = 0.919982...; energy 0.5 kW x 1.2 x 0.10 = 0.06
        assertThat(v.owned().capital().value()).isBetween(new BigDecimal("0.91998"), new BigDecimal("0.91999"));
        assertThat(v.owned().energy().value()).isEqualByComparingTo("0.06");
        assertThat(v.value().value()).isBetween(new BigDecimal("0.97998"), new BigDecimal("0.97999"));
        // the range's top: 30000 x 0.14 x 2.302585093 / 8760 + 0.06 = 1.163979 + 0.06
        assertThat(v.high().value()).isBetween(new BigDecimal("1.16397"), new BigDecimal("1.16398"));
    }

    @Test
    void a_budget_costs_chip_hours_times_the_rate() {
        Engine e = Engine.bundled();
        Request r = new Request(Precision.BF16, Sparsity.DENSE, null, null, null, null, new BigDecimal("0.4"), null);
        CostEstimate c = e.cost("h100-sxm5", new Costing.Ask(Quantity.parse("1e24 FLOP"), Precision.BF16, Sparsity.DENSE, null,
                1, new BigDecimal("0.4"), Quantity.parse("2.49 USD/h"), r));
        // 1e24 / (989.4e12 x 0.4) / 3600 = 701,884.42 chip-hours; x 2.49 = 1,747,692.2 USD
        assertThat(c.chipHours().value()).isBetween(new BigDecimal("701884.4"), new BigDecimal("701884.5"));
        assertThat(c.cost().value()).isBetween(new BigDecimal("1747692.1"), new BigDecimal("1747692.3"));
        assertThat(c.rateKind()).isEqualTo(CostEstimate.RateKind.GIVEN);
        // 701,884.42 chip-hours x 0.7 kW (TDP, no PUE given) = 491,319.1 kWh
        assertThat(c.energy().value()).isBetween(new BigDecimal("491319.0"), new BigDecimal("491319.2"));
    }

    @Test
    void calc_prints_a_cost_in_dollars_and_a_time_in_years_without_to() {
        Engine e = Engine.bundled();
        var dollars = e.calc("1e24 FLOP / (0.4 * h100-sxm5.bf16) * 2.49 USD/h");
        assertThat(dollars.value().unit().symbol()).isEqualTo("USD");
        assertThat(dollars.value().value()).isBetween(new BigDecimal("1747692.1"), new BigDecimal("1747692.3"));
        // 1e24 / 989.4e12 s = 1.0107e9 s = 32.03 years of 365.25 days
        var time = e.calc("1e24 FLOP / h100-sxm5.bf16");
        assertThat(time.value().unit().symbol()).isEqualTo("yr");
        assertThat(time.value().value()).isBetween(new BigDecimal("32.02"), new BigDecimal("32.03"));
        assertThat(e.calc("h100-sxm5.price / a100-sxm4-80gb.bf16").value().unit().symbol()).isEqualTo("USD/TFLOPS");
        assertThat(e.calc("3 * 2").value().unit().isOne()).isTrue();
    }

    @Test
    void a_claim_of_about_30000_dollars_holds_against_the_25000_to_30000_range(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("h100.yaml"), """
                publication: {title: A test, publisher: Test, date: 2024, language: en}
                claims:
                  - id: h100-about-30000
                    said: the H100 costs about $30,000
                    meaning: An H100 costs about $30,000.
                    check: {calc: h100-sxm5.price, claimed: 30000 USD, tolerance: 0%}
                    expected: holds
                  - id: h100-20000
                    said: the H100 costs $20,000
                    meaning: An H100 costs $20,000.
                    check: {calc: h100-sxm5.price, claimed: 20000 USD, tolerance: 5%}
                    expected: off
                """);
        List<Finding> f = Engine.bundled().verify(List.of(dir)).all();
        assertThat(f).extracting(Finding::verdict).containsExactly(Verdict.HOLDS, Verdict.OFF);
        // 20000 against the bottom of the range: (20000 - 25000) / 25000 = -0.2
        assertThat(f.get(1).offBy()).isEqualByComparingTo("-0.2");
        assertThat(Engine.bundled().calc("h100-sxm5.price").high()).isEqualTo(Quantity.parse("30000 USD"));
    }

    @Test
    void check_reads_a_price_file_names_a_missing_sheet_and_applies_the_price_rules(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("h100-sxm5.yaml"), PRICES.replace("prices-for: rent-a", "prices-for: h100-sxm9")
                .replace("2.00 USD/h", "0.01 USD/h"));
        var report = Engine.check(List.of(dir), java.time.LocalDate.of(2026, 12, 1));
        // line 1 names no sheet; line 6 is the first rate (0.01 below 0.05); the bundled h100-sxm5 is not replaced by the file's name
        assertThat(report.findings()).extracting(f -> f.location().line() + " " + f.rule())
                .containsExactlyInAnyOrder("1 " + RuleId.SCHEMA_UNKNOWN_PART, "6 " + RuleId.PRICE_IMPLAUSIBLE_RATE);
    }

    @Test
    void a_claim_names_the_price_it_means(@TempDir Path dir) throws IOException {
        Path specs = Files.createDirectories(dir.resolve("specs"));
        Files.writeString(specs.resolve("h100-rent.yaml"), PRICES.replace("prices-for: rent-a", "prices-for: h100-sxm5"));
        Path claims = Files.createDirectories(dir.resolve("claims-in"));
        Files.writeString(claims.resolve("rent.yaml"), """
                publication: {title: A test, publisher: Test, date: 2024, language: en}
                claims:
                  - id: h100-rents-for-3
                    said: an H100 rents for $3 an hour on demand
                    meaning: The latest on-demand rate for an H100 is $3.00 per chip-hour.
                    check: {calc: h100-sxm5.price, claimed: 3 USD/h, tolerance: 1%, price: "on-demand,provider=big cloud"}
                    expected: holds
                  - id: h100-cheapest-1
                    said: the cheapest H100 hour is a dollar
                    meaning: The lowest on-demand rate is $1.00 per chip-hour.
                    check: {calc: h100-sxm5.price, claimed: 1 USD/h, tolerance: 1%, price: "on-demand,provider=small cloud,lowest"}
                    expected: holds
                """);
        Engine e = Engine.load(new hwcalc.engine.Specs(true, List.of(specs)));
        List<Finding> f = e.verify(List.of(claims)).all();
        // Big Cloud's latest on-demand: 3.00 (2024-05-01); Small Cloud's lowest: 1.00 (the bundled Epoch rates are other providers')
        assertThat(f).extracting(Finding::verdict).containsExactly(Verdict.HOLDS, Verdict.HOLDS);
    }

    @Test
    void a_quote_of_a_rental_rate_names_provider_and_date_and_credits_the_data() {
        Engine e = Engine.of(catalogue(PURCHASE));
        Request r = Request.of(Precision.BF16, Sparsity.DENSE).withPrice(PriceSelector.parse("on-demand"), null);
        var q = e.quote("rent-a", Metric.USD_PER_CHIP_HOUR, false, null, r);
        String en = new hwcalc.report.QuoteWriter(hwcalc.report.QuoteLocale.EN, 3).text(q);
        // the latest on-demand observation: 3.00 USD/h, Big Cloud, 2024-05-01
        assertThat(en).contains("$3", "Big Cloud", "2024-05-01", "Test data CC BY 4.0", "https://example.org/r");
        String zh = new hwcalc.report.QuoteWriter(hwcalc.report.QuoteLocale.ZH_TW, 3).text(q);
        assertThat(zh).contains("3 美元", "Big Cloud", "Test data CC BY 4.0");
    }
}
