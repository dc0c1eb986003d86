package hwcalc.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hwcalc.metrics.Metric;
import hwcalc.metrics.MetricValue;
import hwcalc.metrics.Request;
import hwcalc.spec.Catalogue;
import hwcalc.spec.Precision;
import hwcalc.spec.Sparsity;
import hwcalc.units.Quantity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendTest {
    private final Catalogue gpus = TrendFixtures.catalogue("gpus");
    private final Request fp32 = Request.of(Precision.FP32, Sparsity.DENSE);

    @Test
    void fits_the_fixture_gpus() {
        Dataset d = Dataset.collect(TrendFixtures.metrics(gpus), gpus.sheets(), Metric.FLOPS_PER_USD, fp32, XAxis.RELEASE, null);
        Trend t = Trend.of(d);
        assertThat(t.fit().n()).isEqualTo(11);
        assertThat(t.fit().halving()).isFalse();
        assertThat(hwcalc.report.TrendWords.doubling(t, 3)).matches("doubling time 2\\.\\d+ years \\(95% CI \\d\\.\\d+ to \\d\\.\\d+\\)");
    }

    @Test
    void too_few_points_name_the_count_and_why_the_rest_were_skipped() {
        List<hwcalc.spec.SpecSheet> two = List.of(gpus.resolve("acme-g100"), gpus.resolve("acme-g200"), gpus.resolve("acme-d1"));
        Dataset d = Dataset.collect(TrendFixtures.metrics(gpus), two, Metric.FLOPS_PER_USD, fp32, XAxis.RELEASE, null);
        assertThatThrownBy(() -> Trend.of(d)).isInstanceOfSatisfying(TrendException.class, e -> assertThat(
                hwcalc.report.TrendWords.problem(e)).isEqualTo("a trend needs at least 3 points; 2 sheets have a release date and "
                + "flops-per-usd at FP32 dense (1 sheet skipped: no price on the sheet: acme-d1)"));
    }

    @Test
    void too_few_points_after_since_say_so() {
        Dataset d = Dataset.collect(TrendFixtures.metrics(gpus), gpus.sheets(), Metric.FLOPS_PER_USD, fp32, XAxis.RELEASE, 2022);
        assertThatThrownBy(() -> Trend.of(d)).hasMessageContaining("1 sheet has a release date")
                .hasMessageContaining("released before 2022 left out by --since");
    }

    @Test
    void non_positive_values_are_named_by_sheet() {
        Dataset ok = Dataset.collect(TrendFixtures.metrics(gpus), gpus.sheets(), Metric.PEAK, fp32, XAxis.RELEASE, null);
        List<Observation> points = new ArrayList<>(ok.points());
        Observation first = points.get(0);
        MetricValue v = first.value();
        MetricValue zero = new MetricValue(v.metric(), v.sheet(), new Quantity(java.math.BigDecimal.ZERO, v.value().unit()),
                v.arithmetic(), v.caveats(), v.sourceUrls(), v.peak(), v.price(), v.dollarYear(), null);
        points.set(0, new Observation(first.sheet(), first.x(), 0, zero));
        Dataset bad = new Dataset(ok.metric(), ok.request(), XAxis.RELEASE, null, points, ok.skipped(), 0, java.util.Optional.empty());
        assertThatThrownBy(() -> Trend.of(bad)).isInstanceOf(TrendException.class)
                .hasMessage("a log-linear trend needs positive values; peak is zero or negative for " + first.sheet().id() + " (0 TFLOPS)");
    }

    @Test
    void a_trend_is_against_a_date_only() {
        Dataset byPrice = Dataset.collect(TrendFixtures.metrics(gpus), gpus.sheets(), Metric.PEAK, fp32, XAxis.PRICE, null);
        assertThatThrownBy(() -> Trend.of(byPrice)).hasMessageContaining("against a date (release or observed), not price");
    }
}
