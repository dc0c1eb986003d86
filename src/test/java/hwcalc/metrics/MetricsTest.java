package hwcalc.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hwcalc.Fixtures;
import hwcalc.spec.Catalogue;
import hwcalc.spec.Core;
import hwcalc.spec.Precision;
import hwcalc.spec.Sparsity;
import hwcalc.units.Quantity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Figures against hand-computed values; the fixture chip-a is P100-like, box-b is 8 x chip-a at $129,000. */
class MetricsTest {
    private final Catalogue c = Fixtures.basic();
    private final Peaks peaks = new Peaks(c);
    private final Metrics metrics = new Metrics(peaks, Cpi.bundled());
    private final Request fp16 = Request.of(Precision.FP16, Sparsity.DENSE);

    private BigDecimal value(String id, Metric m, Request r) {
        MetricValue v = metrics.compute(c.resolve(id), m, r);
        assertThat(v.isAvailable()).as(v.arithmetic()).isTrue();
        return v.value().value();
    }

    @Test
    void sum_of_parts_and_first_principles() {
        // 8 x 21.2 = 169.6 TFLOPS
        Peak sum = peaks.sumOfParts(c.resolve("box-b"), Precision.FP16, Sparsity.DENSE, Core.VECTOR).orElseThrow();
        assertThat(sum.value()).isEqualTo(Quantity.parse("169.6 TFLOPS"));
        assertThat(sum.arithmetic()).isEqualTo("8 x 21.2 TFLOPS (chip-a)");
        // 3584 x 4 x 1.48 GHz = 21,217.28 GFLOPS = 21.21728 TFLOPS
        Peak fp = peaks.firstPrinciples(c.resolve("chip-a"), Precision.FP16, Sparsity.DENSE, Core.VECTOR).orElseThrow();
        assertThat(fp.value().value()).isEqualByComparingTo("21.21728");
        assertThat(fp.basis()).isEqualTo(Basis.FIRST_PRINCIPLES);
    }

    @Test
    void declared_beats_derived() {
        Peak p = peaks.peak(c.resolve("box-b"), Precision.FP16, Sparsity.DENSE, null).orElseThrow();
        assertThat(p.value()).isEqualTo(Quantity.parse("170 TFLOPS"));
        assertThat(p.basis()).isEqualTo(Basis.DECLARED);
    }

    @Test
    void usd_per_tflops_and_flops_per_usd() {
        // 129000 / 170 = 758.8235 USD/TFLOPS; 170e3 GFLOPS / 129000 USD = 1.31783 GFLOPS/USD
        assertThat(value("box-b", Metric.USD_PER_TFLOPS, fp16)).isBetween(new BigDecimal("758.8235"), new BigDecimal("758.8236"));
        assertThat(value("box-b", Metric.FLOPS_PER_USD, fp16)).isBetween(new BigDecimal("1.31782"), new BigDecimal("1.31783"));
    }

    @Test
    void flops_per_watt_usd_per_gb_balance() {
        // 21.2 TFLOPS / 300 W = 70.667 GFLOPS/W
        assertThat(value("chip-a", Metric.FLOPS_PER_WATT, fp16)).isBetween(new BigDecimal("70.666"), new BigDecimal("70.667"));
        // 10500 USD / 16 GB = 656.25 USD/GB
        assertThat(value("chip-a", Metric.USD_PER_GB, fp16)).isEqualByComparingTo("656.25");
        // 732 GB/s / 21.2 TFLOPS = 0.0345283 B/FLOP; ridge point 21.2e12/732e9 = 28.962 FLOP/B
        assertThat(value("chip-a", Metric.BYTES_PER_FLOP, fp16)).isBetween(new BigDecimal("0.034528"), new BigDecimal("0.034529"));
        assertThat(value("chip-a", Metric.RIDGE_POINT, fp16)).isBetween(new BigDecimal("28.961"), new BigDecimal("28.962"));
        // box-b has no power or bandwidth of its own: 8 x 300 W = 2400 W; 170 TFLOPS / 2400 W = 70.833 GFLOPS/W
        assertThat(value("box-b", Metric.FLOPS_PER_WATT, fp16)).isBetween(new BigDecimal("70.833"), new BigDecimal("70.834"));
    }

