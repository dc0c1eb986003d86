package hwcalc.cli;

import hwcalc.metrics.Comparison;
import hwcalc.metrics.Cpi;
import hwcalc.metrics.Metric;
import hwcalc.metrics.Metrics;
import hwcalc.metrics.Peaks;
import hwcalc.metrics.Request;
import hwcalc.report.CompareReport;
import hwcalc.report.Json;
import hwcalc.spec.Catalogue;
import hwcalc.spec.SpecSheet;
import hwcalc.spec.Sparsity;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hwcalc compare A B [C ...]}: metrics side by side, like for like. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare sheets side by side on one basis (precision, dense or sparse), with ratios against the first.",
                "Mixed bases (a fallback precision, tensor vs vector, headline figures on another basis) are shown as warnings."})
public class CompareCommand implements Callable<Integer> {

    static final List<Metric> DEFAULT_METRICS = List.of(Metric.PEAK, Metric.PRICE, Metric.USD_PER_TFLOPS,
            Metric.FLOPS_PER_USD, Metric.FLOPS_PER_WATT, Metric.BYTES_PER_FLOP);
    /** With a rental or owned --price: costs per chip-hour in place of purchase metrics. */
    static final List<Metric> HOURLY_METRICS = List.of(Metric.PEAK, Metric.USD_PER_CHIP_HOUR, Metric.USD_PER_PFLOP_HOUR,
            Metric.FLOPS_PER_WATT, Metric.BYTES_PER_FLOP);

    @Spec
    CommandSpec spec;
    @Mixin
    CatalogueOptions catalogue;
    @Mixin
    FormatOption format;
    @Mixin
    BasisOptions basis;

    @Option(names = "--precision", paramLabel = "P", converter = BasisOptions.PrecisionConverter.class,
            description = BasisOptions.PRECISIONS + BasisOptions.AUTOMATIC)
    void precision(hwcalc.spec.Precision p) {
        basis.precision = p;
    }

    @Parameters(paramLabel = "ID", arity = "1..*", description = "Ids or aliases; ratios are against the first.")
    List<String> ids;

    @Option(names = "--metric", paramLabel = "M", split = ",",
            description = "Metrics to show (repeatable or comma-separated): peak, price, usd-per-tflops, flops-per-usd, "
                    + "flops-per-watt, usd-per-gb, bytes-per-flop, ridge-point, energy-cost, time-to-compute, usd-per-chip-hour, "
                    + "usd-per-pflop-hour (default with a rental or owned --price: peak, usd-per-chip-hour, usd-per-pflop-hour, "
                    + "flops-per-watt, bytes-per-flop).")
    List<String> metricNames = new ArrayList<>();

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** The comparison, printed to {@code out}, notices to {@code err}. */
    int run(java.io.PrintWriter out, java.io.PrintWriter err) {
        List<Metric> wanted = !metricNames.isEmpty() ? metricNames.stream().map(Metric::parse).toList()
                : basis.hourly() ? HOURLY_METRICS : DEFAULT_METRICS;
        Comparison cmp = catalogue.engine().compare(ids, basis.request(basis.precision), wanted); // null: automatic precision
        Render.names(catalogue.engine(), ids, err);
        CompareReport report = new CompareReport(cmp, basis.digits, Render.wording());
        switch (format.format()) {
            case JSON -> out.print(Json.write(report.toJson()));
            case CSV -> out.print(report.data().toCsv());
            case MARKDOWN -> out.print(report.toText(true));
            default -> out.print(report.toText(false));
        }
        return ExitCodes.OK;
    }
}
