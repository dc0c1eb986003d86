package hwcalc.cli;

import hwcalc.engine.Engine;
import hwcalc.chart.ChartWriter;
import hwcalc.chart.Labels;
import hwcalc.metrics.Cpi;
import hwcalc.metrics.Metric;
import hwcalc.metrics.Metrics;
import hwcalc.metrics.Peaks;
import hwcalc.spec.Catalogue;
import hwcalc.spec.Kind;
import hwcalc.spec.Precision;
import hwcalc.spec.SpecSheet;
import hwcalc.trend.Dataset;
import hwcalc.trend.XAxis;
import hwcalc.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import picocli.CommandLine.Option;

/** What plot and trend share: the metric, which sheets, since when, and how points are named. */
public class ChartOptions {

    @Option(names = "--y", required = true, paramLabel = "METRIC",
            description = "peak, price, usd-per-tflops, flops-per-usd, flops-per-watt, usd-per-gb, bytes-per-flop, ridge-point, "
                    + "usd-per-chip-hour, usd-per-pflop-hour (these two with a rental or owned --price).")
    String y;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only this kind: chip, accelerator, cpu, system, server, cluster.")
    Kind kind;

    @Option(names = "--ids", paramLabel = "ID", split = ",", description = "Only these sheets (ids or aliases, comma-separated).")
    List<String> ids = new ArrayList<>();

    @Option(names = "--since", paramLabel = "YEAR", converter = hwcalc.cli.options.Bounded.Year.class, description = "Only sheets released in YEAR or later.")
    Integer since;

    @Option(names = "--labels", paramLabel = "WHICH", defaultValue = "auto",
            description = "Name points: auto (all up to " + Labels.AUTO_LIMIT + " points, else the record-setters), all, none.")
    Labels labels;

    @Option(names = "--force", description = "Replace the chart file if it exists (a symbolic link is never replaced).")
    boolean force;

    /** Default precision FP32: nearly every chip of the last twenty years has an FP32 figure. */
    static final Precision DEFAULT_PRECISION = Precision.FP32;

    Dataset dataset(Engine engine, BasisOptions basis, XAxis x) {
        var request = basis.request(basis.precision == null ? DEFAULT_PRECISION : basis.precision);
        return engine.dataset(ids, kind, Metric.parse(y), request, x, since);
    }

    void write(JFreeChart chart, Path file) {
        try {
            ChartWriter.write(chart, file, force ? AtomicFiles.Existing.REPLACE : AtomicFiles.Existing.REFUSE);
        } catch (FileAlreadyExistsException e) {
            throw new UserException(file + ": " + e.getReason() + "; nothing was written");
        } catch (IOException e) {
            throw new UserException("cannot write " + file + ": " + e.getMessage());
        }
    }
}
