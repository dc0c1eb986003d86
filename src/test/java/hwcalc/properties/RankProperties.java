package hwcalc.properties;

import static org.assertj.core.api.Assertions.assertThat;

import hwcalc.bench.Synthetic;
import hwcalc.metrics.Cpi;
import hwcalc.metrics.Metric;
import hwcalc.metrics.MetricValue;
import hwcalc.metrics.Metrics;
import hwcalc.metrics.Peaks;
import hwcalc.metrics.Ranking;
import hwcalc.metrics.Request;
import hwcalc.spec.Catalogue;
import hwcalc.spec.Precision;
import hwcalc.spec.SpecSheet;
import hwcalc.spec.Sparsity;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class RankProperties {

    @Property(tries = 50)
    void rank_order_is_consistent_with_the_metric(@ForAll @IntRange(min = 2, max = 60) int n, @ForAll @LongRange(min = 0, max = 1000) long seed,
                                                  @ForAll("metric") Metric metric) {
        List<SpecSheet> sheets = Synthetic.sheets(n, seed);
        Metrics m = new Metrics(new Peaks(Catalogue.of(sheets)), Cpi.bundled());
        Ranking r = Ranking.of(m, sheets, metric, Request.of(Precision.FP16, Sparsity.DENSE), 0);
        assertThat(r.ranked().size() + r.skipped().size()).isEqualTo(n);
        for (int i = 1; i < r.ranked().size(); i++) {
            MetricValue before = r.ranked().get(i - 1);
            MetricValue after = r.ranked().get(i);
            int cmp = before.value().compareTo(after.value());
            assertThat(metric.higherIsBetter() ? cmp >= 0 : cmp <= 0).as("%s before %s", before.value(), after.value()).isTrue();
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Metric> metric() {
        return net.jqwik.api.Arbitraries.of(Metric.PEAK, Metric.PRICE, Metric.USD_PER_TFLOPS, Metric.FLOPS_PER_USD,
                Metric.FLOPS_PER_WATT, Metric.USD_PER_GB, Metric.BYTES_PER_FLOP);
    }
}
