package hwcalc.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import hwcalc.spec.Catalogue;
import hwcalc.spec.Core;
import hwcalc.spec.Precision;
import hwcalc.spec.SpecLoader;
import hwcalc.spec.SpecSheet;
import hwcalc.spec.Sparsity;
import hwcalc.units.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mixed fixtures: gpu-t (H100-like), box-t (8 x gpu-t, 32 PFLOPS FP8 sparse headline), cpu-c, server-c, tpu-b. */
class ComparisonTest {
    private final Catalogue both = Catalogue.of(SpecLoader.readAll(SpecLoader.folderFiles(hwcalc.Fixtures.dir("basic"), "basic")),
            SpecLoader.readAll(SpecLoader.folderFiles(hwcalc.Fixtures.dir("mixed"), "mixed")));
    private final Peaks peaks = new Peaks(both);
    private final Metrics metrics = new Metrics(peaks, Cpi.bundled());

    private SpecSheet s(String id) {
        return both.resolve(id);
    }

    private Comparison compare(Precision p, Sparsity sp, String... ids) {
        List<SpecSheet> sheets = new ArrayList<>();
        for (String id : ids) {
            sheets.add(s(id));
        }
        return Comparison.of(metrics, sheets, Request.of(p, sp), List.of(Metric.PEAK, Metric.PRICE, Metric.USD_PER_TFLOPS));
    }

    @Test
    void like_for_like_fp16_dense_with_headline_warning() {
        Comparison c = compare(Precision.FP16, Sparsity.DENSE, "box-b", "box-t");
        // box-t FP16 dense = 8 x 989.4 = 7915.2 TFLOPS (tensor); / 170 = 46.56
        assertThat(c.values().get(Metric.PEAK).get(1).value()).isEqualTo(Quantity.parse("7915.2 TFLOPS"));
        assertThat(c.ratioToFirst(Metric.PEAK, 1)).isBetween(new BigDecimal("46.56"), new BigDecimal("46.561"));
        assertThat(c.warnings()).contains(new Caveat.HeadlineOnOtherBasis("box-t", Quantity.parse("32 PFLOPS"), Precision.FP8,
                Sparsity.SPARSE, Core.TENSOR, new PeakBasis(Precision.FP16, Sparsity.DENSE, null)));
        assertThat(c.warnings()).contains(new Caveat.CoresMixed(List.of(new Caveat.SheetCore("box-b", Core.VECTOR),
                new Caveat.SheetCore("box-t", Core.TENSOR))));
        assertThat(c.warnings()).anySatisfy(w -> assertThat(w).isInstanceOf(Caveat.PriceKindsDiffer.class));
        assertThat(c.warnings()).anySatisfy(w -> assertThat(w).isInstanceOf(Caveat.PriceYearsDiffer.class));
        assertThat(c.coreOf(0)).isEqualTo(Core.VECTOR);
        assertThat(c.coreOf(1)).isEqualTo(Core.TENSOR);
        assertThat(c.likeForLike()).isEmpty();
    }

    @Test
    void no_headline_warning_when_the_basis_matches() {
        Comparison c = compare(Precision.FP8, Sparsity.SPARSE, "box-t", "gpu-t");
        assertThat(c.warnings()).noneMatch(Caveat.HeadlineOnOtherBasis.class::isInstance);
        // 3958 / 32000 = 0.1236875
        assertThat(c.ratioToFirst(Metric.PEAK, 1)).isEqualByComparingTo("0.1236875");
    }

    @Test
    void cpu_fallback_is_flagged_and_like_for_like_shown() {
        Comparison c = compare(Precision.FP16, Sparsity.DENSE, "box-b", "server-c");
        // server-c has no FP16: FP32 from parts = 2 x 16 x 32 x 2.3 GHz = 2.3552 TFLOPS
        assertThat(c.values().get(Metric.PEAK).get(1).value().value()).isEqualByComparingTo("2.3552");
        assertThat(c.warnings()).contains(new Caveat.Fallback("server-c", Precision.FP16, Precision.FP32));
        // like for like at FP32: box-b's FP32 is 8 x 10.6 = 84.8; 2.3552 / 84.8 = 0.027773...
        assertThat(c.likeForLike()).anySatisfy(l -> {
            assertThat(l.precision()).isEqualTo(Precision.FP32);
            assertThat(l.sparsity()).isEqualTo(Sparsity.DENSE);
            assertThat(l.ratio()).isBetween(new BigDecimal("0.027773"), new BigDecimal("0.027774"));
        });
        assertThat(c.values().get(Metric.PRICE).get(1).isAvailable()).isFalse();
        assertThat(c.ratioToFirst(Metric.PRICE, 1)).isNull();
    }

    @Test
    void tpu_bf16_stands_in_for_fp16_and_eur_prices_are_not_converted() {
        MetricValue peak = metrics.compute(s("tpu-b"), Metric.PEAK, Request.of(Precision.FP16, Sparsity.DENSE));
        assertThat(peak.value()).isEqualTo(Quantity.parse("275 TFLOPS"));
        assertThat(peak.caveats()).contains(new Caveat.Fallback("tpu-b", Precision.FP16, Precision.BF16));
        MetricValue cost = metrics.compute(s("tpu-b"), Metric.USD_PER_TFLOPS, Request.of(Precision.BF16, Sparsity.DENSE));
        assertThat(cost.isAvailable()).isFalse();
        assertThat(cost.missing().reason()).isEqualTo(Unavailable.Reason.NOT_USD);
        assertThat(cost.missing().detail()).isEqualTo("EUR");
    }

