package hwcalc.cli;

import hwcalc.claims.Quote;
import hwcalc.claims.Quotes;
import hwcalc.metrics.Comparison;
import hwcalc.metrics.Cpi;
import hwcalc.metrics.Metric;
import hwcalc.metrics.Metrics;
import hwcalc.metrics.Peaks;
import hwcalc.report.Json;
import hwcalc.report.QuoteLocale;
import hwcalc.report.QuoteWriter;
import hwcalc.spec.Catalogue;
import hwcalc.spec.SpecSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hwcalc quote ID METRIC}: a sentence with sourced, correctly rounded figures for an article. */
@Command(name = "quote", mixinStandardHelpOptions = true,
        description = {"Write a sentence an editor can paste: the figure rounded once, its unit and basis, and a numbered "
                + "footnote per source. Warnings about the basis go to standard error.",
                "Examples:",
                "  hwcalc quote dgx-1 usd-per-tflops --precision fp16",
                "  hwcalc quote dgx-1 usd-per-tflops --precision fp16 --locale zh-TW",
                "  hwcalc quote dgx-h100 speedup --vs dgx-1 --precision fp16"})
public class QuoteCommand implements Callable<Integer> {

    /** Output formats of a quote; json adds the exact values. */
    public enum QuoteFormat { TEXT, MARKDOWN, JSON }

    @Spec
    CommandSpec spec;
    @Mixin
    CatalogueOptions catalogue;
    @Mixin
    BasisOptions basis;

    @Option(names = "--precision", paramLabel = "P", converter = BasisOptions.PrecisionConverter.class,
            description = BasisOptions.PRECISIONS + BasisOptions.AUTOMATIC)
    void precision(hwcalc.spec.Precision p) {
        basis.precision = p;
    }

    @Parameters(index = "0", paramLabel = "ID", description = "The sheet the sentence is about.")
    String id;

    @Parameters(index = "1", paramLabel = "METRIC", description = "peak, price, usd-per-tflops, flops-per-usd, flops-per-watt, "
            + "usd-per-gb, bytes-per-flop, ridge-point, energy-cost, time-to-compute, or speedup (with --vs).")
    String metric;

    @Option(names = "--vs", paramLabel = "ID", description = "Compare with this sheet: the ratio of the metric (speedup: of peaks).")
    String vs;

    @Option(names = "--locale", paramLabel = "LOCALE", defaultValue = "en", converter = LocaleConverter.class,
            description = "en or zh-TW (default: ${DEFAULT-VALUE}).")
    QuoteLocale locale;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
    QuoteFormat format;

    @Override
    public Integer call() {
        boolean speedup = metric.strip().toLowerCase(Locale.ROOT).equals("speedup");
        Metric m = speedup ? Metric.PEAK : Metric.parse(metric);
        Quote q = catalogue.engine().quote(id, m, speedup, vs, basis.request(basis.precision)); // null: compare's automatic precision
        Render.names(catalogue.engine(), vs == null ? List.of(id) : List.of(id, vs), spec.commandLine().getErr());
        QuoteWriter w = new QuoteWriter(locale, basis.digits, Render.wording(locale));
        var out = spec.commandLine().getOut();
        switch (format) {
            case JSON -> out.print(Json.write(w.json(q)));
            case MARKDOWN -> out.print(w.markdown(q));
            default -> out.print(w.text(q));
        }
        if (format != QuoteFormat.JSON) {
            w.warnings(q).forEach(x -> spec.commandLine().getErr().println("warning: " + x));
        }
        return ExitCodes.OK;
    }

    /** Reads en, zh-TW, zh_tw. */
    public static class LocaleConverter implements ITypeConverter<QuoteLocale> {
        @Override
        public QuoteLocale convert(String value) {
            try {
                return QuoteLocale.parse(value);
            } catch (hwcalc.units.InputException e) { // picocli prints the message alone, not the exception's class
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
