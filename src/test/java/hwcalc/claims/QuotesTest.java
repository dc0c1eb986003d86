package hwcalc.claims;

import hwcalc.metrics.Caveat;
import hwcalc.metrics.PeakBasis;
import hwcalc.metrics.Unavailable;
import hwcalc.spec.Core;
import hwcalc.spec.Precision;
import hwcalc.spec.Sparsity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hwcalc.metrics.Cpi;
import hwcalc.metrics.Metric;
import hwcalc.metrics.Metrics;
import hwcalc.metrics.Peaks;
import hwcalc.metrics.Request;
import hwcalc.spec.Catalogue;
import hwcalc.spec.Precision;
import hwcalc.spec.Sparsity;
import hwcalc.spec.SpecLoader;
import hwcalc.units.Quantity;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The facts behind a quote, on the test sheets (DGX-1: $129,000 in 2016, 170 TFLOPS FP16, 3200 W, 128 GB). */
class QuotesTest {

    private static final Catalogue C = ClaimFixtures.catalogue();
    private static final Quotes QUOTES = new Quotes(new Metrics(new Peaks(C), Cpi.bundled()), C);
    private static final Request FP16 = Request.of(Precision.FP16, Sparsity.DENSE);
    private static final String WIKI = "https://en.wikipedia.org/wiki/Nvidia_DGX";
    private static final String DSA = "https://www.datascienceassn.org/content/dgx-1-hyperscale-class-gpu-computing";
    private static final String TOMS = "https://www.tomshardware.fr/?p=233173";
    private static final String HWSETUP = "https://hwsetup.it/news/reader.php?objid=24077";
    private static final String GK = "https://glennklockwood.com/garden/processors/h100";

    private static Quote quote(String id, Metric m, boolean speedup, String other, Request r) {
        return QUOTES.quote(C.resolve(id), m, speedup, other == null ? null : C.resolve(other), r);
    }

    @Test
    void a_single_metric_has_no_ratio_and_no_other_side() {
        Quote q = quote("dgx-1", Metric.PEAK, false, null, FP16);
        assertThat(q.value().value()).hasToString("170 TFLOPS");
        assertThat(q.isComparison()).isFalse();
        assertThat(q.otherValue()).isNull();
        assertThat(q.ratio()).isNull();
        assertThat(q.metric()).isEqualTo(Metric.PEAK);
        // a peak needs neither power, memory nor bandwidth, and no price is adjusted
        assertThat(q.power()).isNull();
        assertThat(q.memory()).isNull();
        assertThat(q.bandwidth()).isNull();
        assertThat(q.adjustedPrice()).isNull();
        assertThat(q.citations()).containsExactly(new Quote.Citation(WIKI, "Nvidia DGX", "Wikipedia"),
                new Quote.Citation(DSA, "DGX-1: hyperscale-class GPU computing", "Data Science Association"));
    }

    @Test
    void a_speedup_is_the_ratio_of_peaks_whatever_metric_was_asked() {
        Quote q = quote("dgx-h100", Metric.USD_PER_TFLOPS, true, "dgx-1", FP16);
        assertThat(q.metric()).isEqualTo(Metric.PEAK);
        assertThat(q.isComparison()).isTrue();
        assertThat(q.speedup()).isTrue();
        // 8 x 989.4 = 7915.2 TFLOPS (tensor) against 170 TFLOPS (vector): 7915.2 / 170 = 46.56
        assertThat(q.value().value().value()).isEqualByComparingTo("7915.2");
        assertThat(q.otherValue().value().value()).isEqualByComparingTo("170");
        assertThat(q.ratio()).isEqualByComparingTo("46.56");
        // the DGX-1's "no tensor-unit figure" note is both a comparison warning and a note: listed once
        assertThat(q.warnings()).doesNotHaveDuplicates()
                .anyMatch(Caveat.CoresMixed.class::isInstance)
                .anyMatch(w -> w instanceof Caveat.HeadlineOnOtherBasis h && h.sheetId().equals("dgx-h100")
                        && h.precision() == Precision.FP8 && h.sparsity() == Sparsity.SPARSE)
                .contains(new Caveat.VectorRateUsed("nvidia-dgx-1", Precision.FP16));
        // the H100 figures come from the part's sheet, whose source has neither title nor publisher
        assertThat(q.citations()).containsExactly(new Quote.Citation(GK, null, null),
                new Quote.Citation(WIKI, "Nvidia DGX", "Wikipedia"),
                new Quote.Citation(DSA, "DGX-1: hyperscale-class GPU computing", "Data Science Association"));
    }

