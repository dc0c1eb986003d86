package hwcalc.trend;

import hwcalc.metrics.Caveat;
import hwcalc.metrics.PeakBasis;
import hwcalc.metrics.Unavailable;
import hwcalc.spec.Core;
import hwcalc.spec.Precision;
import hwcalc.spec.Sparsity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import hwcalc.metrics.Metric;
import hwcalc.metrics.Request;
import hwcalc.spec.Catalogue;
import hwcalc.spec.Precision;
import hwcalc.spec.Sparsity;
import org.junit.jupiter.api.Test;

class DatasetTest {
    private final Catalogue gpus = TrendFixtures.catalogue("gpus");

    private Dataset collect(Metric m, Request r, XAxis x, Integer since) {
        return Dataset.collect(TrendFixtures.metrics(gpus), gpus.sheets(), m, r, x, since);
    }

    @Test
    void sheets_without_the_metric_or_the_date_are_skipped_with_their_reasons() {
        Dataset d = collect(Metric.FLOPS_PER_USD, Request.of(Precision.FP32, Sparsity.DENSE), XAxis.RELEASE, null);
        assertThat(d.points()).hasSize(11);
        assertThat(d.skipReasons()).containsOnlyKeys(Unavailable.of(Unavailable.Reason.NO_RELEASE_DATE),
                Unavailable.of(Unavailable.Reason.NO_PRICE), Unavailable.peak(Unavailable.Reason.NO_PEAK, Precision.FP32, Sparsity.DENSE));
        assertThat(d.skipped()).extracting(s -> s.sheet().id()).containsExactlyInAnyOrder("acme-box", "acme-d1", "acme-t1");
        Observation g500 = d.points().stream().filter(o -> o.sheet().id().equals("acme-g500")).findFirst().orElseThrow();
        assertThat(g500.x()).isCloseTo(2016.4, within(0.01)); // 2016-05-27
        assertThat(g500.y()).isCloseTo(8900.0 / 599, within(1e-9)); // 8.9 TFLOPS / $599 in GFLOPS/USD
        assertThat(d.yUnit()).isEqualTo("GFLOPS/USD");
    }

    @Test
    void a_fallback_precision_is_skipped_not_mixed_in() {
        Dataset d = collect(Metric.FLOPS_PER_USD, Request.of(Precision.FP16, Sparsity.DENSE), XAxis.RELEASE, null);
        assertThat(d.points()).isEmpty();
        assertThat(d.skipReasons()).containsEntry(Unavailable.peak(Unavailable.Reason.ONLY_FALLBACK, Precision.BF16, null), 1);
    }

    @Test
    void since_keeps_the_later_sheets_and_counts_the_others() {
        Dataset d = collect(Metric.PEAK, Request.of(Precision.FP32, Sparsity.DENSE), XAxis.RELEASE, 2016);
        assertThat(d.points()).extracting(o -> o.sheet().id())
                .containsExactlyInAnyOrder("acme-g500", "bolt-v64", "acme-g600", "acme-g700", "bolt-x7", "acme-g800", "acme-d1");
        assertThat(d.beforeSince()).isEqualTo(5);
    }

    @Test
    void the_basis_names_precision_units_price_kinds_and_dollars() {
        Dataset nominal = collect(Metric.FLOPS_PER_USD, Request.of(Precision.FP32, Sparsity.DENSE), XAxis.RELEASE, null);
        assertThat(nominal.basis()).containsExactly("FP32 dense vector", "mixed price kinds: 10 list, 1 street",
                "prices per board", "dollars of each price's year (not adjusted for inflation)");
        Dataset real = collect(Metric.FLOPS_PER_USD, Request.of(Precision.FP32, Sparsity.DENSE).withAdjustTo(2024),
                XAxis.RELEASE, 2016);
        assertThat(real.basis()).containsExactly("FP32 dense vector", "mixed price kinds: 5 list, 1 street", "prices per board",
                "2024 US dollars (CPI-U)");
        assertThat(collect(Metric.PEAK, Request.of(Precision.FP32, Sparsity.DENSE), XAxis.RELEASE, null).basis())
                .containsExactly("FP32 dense vector");
    }

    @Test
    void adjusting_to_a_year_without_cpi_data_is_refused_up_front() {
        assertThatThrownBy(() -> collect(Metric.FLOPS_PER_USD, Request.of(Precision.FP32, Sparsity.DENSE).withAdjustTo(2099),
                XAxis.RELEASE, null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2099");
    }

    @Test
    void price_and_power_axes_take_the_sheet_s_price_and_tdp() {
        Dataset byPrice = collect(Metric.PEAK, Request.of(Precision.FP32, Sparsity.DENSE), XAxis.PRICE, null);
        assertThat(byPrice.points()).anySatisfy(o -> {
            assertThat(o.sheet().id()).isEqualTo("acme-box"); // no date needed against price
            assertThat(o.x()).isEqualTo(50000);
        });
        assertThat(byPrice.skipReasons()).containsKeys(Unavailable.of(Unavailable.Reason.NO_PRICE));
        assertThat(byPrice.basis()).containsExactly("FP32 dense vector", "mixed price kinds: 11 list, 1 street", "mixed price scopes: 11 board, 1 system",
                "dollars of each price's year (not adjusted for inflation)");
        Dataset byPower = collect(Metric.PEAK, Request.of(Precision.FP32, Sparsity.DENSE), XAxis.POWER, null);
        assertThat(byPower.points()).anySatisfy(o -> {
            assertThat(o.sheet().id()).isEqualTo("acme-g800");
            assertThat(o.x()).isEqualTo(450);
        });
        assertThat(byPower.skipReasons()).containsEntry(Unavailable.of(Unavailable.Reason.NO_POWER), 1); // acme-box
        assertThat(byPower.xUnit()).isEqualTo("W");
    }
}
