package hwcalc.bench;

import hwcalc.check.CheckReport;
import hwcalc.check.Checker;
import hwcalc.spec.SpecLoader;
import hwcalc.spec.YamlTreeReader;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * {@code check} over a folder against merely parsing the same files with the same YAML parser
 * (the 1.5x target of issue 5). Files are read into memory once, in setup, so both measure the
 * work, not the disk. Run from the repository root:
 * benchmarks/run CheckBenchmark                          (the bundled specs/)
 * benchmarks/run CheckBenchmark -p folder=/tmp/epoch-sheets   (after hwcalc import epoch)
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
@State(Scope.Benchmark)
public class CheckBenchmark {

    @Param({"specs"})
    public String folder;

    private List<SpecLoader.SpecFile> files;
    private Checker checker;

    @Setup
    public void setUp() {
        files = SpecLoader.folderFiles(Path.of(folder), folder);
        // today's date, as `hwcalc check` uses: a fixed past date would make every source seen
        // since then a dates.future finding, a path check does not take on the day it is run
        checker = new Checker(LocalDate.now());
    }

    @Benchmark
    public long parseOnly() {
        // in parallel, as check reads files: the fair floor for "merely parsing"
        return files.parallelStream().map(f -> YamlTreeReader.read(f.bytes(), f.displayName())).filter(n -> n != null).count();
    }

    @Benchmark
    public CheckReport check() {
        return checker.check(List.of(), files);
    }
}