    @Test
    void a_speedup_needs_a_second_sheet() {
        assertThatThrownBy(() -> quote("dgx-1", Metric.PEAK, true, null, FP16))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("speedup compares two sheets: add --vs ID");
    }

    @Test
    void an_unavailable_metric_on_either_side_is_an_error_naming_why() {
        for (String other : new String[] {null, "dual-xeon-e5-2698-v3-server"}) {
            String subject = other == null ? "dual-xeon-e5-2698-v3-server" : "dgx-1";
            assertThatThrownBy(() -> quote(subject, Metric.USD_PER_TFLOPS, false, other, FP16))
                    .isInstanceOfSatisfying(UnavailableQuoteException.class, e -> {
                        assertThat(e.metric()).isEqualTo(Metric.USD_PER_TFLOPS);
                        assertThat(e.sheetId()).isEqualTo("dual-xeon-e5-2698-v3-server");
                        assertThat(e.reason()).isEqualTo(Unavailable.of(Unavailable.Reason.NO_PRICE));
                    });
        }
    }

    @Test
    void flops_per_watt_and_energy_cost_carry_the_power() {
        // 170 TFLOPS / 3200 W = 170000 GFLOPS / 3200 W = 53.125 GFLOPS/W
        Quote q = quote("dgx-1", Metric.FLOPS_PER_WATT, false, null, FP16);
        assertThat(q.value().value().value()).isEqualByComparingTo("53.125");
        assertThat(q.power()).hasToString("3200 W");
        assertThat(q.memory()).isNull();
        assertThat(q.bandwidth()).isNull();
        Request energy = new Request(Precision.FP16, Sparsity.DENSE, null, null, BigDecimal.ONE, new BigDecimal("0.1"), null, null);
        assertThat(quote("dgx-1", Metric.ENERGY_COST, false, null, energy).power()).hasToString("3200 W");
    }

    @Test
    void a_power_summed_from_parts_is_noted_once() {
        // the DGX H100 sheet has no power: 8 x 700 W = 5600 W from its H100s
        Quote q = quote("dgx-h100", Metric.FLOPS_PER_WATT, false, null, FP16);
        assertThat(q.power()).hasToString("5600 W");
        assertThat(q.warnings()).doesNotHaveDuplicates()
                .containsOnlyOnce(new Caveat.SumOfParts("dgx-h100", Caveat.Field.POWER, "8 x 700 W (h100-sxm5)"));
    }

    @Test
    void usd_per_gb_carries_the_memory_and_the_inflation_adjusted_price() {
        Quote q = quote("dgx-1", Metric.USD_PER_GB, false, null, FP16.withAdjustTo(2024));
        assertThat(q.memory()).hasToString("128 GB");
        assertThat(q.power()).isNull();
        assertThat(q.bandwidth()).isNull();
        // 129000 x CPI-U 2024 / CPI-U 2016 = 129000 x 313.689 / 240.007 = 168602.91991...
        assertThat(q.adjustedPrice().unit().symbol()).isEqualTo("USD");
        assertThat(q.adjustedPrice().value()).isBetween(new BigDecimal("168602.9199"), new BigDecimal("168602.9200"));
        // the price's source, the memory figure's source (the fixture's 128 GB cites the Wikipedia page), then BLS
        assertThat(q.citations()).containsExactly(new Quote.Citation(TOMS, null, "Tom's Hardware France"),
                new Quote.Citation(WIKI, "Nvidia DGX", "Wikipedia"),
                new Quote.Citation(Cpi.SOURCE_URL, "Consumer Price Index for All Urban Consumers (CPI-U), series CUUR0000SA0",
                        "U.S. Bureau of Labor Statistics"));
    }

    @Test
    void without_a_year_to_adjust_to_the_price_is_as_quoted_and_bls_is_not_cited() {
        Quote q = quote("dgx-1", Metric.USD_PER_GB, false, null, FP16);
        assertThat(q.adjustedPrice()).isNull();
        assertThat(q.citations()).containsExactly(new Quote.Citation(TOMS, null, "Tom's Hardware France"),
                new Quote.Citation(WIKI, "Nvidia DGX", "Wikipedia"));
    }

