package hwcalc.cli;

import hwcalc.chart.ChartFormat;
import hwcalc.chart.Charts;
import hwcalc.chart.ScatterChart;
import hwcalc.trend.Dataset;
import hwcalc.trend.XAxis;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hwcalc plot --y METRIC --out FILE}: a scatter of a metric against release date, price or power. */
@Command(name = "plot", mixinStandardHelpOptions = true,
        description = {"Draw a scatter chart (SVG or PNG) of a metric against release date, price or power, one point per sheet.",
                "The chart states its basis (default FP32 dense; price kinds; which year's dollars) and its data source; "
                        + "the y axis is logarithmic when the values span more than two decades. Sheets without the metric, "
                        + "or with only a fallback precision, are skipped and counted in the footer."})
public class PlotCommand implements Callable<Integer> {

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

    @Option(names = "--x", paramLabel = "AXIS", defaultValue = "release", converter = XAxisConverter.class,
            description = "release (default), price, power, or observed: one point per price observation --price "
                    + "admits, at its date (a price history; each sheet named at its latest point).")
    XAxis x;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The chart file, .svg or .png; an existing file is replaced only with --force.")
    Path out;

    @Override
    public Integer call() {
        ChartFormat.of(out); // a wrong extension fails before any work
        Dataset d = chart.dataset(catalogue.engine(), basis, x);
        chart.write(ScatterChart.build(Charts.scatter(d, null, chart.labels, basis.digits, "hwcalc plot")), out);
        spec.commandLine().getOut().println("wrote " + out + " (" + d.points().size() + " points"
                + (d.skipped().isEmpty() ? "" : "; " + hwcalc.report.TrendWords.skipSummary(d)) + ")");
        return ExitCodes.OK;
    }

    /** Reads release, price, power. */
    public static class XAxisConverter implements picocli.CommandLine.ITypeConverter<XAxis> {
        @Override
        public XAxis convert(String value) {
            try {
                return XAxis.parse(value);
            } catch (hwcalc.units.InputException e) { // picocli prints the message alone, not the exception's class
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