    @Test
    void price_in_another_years_dollars() {
        // 129000 x 313.689 / 240.007 = 168,602.92
        assertThat(value("box-b", Metric.PRICE, fp16.withAdjustTo(2024))).isBetween(new BigDecimal("168602.919"), new BigDecimal("168602.921"));
        // 168,602.9199 / 170 = 991.78188 USD/TFLOPS (2024 dollars)
        assertThat(value("box-b", Metric.USD_PER_TFLOPS, fp16.withAdjustTo(2024))).isBetween(new BigDecimal("991.7818"), new BigDecimal("991.7819"));
        assertThatThrownBy(() -> metrics.compute(c.resolve("box-b"), Metric.PRICE, fp16.withAdjustTo(2026)))
                .hasMessageContaining("2026");
    }

    @Test
    void energy_cost_and_time_to_compute() {
        Request r = new Request(Precision.FP16, Sparsity.DENSE, null, null, BigDecimal.ONE, new BigDecimal("0.10"),
                new BigDecimal("0.4"), Quantity.parse("3.14e23 FLOP"));
        // 300 W x 8766 h x 0.4 = 1051.92 kWh; x 0.10 USD/kWh = 105.192 USD
        assertThat(value("chip-a", Metric.ENERGY_COST, r)).isEqualByComparingTo("105.192");
        // 3.14e23 FLOP / (21.2e12 FLOP/s x 0.4) = 3.7028302e10 s = 428,568.3 days
        assertThat(value("chip-a", Metric.TIME_TO_COMPUTE, r)).isBetween(new BigDecimal("428568.3"), new BigDecimal("428568.4"));
    }

    @Test
    void missing_inputs_are_unavailable_with_a_reason() {
        MetricValue noPrecision = metrics.compute(c.resolve("chip-a"), Metric.PEAK, Request.of(Precision.FP8, Sparsity.DENSE));
        assertThat(noPrecision.isAvailable()).isFalse();
        assertThat(noPrecision.missing()).isEqualTo(Unavailable.peak(Unavailable.Reason.NO_PEAK, Precision.FP8, Sparsity.DENSE));
        MetricValue noSparse = metrics.compute(c.resolve("chip-a"), Metric.PEAK, Request.of(Precision.FP16, Sparsity.SPARSE));
        assertThat(noSparse.missing()).isEqualTo(Unavailable.peak(Unavailable.Reason.NO_SPARSE_PEAK, Precision.FP16, Sparsity.SPARSE));
        MetricValue noEnergyPrice = metrics.compute(c.resolve("chip-a"), Metric.ENERGY_COST, fp16);
        assertThat(noEnergyPrice.missing().reason()).isEqualTo(Unavailable.Reason.NEEDS_ENERGY_INPUTS);
    }

    @Test
    void bf16_falls_back_to_fp16_and_says_so() {
        MetricValue v = metrics.compute(c.resolve("chip-a"), Metric.PEAK, Request.of(Precision.BF16, Sparsity.DENSE));
        assertThat(v.value()).isEqualTo(Quantity.parse("21.2 TFLOPS"));
        assertThat(v.caveats()).containsExactly(new Caveat.Fallback("chip-a", Precision.BF16, Precision.FP16));
    }

    @Test
    void comparison_ratios_and_price_scope_warning() {
        Comparison cmp = Comparison.of(metrics, List.of(c.resolve("box-b"), c.resolve("chip-a")), fp16,
                List.of(Metric.PEAK, Metric.PRICE));
        // 21.2 / 170 = 0.124706
        assertThat(cmp.ratioToFirst(Metric.PEAK, 1)).isBetween(new BigDecimal("0.124705"), new BigDecimal("0.124706"));
        assertThat(cmp.warnings()).anySatisfy(w -> assertThat(w).isInstanceOf(Caveat.PriceScopesDiffer.class));
    }
}
