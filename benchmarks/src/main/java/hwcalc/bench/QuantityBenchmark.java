package hwcalc.bench;

import hwcalc.report.Numbers;
import hwcalc.units.Quantity;
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

/** Parsing and formatting quantities. Run: benchmarks/run QuantityBenchmark */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class QuantityBenchmark {

    @Param({"170 TFLOPS", "732 GB/s", "$129,000", "3.14e23 FLOP"})
    public String text; // non-final: JMH must not constant-fold inputs

    private Quantity parsed;

    @Setup
    public void setUp() {
        parsed = Quantity.parse(text);
    }

    @Benchmark
    public int baseline() {
        return text.length();
    }

    @Benchmark
    public Quantity parse() {
        return Quantity.parse(text);
    }

    @Benchmark
    public String format() {
        return parsed.toString();
    }

    @Benchmark
    public String displayRounding() {
        return Numbers.format(parsed.value(), 3);
    }
}
