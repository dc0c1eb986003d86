package hwcalc.metrics;

import hwcalc.metrics.Caveat;
import hwcalc.metrics.PeakBasis;
import hwcalc.metrics.Unavailable;
import hwcalc.spec.Core;
import hwcalc.spec.Precision;
import hwcalc.spec.Sparsity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hwcalc.Fixtures;
import hwcalc.spec.Catalogue;
import hwcalc.spec.Core;
import hwcalc.spec.PriceKind;
import hwcalc.spec.PriceScope;
import hwcalc.spec.Precision;
import hwcalc.spec.SpecLoader;
import hwcalc.spec.SpecSheet;
import hwcalc.spec.Sparsity;
import hwcalc.units.Quantity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unavailable metrics, arithmetic and warning texts, ties and derived peaks, over the fixtures plus a few sheets written here. */
class MetricsDetailTest {
    private static final String SOURCES = "sources:\n  s: {url: https://example.org/x, seen: 2026-11-28}\n";

    @TempDir
    static Path extra;

    private static Catalogue catalogue;

    private static Catalogue cat() {
        if (catalogue == null) {
            sheet("chip-d", "accelerator", """
                    throughput:
                      - {precision: fp16, value: 50 TFLOPS, sparsity: dense, core: tensor, source: s}
                    prices:
                      - {amount: 2000 USD, kind: list, date: 2025-03, scope: chip, source: s}
                    derivation:
                      units: 100
                      units_source: s
                      boost_clock: {value: 1 GHz, source: s}
                      flop_per_clock: {int8: 8}
                    """);
            sheet("rack-r", "system", "parts:\n  - {id: box-b, count: 2}\n");
            sheet("rack-s", "system", "parts:\n  - {id: server-c, count: 2}\n");
            sheet("tie-h", "accelerator", """
                    throughput:
                      - {precision: fp16, value: 100 TFLOPS, sparsity: dense, core: tensor, source: s}
                      - {precision: fp8, value: 100 TFLOPS, sparsity: dense, core: tensor, source: s}
                    """);
            sheet("near-a", "accelerator", """
                    throughput:
                      - {precision: fp16, value: 1 TFLOPS, sparsity: dense, core: tensor, source: s}
                    prices:
                      - {amount: 1000.00000000000000000001 USD, kind: list, date: 2024, scope: chip, source: s}
                    """);
            sheet("near-b", "accelerator", """
                    throughput:
                      - {precision: fp16, value: 1.00000000000000000001 TFLOPS, sparsity: dense, core: tensor, source: s}
                    prices:
                      - {amount: 1000 USD, kind: list, date: 2024, scope: chip, source: s}
                    """);
            // one source per figure, so a test can see which figures a metric cites
            write("cite-p", """
                    id: cite-p
                    name: cite-p
                    vendor: Acme
                    kind: accelerator
                    sources:
                      peak: {url: https://example.org/peak, seen: 2026-11-29}
                      mem: {url: https://example.org/mem, seen: 2026-11-29}
                      bw: {url: https://example.org/bw, seen: 2026-11-29}
                      watt: {url: https://example.org/watt, seen: 2026-11-29}
                    throughput:
                      - {precision: fp16, value: 100 TFLOPS, sparsity: dense, core: tensor, source: peak}
                    memory:
                      capacity: {value: 80 GB, source: mem}
                      bandwidth: {value: 2 TB/s, source: bw}
                    power:
                      tdp: {value: 400 W, source: watt}
                    """);
            write("cite-s", """
                    id: cite-s
                    name: cite-s
                    vendor: Acme
                    kind: system
                    sources:
                      price: {url: https://example.org/price, seen: 2026-11-29}
                    prices:
                      - {amount: 100000 USD, kind: list, date: 2024, scope: system, source: price}
                    parts:
                      - {id: cite-p, count: 4}
                    """);
            sheet("tie-z", "accelerator", "throughput:\n  - {precision: fp16, value: 5 TFLOPS, sparsity: dense, core: tensor, source: s}\n");
            sheet("tie-a", "accelerator", "throughput:\n  - {precision: fp16, value: 5 TFLOPS, sparsity: dense, core: tensor, source: s}\n");
            List<SpecSheet> base = new ArrayList<>(SpecLoader.readAll(SpecLoader.folderFiles(Fixtures.dir("basic"), "basic")));
            base.addAll(SpecLoader.readAll(SpecLoader.folderFiles(Fixtures.dir("mixed"), "mixed")));
            catalogue = Catalogue.of(base, SpecLoader.readAll(SpecLoader.folderFiles(extra, "extra")));
        }
        return catalogue;
    }

