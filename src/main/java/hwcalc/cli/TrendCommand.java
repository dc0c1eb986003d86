package hwcalc.cli;

import hwcalc.chart.ChartFormat;
import hwcalc.chart.Charts;
import hwcalc.chart.ScatterChart;
import hwcalc.report.Format;
import hwcalc.report.Json;
import hwcalc.report.TrendReport;
import hwcalc.trend.Trend;
import hwcalc.trend.XAxis;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hwcalc trend --y METRIC}: growth per year and doubling time of a metric over release dates. */
@Command(name = "trend", mixinStandardHelpOptions = true,
        description = {"Fit ln(metric) = a + b x (release year) by least squares and print the growth per year (e^b), "
                + "the doubling time (ln 2 / b; a halving time when b < 0) with its 95%% confidence interval, n and R².",
                "Default basis: FP32 dense. Sheets without the metric, without a release date, or with only a fallback precision "
                        + "are skipped and counted. "
                        + "See docs/trends.md for the method and its caveats."})
public class TrendCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    CatalogueOptions catalogue;
    @Mixin
    BasisOptions basis;

    @Option(names = "--precision", paramLabel = "P", converter = BasisOptions.PrecisionConverter.class,
            description = BasisOptions.PRECISIONS + " (default: fp32: nearly every chip of the last twenty years has an FP32 figure).")
    void precision(hwcalc.spec.Precision p) {
        basis.precision = p;
    }
    @Mixin
    ChartOptions chart;
    @Mixin
    FormatOption format;

    @Option(names = "--plot", paramLabel = "FILE", description = "Also draw the points and the fitted line (.svg or .png).")
    Path plot;

    @Option(names = "--x", paramLabel = "AXIS", defaultValue = "release", converter = TrendAxisConverter.class,
            description = "release (default: one point per sheet at its release date) or observed (one point per price "
                    + "observation --price admits, at its date: how a rental or purchase price moved over time).")
    XAxis x;

    /** Reads release or observed: a trend is fitted against a date. */
    public static class TrendAxisConverter implements picocli.CommandLine.ITypeConverter<XAxis> {
        @Override
        public XAxis convert(String value) {
            XAxis a = new PlotCommand.XAxisConverter().convert(value);
            if (!a.isDate()) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "': a trend is fitted against a date: release or observed");
            }
            return a;
        }
    }

    @Override
    public Integer call() {
        if (plot != null) {
            ChartFormat.of(plot);
        }
        Trend t = Trend.of(chart.dataset(catalogue.engine(), basis, x));
        TrendReport report = new TrendReport(t, basis.digits);
        if (plot != null) { // drawn first, so a failed write prints no result
            chart.write(ScatterChart.build(Charts.scatter(t.data(), t, chart.labels, basis.digits, "hwcalc trend")), plot);
        }
        var out = spec.commandLine().getOut();
        switch (format.format()) {
            case JSON -> out.print(Json.write(report.toJson()));
            case TABLE -> out.print(report.toText());
            case CSV -> out.print(report.points().toCsv()); // the points, exact, one row each; the fit is in --format json
            default -> out.print(Render.table(report.toTable(), format.format()));
        }
        if (plot != null && format.format() != Format.JSON) {
            out.println("wrote " + plot);
        }
        return ExitCodes.OK;
    }
}