    @Test
    void a_metric_without_a_price_adjusts_nothing_and_cites_no_cpi() {
        Quote q = quote("dgx-1", Metric.PEAK, false, null, FP16.withAdjustTo(2024));
        assertThat(q.adjustedPrice()).isNull();
        assertThat(q.citations()).extracting(Quote.Citation::url).containsExactly(WIKI, DSA);
    }

    @Test
    void bytes_per_flop_and_ridge_point_carry_the_bandwidth() {
        // 732 GB/s / 21.2 TFLOPS = 732 / 21200 = 0.034528 B/FLOP; 21200 / 732 = 28.9617 FLOP/B
        Quote b = quote("tesla-p100-sxm2", Metric.BYTES_PER_FLOP, false, null, FP16);
        assertThat(b.bandwidth()).hasToString("732 GB/s");
        assertThat(b.value().value().value()).isBetween(new BigDecimal("0.034528"), new BigDecimal("0.034529"));
        assertThat(b.power()).isNull();
        assertThat(b.memory()).isNull();
        Quote r = quote("tesla-p100-sxm2", Metric.RIDGE_POINT, false, null, FP16);
        assertThat(r.bandwidth()).hasToString("732 GB/s");
        assertThat(r.value().value().value()).isBetween(new BigDecimal("28.9617"), new BigDecimal("28.9618"));
    }

    @Test
    void a_figure_summed_from_parts_cites_the_part_sheet_source_with_its_publisher() {
        // the DGX-1 has no FP64 figure: 8 x 5.3 TFLOPS = 42.4 TFLOPS from its P100s, sourced on the P100 sheet
        Quote q = quote("dgx-1", Metric.PEAK, false, null, Request.of(Precision.FP64, Sparsity.DENSE));
        assertThat(q.value().value().value()).isEqualByComparingTo("42.4");
        assertThat(q.citations()).containsExactly(new Quote.Citation(HWSETUP, null, "hwsetup.it"));
    }

    @Test
    void a_source_with_only_a_title_is_cited_with_its_title() {
        String yaml = """
                id: acc-t
                name: Accelerator T
                vendor: V
                kind: accelerator
                sources:
                  t: {url: https://example.org/t, title: Only a title, seen: 2026-11-28}
                throughput:
                  - {precision: fp16, value: 10 TFLOPS, sparsity: dense, core: vector, source: t}
                """;
        Catalogue c = Catalogue.of(SpecLoader.readAll(List.of(new SpecLoader.SpecFile("acc-t.yaml", yaml.getBytes(StandardCharsets.UTF_8)))));
        Quote q = new Quotes(new Metrics(new Peaks(c), Cpi.bundled()), c).quote(c.resolve("acc-t"), Metric.PEAK, false, null, FP16);
        assertThat(q.value().value()).isEqualTo(Quantity.parse("10 TFLOPS"));
        assertThat(q.citations()).containsExactly(new Quote.Citation("https://example.org/t", "Only a title", null));
    }

    @Test
    void a_sheet_against_itself_is_one_with_its_notes_once() {
        Quote q = quote("dgx-1", Metric.PEAK, false, "dgx-1", FP16);
        assertThat(q.ratio()).isEqualByComparingTo("1");
        assertThat(q.warnings()).containsOnlyOnce(new Caveat.VectorRateUsed("nvidia-dgx-1", Precision.FP16));
    }

    @Test
    void a_users_cpi_series_is_cited_as_its_file_not_as_the_bls(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path f = dir.resolve("cpi.csv");
        java.nio.file.Files.writeString(f, "2016,100\n2017,102\n2018,105\n");
        Quotes mine = new Quotes(new Metrics(new Peaks(C), Cpi.read(f)), C);
        Quote q = mine.quote(C.resolve("dgx-1"), Metric.PRICE, false, null, FP16.withAdjustTo(2018));
        // 129000 x 105 / 100 = 135450
        assertThat(q.adjustedPrice().value()).isEqualByComparingTo("135450");
        String file = f.toString().replace('\\', '/');
        assertThat(q.citations()).contains(new Quote.Citation(file, "Consumer price index series given with --cpi", null))
                .noneMatch(c -> c.url().equals(Cpi.SOURCE_URL));
    }
}