    private static void sheet(String id, String kind, String body) {
        write(id, "id: " + id + "\nname: " + id + "\nvendor: Acme\nkind: " + kind + "\n" + SOURCES + body);
    }

    private static void write(String id, String text) {
        try {
            Files.writeString(extra.resolve(id + ".yaml"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final Peaks peaks = new Peaks(cat());
    private final Metrics metrics = new Metrics(peaks, Cpi.bundled());
    private final Request fp16 = Request.of(Precision.FP16, Sparsity.DENSE);

    private SpecSheet s(String id) {
        return cat().resolve(id);
    }

    private MetricValue compute(String id, Metric m, Request r) {
        return metrics.compute(s(id), m, r);
    }

    @Test
    void metrics_without_their_figure_say_which_is_missing() {
        Request bf16 = Request.of(Precision.BF16, Sparsity.DENSE);
        // tpu-b has a BF16 peak but no power, bandwidth or memory; chip-d has a USD price but no memory
        assertThat(compute("tpu-b", Metric.FLOPS_PER_WATT, bf16).missing().reason()).isEqualTo(Unavailable.Reason.NO_POWER);
        assertThat(compute("tpu-b", Metric.BYTES_PER_FLOP, bf16).missing().reason()).isEqualTo(Unavailable.Reason.NO_MEMORY_BANDWIDTH);
        assertThat(compute("tpu-b", Metric.RIDGE_POINT, bf16).isAvailable()).isFalse();
        assertThat(compute("chip-d", Metric.USD_PER_GB, fp16).missing().reason()).isEqualTo(Unavailable.Reason.NO_MEMORY_CAPACITY);
        Request energy = new Request(Precision.BF16, Sparsity.DENSE, null, null, BigDecimal.ONE, new BigDecimal("0.10"), null, null);
        assertThat(compute("tpu-b", Metric.ENERGY_COST, energy).missing().reason()).isEqualTo(Unavailable.Reason.NO_POWER);
        assertThat(compute("chip-a", Metric.TIME_TO_COMPUTE, fp16).missing().reason()).isEqualTo(Unavailable.Reason.NEEDS_FLOP_BUDGET);
        assertThat(compute("server-c", Metric.PRICE, fp16).missing().reason()).isEqualTo(Unavailable.Reason.NO_PRICE);
    }

    @Test
    void usd_per_gb_uses_the_capacity_of_the_parts() {
        // box-b: 8 x 16 GB = 128 GB; 129000 / 128 = 1007.8125 USD/GB
        MetricValue v = compute("box-b", Metric.USD_PER_GB, fp16);
        assertThat(v.value().value()).isEqualByComparingTo("1007.8125");
        assertThat(v.arithmetic()).isEqualTo("129000 USD / 128 GB");
        assertThat(v.caveats()).containsExactly(new Caveat.SumOfParts("box-b", Caveat.Field.MEMORY_CAPACITY, "8 x 16 GB (chip-a)"));
    }

    @Test
    void capacity_sums_nested_parts_and_needs_every_part() {
        // rack-r = 2 x box-b, box-b = 8 x chip-a of 16 GB: 2 x 128 GB = 256 GB
        List<Caveat> notes = new ArrayList<>();
        assertThat(metrics.capacity(s("rack-r"), notes)).isEqualTo(Quantity.parse("256 GB"));
        assertThat(notes).containsExactly(new Caveat.SumOfParts("rack-r", Caveat.Field.MEMORY_CAPACITY, "2 x 128 GB (box-b)"));
        // rack-s = 2 x server-c = 2 x 2 x cpu-c, which has no memory figure
        List<Caveat> none = new ArrayList<>();
        assertThat(metrics.capacity(s("rack-s"), none)).isNull();
        assertThat(none).isEmpty();
    }

    @Test
    void peak_and_price_arithmetic_texts() {
        assertThat(compute("chip-a", Metric.PEAK, fp16).arithmetic()).isEqualTo("21.2 TFLOPS (FP16 dense, vector, declared)");
        // 8 x 10.6 = 84.8
        assertThat(compute("box-b", Metric.PEAK, fp16.withPrecision(Precision.FP32)).arithmetic())
                .isEqualTo("84.8 TFLOPS (FP32 dense, vector, sum of parts: 8 x 10.6 TFLOPS (chip-a))");
        assertThat(compute("box-b", Metric.PRICE, fp16).arithmetic()).isEqualTo("129000 USD (list price, 2016-04, per system)");
        assertThat(compute("box-b", Metric.PRICE, fp16.withAdjustTo(2024)).arithmetic())
                .isEqualTo("129000 USD (list price, 2016-04, per system) x CPI-U 2024 / CPI-U 2016");
    }

    @Test
    void provisional_cpi_years_are_noted_either_way() {
        assertThat(compute("box-b", Metric.PRICE, fp16.withAdjustTo(2025)).caveats()).containsExactly(new Caveat.ProvisionalCpi(2025));
        // chip-d's price is in 2025 dollars: 2000 x 313.689 / 321.943 = 1948.72
        MetricValue back = compute("chip-d", Metric.PRICE, fp16.withAdjustTo(2024));
        assertThat(back.caveats()).containsExactly(new Caveat.ProvisionalCpi(2025));
        assertThat(back.value().value()).isBetween(new BigDecimal("1948.72"), new BigDecimal("1948.73"));
        assertThat(compute("box-b", Metric.PRICE, fp16.withAdjustTo(2024)).caveats()).isEmpty();
    }

    @Test
    void vector_rate_note_only_when_no_core_was_asked_for() {
        Caveat note = new Caveat.VectorRateUsed("chip-a", Precision.FP16);
        assertThat(compute("chip-a", Metric.PEAK, fp16).caveats()).containsExactly(note);
        Request vector = new Request(Precision.FP16, Sparsity.DENSE, Core.VECTOR, null, null, null, null, null);
        assertThat(compute("chip-a", Metric.PEAK, vector).caveats()).isEmpty();
        assertThat(compute("gpu-t", Metric.PEAK, fp16).caveats()).isEmpty();
        // chip-d's INT8 is derived for the vector units; integer rates get no tensor note
        MetricValue int8 = compute("chip-d", Metric.PEAK, Request.of(Precision.INT8, Sparsity.DENSE));
        assertThat(int8.caveats()).isEmpty();
        // 100 units x 8 OP/clock x 1 GHz = 0.8 TOPS
        assertThat(int8.value()).isEqualTo(Quantity.parse("0.8 TOPS"));
        assertThat(int8.peak().arithmetic()).isEqualTo("100 units x 8 OP/clock x 1 GHz (boost)");
    }

    @Test
    void first_principles_names_the_base_clock() {
        // cpu-c: 16 x 32 x 2.3 GHz = 1177.6 GFLOPS = 1.1776 TFLOPS
        Peak p = peaks.firstPrinciples(s("cpu-c"), Precision.FP32, Sparsity.DENSE, Core.VECTOR).orElseThrow();
        assertThat(p.value().value()).isEqualByComparingTo("1.1776");
        assertThat(p.arithmetic()).isEqualTo("16 units x 32 FLOP/clock x 2.3 GHz (base)");
        assertThat(p.tags()).isEqualTo("FP32 dense, vector");
        assertThat(p.basis().label()).isEqualTo("units x FLOP/clock x clock");
    }

    @Test
    void all_lists_declared_peaks_then_derived_ones_not_declared() {
        assertThat(peaks.catalogue()).isSameAs(cat());
        // chip-a declares FP16 and FP32; FP64 = 3584 x 1 x 1.48 GHz = 5.30432 TFLOPS
        assertThat(peaks.all(s("chip-a"))).extracting(p -> p.precision() + " " + p.basis() + " " + p.value())
                .containsExactly("FP16 DECLARED 21.2 TFLOPS", "FP32 DECLARED 10.6 TFLOPS", "FP64 FIRST_PRINCIPLES 5.30432 TFLOPS");
        // box-b declares FP16; FP64 = 8 x 5.30432 = 42.43456, FP32 = 8 x 10.6 = 84.8
        assertThat(peaks.all(s("box-b"))).extracting(p -> p.precision() + " " + p.basis() + " " + p.value())
                .containsExactly("FP16 DECLARED 170 TFLOPS", "FP64 SUM_OF_PARTS 42.43456 TFLOPS", "FP32 SUM_OF_PARTS 84.8 TFLOPS");
    }

    @Test
    void ranking_breaks_ties_exactly_then_by_id() {
        Ranking same = Ranking.of(metrics, List.of(s("tie-z"), s("tie-a")), Metric.PEAK, fp16, 0);
        assertThat(same.ranked()).extracting(v -> v.sheet().id()).containsExactly("tie-a", "tie-z");
        // 1 and 1.00000000000000000001 are one double; the exact values still order them
        Ranking peak = Ranking.of(metrics, List.of(s("near-a"), s("near-b")), Metric.PEAK, fp16, 0);
        assertThat(peak.ranked()).extracting(v -> v.sheet().id()).containsExactly("near-b", "near-a");
        Ranking price = Ranking.of(metrics, List.of(s("near-a"), s("near-b")), Metric.PRICE, fp16, 0);
        assertThat(price.ranked()).extracting(v -> v.sheet().id()).containsExactly("near-b", "near-a");
    }

    @Test
    void ranking_skips_fallbacks_with_a_reason_and_keeps_other_reasons() {
        // server-c only has FP32 (a fallback); tpu-b has no power. 170 / 2400 W = 70.83 beats 21.2 / 300 W = 70.67 GFLOPS/W
        Ranking r = Ranking.of(metrics, List.of(s("server-c"), s("tpu-b"), s("chip-a"), s("box-b")), Metric.FLOPS_PER_WATT, fp16, 1);
        assertThat(r.ranked()).extracting(v -> v.sheet().id()).containsExactly("box-b");
        assertThat(r.skipped()).extracting(v -> v.missing().reason())
                .containsExactly(Unavailable.Reason.ONLY_FALLBACK, Unavailable.Reason.NO_POWER);
    }

    @Test
    void a_single_sheet_has_nothing_to_warn_about() {
        Comparison c = Comparison.of(metrics, List.of(s("box-b")), fp16, List.of(Metric.PEAK, Metric.PRICE));
        assertThat(c.warnings()).isEmpty();
        assertThat(c.likeForLike()).isEmpty();
    }

    @Test
    void comparison_warning_texts() {
        Comparison c = Comparison.of(metrics, List.of(s("box-b"), s("box-t")), fp16, List.of(Metric.PEAK, Metric.PRICE));
        assertThat(c.warnings()).contains(
                new Caveat.CoresMixed(List.of(new Caveat.SheetCore("box-b", Core.VECTOR), new Caveat.SheetCore("box-t", Core.TENSOR))),
                new Caveat.PriceKindsDiffer(List.of(new Caveat.SheetKind("box-b", PriceKind.LIST),
                        new Caveat.SheetKind("box-t", PriceKind.ESTIMATE))),
                new Caveat.PriceYearsDiffer(List.of(new Caveat.SheetYear("box-b", 2016), new Caveat.SheetYear("box-t", 2023))));
        Comparison scope = Comparison.of(metrics, List.of(s("box-b"), s("chip-a")), fp16.withAdjustTo(2025), List.of(Metric.PRICE));
        assertThat(scope.warnings()).containsExactly(new Caveat.ProvisionalCpi(2025),
                new Caveat.PriceScopesDiffer(List.of(new Caveat.SheetScope("box-b", PriceScope.SYSTEM),
                        new Caveat.SheetScope("chip-a", PriceScope.CHIP))));
    }

    @Test
    void like_for_like_uses_only_figures_that_are_not_fallbacks() {
        // server-c falls back to FP32 (2.3552); box-b has FP16 and FP32 (84.8). 2.3552 / 84.8 = 0.02777
        Comparison c = Comparison.of(metrics, List.of(s("box-b"), s("server-c")), fp16, List.of(Metric.PEAK));
        assertThat(c.likeForLike()).singleElement().satisfies(l -> {
            assertThat(l.sheetId()).isEqualTo("server-c");
            assertThat(l.baseId()).isEqualTo("box-b");
            assertThat(l.precision()).isEqualTo(Precision.FP32);
            assertThat(l.ratio()).isBetween(new BigDecimal("0.027773"), new BigDecimal("0.027774"));
        });
        // the other way round: 84.8 / 2.3552 = 36.005
        Comparison r = Comparison.of(metrics, List.of(s("server-c"), s("box-b")), fp16, List.of(Metric.PEAK));
        assertThat(r.likeForLike()).singleElement().satisfies(l -> {
            assertThat(l.sheetId()).isEqualTo("box-b");
            assertThat(l.value()).isEqualTo(Quantity.parse("84.8 TFLOPS"));
            assertThat(l.baseValue()).isEqualTo(Quantity.parse("2.3552 TFLOPS"));
            assertThat(l.ratio()).isBetween(new BigDecimal("36.005"), new BigDecimal("36.006"));
        });
    }

    @Test
    void headline_ties_keep_the_first_listed_figure() {
        assertThat(Comparison.headline(s("tie-h"), Request.of(Precision.FP8, Sparsity.DENSE))).contains(
                new Caveat.HeadlineOnOtherBasis("tie-h", Quantity.parse("100 TFLOPS"), Precision.FP16, Sparsity.DENSE, Core.TENSOR,
                        new PeakBasis(Precision.FP8, Sparsity.DENSE, null)));
        assertThat(Comparison.headline(s("tie-h"), fp16)).isEmpty();
    }

    @Test
    void metric_keys_formulas_and_parsing() {
        assertThat(Metric.parse(" USD-per-TFLOPS ")).isEqualTo(Metric.USD_PER_TFLOPS);
        assertThat(Metric.USD_PER_TFLOPS).hasToString("usd-per-tflops");
        assertThat(Metric.USD_PER_TFLOPS.formula()).isEqualTo("price / peak");
        assertThatThrownBy(() -> Metric.parse("speed")).hasMessage("unknown metric 'speed' (known: peak, price, usd-per-tflops, "
                + "flops-per-usd, flops-per-watt, usd-per-gb, bytes-per-flop, ridge-point, energy-cost, time-to-compute, "
                + "usd-per-chip-hour, usd-per-pflop-hour)");
    }

    @Test
    void values_carry_the_urls_of_their_sources() {
        assertThat(compute("chip-a", Metric.PEAK, fp16).sourceUrls()).containsExactly("https://example.org/chip-a");
        // box-b's price is its own, the peak its own: one URL, listed once
        assertThat(compute("box-b", Metric.USD_PER_TFLOPS, fp16).sourceUrls()).containsExactly("https://example.org/box-b");
        assertThat(Peaks.urls(s("chip-a"), List.of("s1", "nope"))).containsExactly("https://example.org/chip-a");
        Cpi cpi = Cpi.bundled();
        assertThat(new Metrics(peaks, cpi).cpi()).isSameAs(cpi);
    }

    @Test
    void a_metric_cites_the_sources_of_every_figure_it_uses_summed_parts_too() {
        // cite-s: 4 x cite-p; its price is its own, memory, bandwidth and power are the parts' sums
        MetricValue perGb = compute("cite-s", Metric.USD_PER_GB, fp16);
        assertThat(perGb.value().toString()).isEqualTo("312.5 USD/GB"); // 100000 / (4 x 80) = 312.5
        assertThat(perGb.sourceUrls()).containsExactly("https://example.org/price", "https://example.org/mem");
        MetricValue perWatt = compute("cite-s", Metric.FLOPS_PER_WATT, fp16);
        assertThat(perWatt.sourceUrls()).containsExactly("https://example.org/peak", "https://example.org/watt");
        assertThat(compute("cite-s", Metric.BYTES_PER_FLOP, fp16).sourceUrls())
                .containsExactly("https://example.org/peak", "https://example.org/bw");
        assertThat(compute("cite-p", Metric.RIDGE_POINT, fp16).sourceUrls())
                .containsExactly("https://example.org/peak", "https://example.org/bw");
        Request energy = new Request(Precision.FP16, Sparsity.DENSE, null, null, BigDecimal.ONE, new BigDecimal("0.10"), null, null);
        assertThat(compute("cite-p", Metric.ENERGY_COST, energy).sourceUrls()).containsExactly("https://example.org/watt");
    }

    @Test
    void cpi_factor_is_the_ratio_of_the_two_years() {
        // 313.689 / 240.007 = 1.30699...
        assertThat(Cpi.bundled().factor(2016, 2024)).isBetween(new BigDecimal("1.306999"), new BigDecimal("1.307000"));
    }
}
