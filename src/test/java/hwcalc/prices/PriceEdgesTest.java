package hwcalc.prices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hwcalc.engine.Engine;
import hwcalc.metrics.CostEstimate;
import hwcalc.metrics.Costing;
import hwcalc.metrics.Ownership;
import hwcalc.metrics.PriceChoice;
import hwcalc.metrics.PriceSelector;
import hwcalc.metrics.Request;
import hwcalc.spec.Catalogue;
import hwcalc.spec.Precision;
import hwcalc.spec.Price;
import hwcalc.spec.SpecLoader;
import hwcalc.spec.Sparsity;
import hwcalc.units.InputException;
import hwcalc.units.Quantity;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edges of the price code: bounds at their limits, ties, medians' metadata, every cost path. */
class PriceEdgesTest {

    private static final String CHIP = "id: edge-a\nname: Edge A\nvendor: V\nkind: accelerator\n"
            + "throughput:\n  - {precision: bf16, sparsity: dense, core: tensor, value: 1000 TFLOPS, source: s}\n"
            + "power:\n  tdp: {value: 500 W, source: s}\n"
            + "sources:\n  s: {url: https://example.org/a, seen: 2026-11-28}\n"
            + "prices:\n  - {amount: 10000 USD, kind: list, date: 2024-01, scope: chip, source: s}\n";
    private static final String BOX = "id: edge-box\nname: Edge Box\nvendor: V\nkind: system\n"
            + "sources:\n  s: {url: https://example.org/b, seen: 2026-11-28}\n";

    private static String rental(String amount, String kind, String date, String provider, String credit) {
        return "prices-for: edge-a\n" + (credit == null ? "" : "credit: {text: " + credit + "}\n")
                + "sources:\n  r: {url: https://example.org/" + provider.replace(' ', '-') + ", seen: 2024-06-01}\nprices:\n"
                + "  - {amount: " + amount + ", kind: " + kind + ", date: " + date + ", scope: chip, provider: " + provider
                + ", provider-tier: neocloud, source: r}\n";
    }

