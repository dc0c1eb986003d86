package hwcalc.bench;

import hwcalc.calc.CalcResult;
import hwcalc.calc.Calculator;
import hwcalc.metrics.Cpi;
import hwcalc.spec.Catalogue;
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

/** calc expression evaluation over synthetic sheets. Run: benchmarks/run CalcBenchmark */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class CalcBenchmark {

    @Param({"synthetic-0.price / synthetic-0.fp16 to USD/GFLOPS",
            "synthetic-0.price in 2024 dollars",
            "(8 * synthetic-1.fp16 + synthetic-0.fp16) / synthetic-0.fp32"})
    public String expression;

    private Calculator calculator;

    @Setup
    public void setUp() {
        calculator = new Calculator(Catalogue.of(Synthetic.sheets(2, 42)), Cpi.bundled());
    }

    @Benchmark
    public CalcResult evaluate() {
        return calculator.evaluate(expression);
    }
}
