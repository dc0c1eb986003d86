package hwcalc.bench;

import hwcalc.metrics.Cpi;
import hwcalc.metrics.Metric;
import hwcalc.metrics.Metrics;
import hwcalc.metrics.Pairs;
import hwcalc.metrics.Peaks;
import hwcalc.metrics.Ranking;
import hwcalc.metrics.Request;
import hwcalc.spec.Catalogue;
import hwcalc.spec.Precision;
import hwcalc.spec.SpecLoader;
import hwcalc.spec.SpecSheet;
import hwcalc.spec.Sparsity;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Whole-catalogue work: loading every bundled sheet, ranking N synthetic sheets, and all pairs of
 * N sheets (streamed, so memory does not grow with the number of pairs).
 * Run: benchmarks/run CatalogueBenchmark
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
@State(Scope.Benchmark)
public class CatalogueBenchmark {

    @Param({"100000"})
    public int rankSize;

    @Param({"2000"})
    public int pairSize;

    private Metrics rankMetrics;
    private List<SpecSheet> rankSheets;
    private Metrics pairMetrics;
    private List<SpecSheet> pairSheets;
    private Request request;

    @Setup
    public void setUp() {
        rankSheets = Synthetic.sheets(rankSize, 1);
        rankMetrics = new Metrics(new Peaks(Catalogue.of(rankSheets)), Cpi.bundled());
        pairSheets = Synthetic.sheets(pairSize, 2);
        pairMetrics = new Metrics(new Peaks(Catalogue.of(pairSheets)), Cpi.bundled());
        request = Request.of(Precision.FP16, Sparsity.DENSE);
    }

    @Benchmark
    public List<SpecSheet> loadBundled() {
        return SpecLoader.readAll(SpecLoader.bundledFiles());
    }

    @Benchmark
    public Ranking rank() {
        return Ranking.of(rankMetrics, rankSheets, Metric.USD_PER_TFLOPS, request, 10);
    }

    @Benchmark
    public long allPairs(Blackhole bh) {
        return Pairs.forEach(pairMetrics.selector(), pairSheets, request, (x, y, ratio) -> bh.consume(ratio));
    }

    @Benchmark
    public double allPairsMaxRatio() {
        double[] max = {0};
        Pairs.forEach(pairMetrics.selector(), pairSheets, request, (x, y, r) -> {
            if (r > max[0]) {
                max[0] = r;
            }
        });
        return max[0];
    }
}