    private static Catalogue catalogue(String... priceFiles) {
        List<SpecLoader.SpecFile> in = new java.util.ArrayList<>();
        in.add(new SpecLoader.SpecFile("edge-a.yaml", CHIP.getBytes(StandardCharsets.UTF_8)));
        in.add(new SpecLoader.SpecFile("edge-box.yaml", BOX.getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < priceFiles.length; i++) {
            in.add(new SpecLoader.SpecFile("p" + i + ".yaml", priceFiles[i].getBytes(StandardCharsets.UTF_8)));
        }
        SpecLoader.Loaded l = SpecLoader.load(in);
        return Catalogue.of(l.sheets()).withPrices(l.priceFiles());
    }

    private static List<Price> prices(Catalogue c) {
        return c.resolve("edge-a").prices();
    }

    @Test
    void latest_breaks_a_tie_of_dates_for_the_one_listed_last() {
        Catalogue c = catalogue(rental("1.00 USD/h", "on-demand", "2024-05-01", "First", null),
                rental("2.00 USD/h", "on-demand", "2024-05-01", "Second", null));
        assertThat(PriceChoice.choose(prices(c), PriceSelector.parse("on-demand")).orElseThrow().price().provider())
                .isEqualTo("Second");
        assertThat(PriceChoice.choose(prices(c), PriceSelector.parse("on-demand,lowest")).orElseThrow().price().provider())
                .isEqualTo("First");
    }

    @Test
    void a_median_keeps_a_provider_and_a_credit_only_when_all_share_them_and_cites_every_source() {
        Catalogue two = catalogue(rental("1.00 USD/h", "on-demand", "2024-02-01", "One", "C1"),
                rental("3.00 USD/h", "on-demand", "2024-03-01", "Two", "C2"));
        PriceChoice m = PriceChoice.choose(prices(two), PriceSelector.parse("on-demand,tier=neocloud,year=2024,median")).orElseThrow();
        assertThat(m.price().amount().value()).isEqualByComparingTo("2.00"); // (1.00 + 3.00) / 2
        assertThat(m.price().provider()).isNull();
        assertThat(m.price().credit()).isNull();
        assertThat(m.price().sources()).hasSize(2);
        Catalogue same = catalogue(rental("1.00 USD/h", "on-demand", "2024-02-01", "One", "C1"),
                rental("3.00 USD/h", "on-demand", "2024-03-01", "One", "C1"));
        PriceChoice s = PriceChoice.choose(prices(same), PriceSelector.parse("on-demand,provider=one,year=2024,median")).orElseThrow();
        assertThat(s.price().provider()).isEqualTo("One");
        assertThat(s.price().credit().text()).isEqualTo("C1");
    }

    @Test
    void a_purchase_median_needs_no_tier_and_a_key_value_pair_is_read_around_its_equals_sign() {
        assertThat(PriceSelector.parse("list,year=2024,median").statistic()).isEqualTo(PriceSelector.Statistic.MEDIAN);
        assertThat(PriceSelector.parse(" On-Demand , provider = Lambda ").provider()).isEqualTo("lambda");
        assertThatThrownBy(() -> PriceSelector.parse("provider=")).isInstanceOf(InputException.class);
        assertThatThrownBy(() -> PriceSelector.parse("on-demand,provider")).isInstanceOf(InputException.class);
        assertThat(PriceSelector.Statistic.MEDIAN.key()).isEqualTo("median");
    }

    @Test
    void a_rate_cost_uses_the_rental_chosen_an_owned_cost_counts_energy_and_a_tariff_prices_it() {
        Engine e = Engine.of(catalogue(rental("2.00 USD/h", "on-demand", "2024-05-01", "Cloud", "C")));
        Quantity budget = Quantity.parse("3.6e18 FLOP"); // 3.6e18 / 1e15 FLOP/s = 3600 s = 1 chip-hour at 100%
        Request rent = new Request(Precision.BF16, Sparsity.DENSE, null, null, null, new BigDecimal("0.10"), null, null,
                PriceSelector.parse("on-demand"), new Ownership(null, null, new BigDecimal("0.10")));
        CostEstimate r = e.cost("edge-a", new Costing.Ask(budget, Precision.BF16, Sparsity.DENSE, null, 2, null, null, rent));
        assertThat(r.rateKind()).isEqualTo(CostEstimate.RateKind.RENTAL);
        assertThat(r.chipHours().value()).isEqualByComparingTo("1");
        assertThat(r.wallTime().value()).isEqualByComparingTo("0.5"); // 1 chip-hour on 2 chips
        assertThat(r.cost().value()).isEqualByComparingTo("2.00");
        assertThat(r.utilisationGiven()).isFalse();
        assertThat(r.utilisation()).isEqualByComparingTo("1");
        // energy: 1 h x 0.5 kW x PUE 1 (none given) = 0.5 kWh; x 0.10 = 0.05 USD
        assertThat(r.energy().value()).isEqualByComparingTo("0.5");
        assertThat(r.energyCost().value()).isEqualByComparingTo("0.05");
        assertThat(r.observations()).hasSize(1);

        Request own = rent.withPrice(PriceSelector.parse("owned"), new Ownership(null, new BigDecimal("2"), new BigDecimal("0.10")));
        CostEstimate o = e.cost("edge-a", new Costing.Ask(budget, Precision.BF16, Sparsity.DENSE, null, 1, null, null, own));
        assertThat(o.rateKind()).isEqualTo(CostEstimate.RateKind.OWNED);
        // 10000 x 0.14 x ln 10 / 8760 = 0.36799...; energy 0.5 kW x 2 x 0.10 = 0.10 -> 0.46799 per chip-hour
        assertThat(o.rate().value()).isBetween(new BigDecimal("0.46799"), new BigDecimal("0.46800"));
        assertThat(o.energy().value()).isEqualByComparingTo("1.0"); // 1 h x 0.5 kW x PUE 2
        assertThat(o.pue()).isEqualByComparingTo("2");
        assertThat(o.caveats()).noneMatch(hwcalc.metrics.Caveat.EnergyNotCounted.class::isInstance);

        Request hardwareOnly = rent.withPrice(PriceSelector.parse("owned"), Ownership.DEFAULT);
        CostEstimate h = e.cost("edge-a", new Costing.Ask(budget, Precision.BF16, Sparsity.DENSE, null, 1, null, null, hardwareOnly));
        assertThat(h.caveats()).anyMatch(hwcalc.metrics.Caveat.EnergyNotCounted.class::isInstance);
    }

    @Test
    void a_cost_is_refused_without_a_rate_for_a_rate_that_is_missing_for_a_missing_peak_or_chip_count() {
        Engine e = Engine.of(catalogue());
        Quantity budget = Quantity.parse("1e18 FLOP");
        Request plain = Request.of(Precision.BF16, Sparsity.DENSE);
        assertThatThrownBy(() -> e.cost("edge-a", new Costing.Ask(budget, Precision.BF16, Sparsity.DENSE, null, 1, null, null,
                plain))).isInstanceOf(InputException.class).hasMessageContaining("--rate");
        Request spot = plain.withPrice(PriceSelector.parse("spot"), null);
        assertThatThrownBy(() -> e.cost("edge-a", new Costing.Ask(budget, Precision.BF16, Sparsity.DENSE, null, 1, null, null,
                spot))).isInstanceOfSatisfying(Costing.UnavailableCostException.class, x -> {
                    assertThat(x.sheetId()).isEqualTo("edge-a");
                    assertThat(x.why().reason()).isEqualTo(hwcalc.metrics.Unavailable.Reason.NO_MATCHING_PRICE);
                });
        assertThatThrownBy(() -> e.cost("edge-a", new Costing.Ask(budget, Precision.FP64, Sparsity.DENSE, null, 1, null,
                Quantity.parse("1 USD/h"), plain))).isInstanceOf(InputException.class).hasMessageContaining("fp64");
        assertThatThrownBy(() -> e.cost("edge-box", new Costing.Ask(budget, Precision.BF16, Sparsity.DENSE, null, 1, null,
                Quantity.parse("1 USD/h"), plain))).isInstanceOf(InputException.class);
    }

    @Test
    void rates_at_the_plausible_bounds_pass_and_a_discount_equal_to_on_demand_is_no_finding(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws java.io.IOException {
        String file = "prices-for: h100-sxm5\nsources:\n  r: {url: https://example.org/r, seen: 2024-06-01}\nprices:\n"
                + "  - {amount: 0.05 USD/h, kind: on-demand, date: 2024-01-01, scope: chip, provider: A, provider-tier: neocloud, source: r}\n"
                + "  - {amount: 100 USD/h, kind: on-demand, date: 2024-01-02, scope: chip, provider: B, provider-tier: neocloud, source: r}\n"
                + "  - {amount: 100 USD/h, kind: commit-1y, date: 2024-01-02, scope: chip, provider: B, provider-tier: neocloud, source: r}\n"
                + "  - {amount: 0.049 USD/h, kind: spot, date: 2024-01-03, scope: chip, provider: C, provider-tier: marketplace, source: r}\n"
                + "  - {amount: 100.01 USD/h, kind: on-demand, date: 2024-01-04, scope: system, chips: 8, provider: D, provider-tier: neocloud, source: r}\n"
                + "  - {amount: 0.10 USD/min, kind: spot, date: 2024-01-01, scope: chip, provider: A, provider-tier: neocloud, source: r}\n";
        java.nio.file.Files.writeString(dir.resolve("rates.yaml"), file);
        var report = Engine.check(List.of(dir), java.time.LocalDate.of(2026, 12, 1));
        // 0.05 and 100 are at the bounds (pass); 0.049 and 100.01 are past them; 100 committed = 100 on-demand is no discount
        // violation; 0.10 USD/min = 6 USD/h is above A's 0.05 USD/h on-demand on the same day
        assertThat(report.findings()).extracting(f -> f.location().line() + " " + f.rule().id())
                .containsExactlyInAnyOrder("8 price.implausible-rate", "9 price.implausible-rate",
                        "10 price.discount-above-on-demand");
    }

    @Test
    void calc_shows_a_time_in_the_largest_unit_it_reaches_one_of() {
        Engine e = Engine.bundled();
        assertThat(e.calc("3600 s * 1").value()).isEqualTo(Quantity.parse("1 h")); // exactly 1 h: hours, not minutes
        assertThat(e.calc("59 s * 1").value().unit().symbol()).isEqualTo("s");
        assertThat(e.calc("0.5 s * 1").value().unit().symbol()).isEqualTo("s"); // below a second: still seconds
        assertThat(e.calc("2 W * 3 h").value().unit().symbol()).isEqualTo("W*h"); // two named units: as written
        // a product of three named units of energy becomes kWh
        assertThat(e.calc("1000 J/s * 1 h").value()).isEqualTo(Quantity.parse("1 kWh")); // J/s*h, three units: 3.6e6 J
        assertThat(e.calc("2 GB/s * 1 s / 1 s * 1").value().unit().symbol()).isEqualTo("GB/s");
    }

    @Test
    void utilisation_reads_a_fraction_or_a_percentage_and_pue_is_one_to_three() {
        var u = new hwcalc.cli.options.Bounded.Utilisation();
        assertThat(u.convert("40%")).isEqualByComparingTo("0.4");
        assertThat(u.convert("0.4")).isEqualByComparingTo("0.4");
        assertThat(u.convert("100%")).isEqualByComparingTo("1");
        for (String bad : List.of("0%", "101%", "1.5", "0", "%")) {
            assertThatThrownBy(() -> u.convert(bad)).as(bad).isInstanceOf(picocli.CommandLine.TypeConversionException.class);
        }
        var pue = new hwcalc.cli.options.Bounded.Pue();
        assertThat(pue.convert("1")).isEqualByComparingTo("1");
        assertThat(pue.convert("3")).isEqualByComparingTo("3");
        for (String bad : List.of("0.99", "3.01")) {
            assertThatThrownBy(() -> pue.convert(bad)).as(bad).isInstanceOf(picocli.CommandLine.TypeConversionException.class);
        }
    }
}