    @Test
    void auto_precision_picks_the_first_every_sheet_has() {
        assertThat(Comparison.autoPrecision(peaks, List.of(s("box-b"), s("box-t")), Sparsity.DENSE)).isEqualTo(Precision.FP16);
        assertThat(Comparison.autoPrecision(peaks, List.of(s("box-b"), s("server-c")), Sparsity.DENSE)).isEqualTo(Precision.FP32);
        // gpu-t has FP16 but no BF16, tpu-b the reverse: no common precision, so FP16 with tpu-b on its BF16 fallback
        assertThat(Comparison.autoPrecision(peaks, List.of(s("gpu-t"), s("tpu-b")), Sparsity.DENSE)).isEqualTo(Precision.FP16);
        assertThat(Comparison.autoPrecision(peaks, List.of(s("tpu-b")), Sparsity.DENSE)).isEqualTo(Precision.BF16);
        assertThat(Comparison.autoPrecision(peaks, List.of(s("tpu-b"), s("server-c")), Sparsity.DENSE)).isEqualTo(Precision.FP16);
    }

    @Test
    void host_parts_are_not_summed_and_system_power_is_declared() {
        // box-t FP32: gpu-t has none and cpu-c is a host part, so no sum
        assertThat(peaks.peak(s("box-t"), Precision.FP32, Sparsity.DENSE, null)).isEmpty();
        // 7915.2 TFLOPS / 10.2 kW = 776 GFLOPS/W (7,915,200 / 10,200 = 776)
        MetricValue perWatt = metrics.compute(s("box-t"), Metric.FLOPS_PER_WATT, Request.of(Precision.FP16, Sparsity.DENSE));
        assertThat(perWatt.value().value()).isEqualByComparingTo("776");
        // box-t bandwidth is the sum of parts 8 x 3.35 TB/s = 26.8 TB/s; / 7915.2 TFLOPS = 0.0033859 B/FLOP
        MetricValue bpf = metrics.compute(s("box-t"), Metric.BYTES_PER_FLOP, Request.of(Precision.FP16, Sparsity.DENSE));
        assertThat(bpf.value().value()).isBetween(new BigDecimal("0.0033858"), new BigDecimal("0.0033860"));
        assertThat(bpf.caveats()).contains(new Caveat.SumOfParts("box-t", Caveat.Field.MEMORY_BANDWIDTH, "8 x 3.35 TB/s (gpu-t)"));
    }

    @Test
    void integer_precisions_use_ops() {
        MetricValue v = metrics.compute(s("gpu-t"), Metric.FLOPS_PER_USD, Request.of(Precision.INT8, Sparsity.DENSE));
        // 1979 TOPS / 30000 USD = 65.967 GOPS/USD
        assertThat(v.value().unit().symbol()).isEqualTo("GOPS/USD");
        assertThat(v.value().value()).isBetween(new BigDecimal("65.966"), new BigDecimal("65.967"));
    }

    @Test
    void ranking_orders_skips_and_truncates() {
        Ranking r = Ranking.of(metrics, both.sheets(), Metric.PEAK, Request.of(Precision.FP16, Sparsity.DENSE), 2);
        assertThat(r.ranked()).extracting(v -> v.sheet().id()).containsExactly("box-t", "gpu-t");
        // tpu-b and server-c only have fallbacks, cpu-c has no FP16 at all: skipped, not ranked
        assertThat(r.skipped()).extracting(v -> v.sheet().id()).contains("tpu-b", "server-c", "cpu-c");
        Ranking cheap = Ranking.of(metrics, both.sheets(), Metric.USD_PER_TFLOPS, Request.of(Precision.FP16, Sparsity.DENSE), 0);
        // 270000 / 7915.2 = 34.11; 30000 / 989.4 = 30.32; 10500 / 21.2 = 495.3; 129000 / 170 = 758.8
        assertThat(cheap.ranked()).extracting(v -> v.sheet().id()).containsExactly("gpu-t", "box-t", "chip-a", "box-b");
    }

    @Test
    void all_pairs_visits_each_unordered_pair_once() {
        List<String> seen = new ArrayList<>();
        long n = Pairs.forEach(metrics.selector(), List.of(s("chip-a"), s("box-b"), s("gpu-t"), s("tpu-b")),
                Request.of(Precision.FP16, Sparsity.DENSE), (a, b, ratio) -> seen.add(a.id() + "/" + b.id() + "=" + Math.round(ratio * 1000)));
        // tpu-b has only a BF16 fallback: 3 sheets, 3 pairs. 21.2/170 = 0.125, 21.2/989.4 = 0.021, 170/989.4 = 0.172
        assertThat(n).isEqualTo(3);
        assertThat(seen).containsExactly("chip-a/box-b=125", "chip-a/gpu-t=21", "box-b/gpu-t=172");
    }
}
