package hwcalc.bench;

import hwcalc.metrics.Cpi;
import hwcalc.metrics.Metric;
import hwcalc.metrics.MetricValue;
import hwcalc.metrics.Metrics;
import hwcalc.metrics.Peaks;
import hwcalc.metrics.Request;
import hwcalc.spec.Catalogue;
import hwcalc.spec.Precision;
import hwcalc.spec.SpecSheet;
import hwcalc.spec.Sparsity;
import hwcalc.units.Quantity;
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

/**
 * The arithmetic core: each metric on one sheet, a speedup ratio, and the same cost-per-FLOP in
 * BigDecimal and in double (the number-type decision in docs/design.md).
 * Run: benchmarks/run MetricsBenchmark
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class MetricsBenchmark {

    @Param({"peak", "price", "usd-per-tflops", "flops-per-usd", "flops-per-watt", "usd-per-gb", "bytes-per-flop"})
    public String metricKey;

    private Metrics metrics;
    private SpecSheet a;
    private SpecSheet b;
    private Metric metric;
    private Request request;
    private BigDecimal priceDecimal;
    private BigDecimal peakDecimal;
    private double priceDouble;
    private double peakDouble;

    @Setup
    public void setUp() {
        List<SpecSheet> two = Synthetic.sheets(2, 42);
        Catalogue c = Catalogue.of(two);
        metrics = new Metrics(new Peaks(c), Cpi.bundled());
        a = two.get(0);
        b = two.get(1);
        metric = Metric.parse(metricKey);
        request = Request.of(Precision.FP16, Sparsity.DENSE).withAdjustTo(2024);
        priceDecimal = new BigDecimal("129000");
        peakDecimal = new BigDecimal("170");
        priceDouble = 129000;
        peakDouble = 170;
    }

    @Benchmark
    public Request baseline() {
        return request;
    }

    @Benchmark
    public MetricValue metric() {
        return metrics.compute(a, metric, request);
    }

    @Benchmark
    public BigDecimal speedup() {
        Quantity pa = metrics.compute(a, Metric.PEAK, request).value();
        Quantity pb = metrics.compute(b, Metric.PEAK, request).value();
        return pa.dividedBy(pb).value();
    }

    @Benchmark
    public BigDecimal costPerFlopBigDecimal() {
        return priceDecimal.divide(peakDecimal, Quantity.MATH);
    }

    @Benchmark
    public double costPerFlopDouble() {
        return priceDouble / peakDouble;
    }
}
