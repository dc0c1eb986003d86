package hwcalc.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hwcalc.metrics.Cpi;
import hwcalc.metrics.Metric;
import hwcalc.metrics.MetricValue;
import hwcalc.metrics.Metrics;
import hwcalc.metrics.Peaks;
import hwcalc.metrics.Ranking;
import hwcalc.report.CompareReport;
import hwcalc.report.Json;
import hwcalc.report.Table;
import hwcalc.spec.Catalogue;
import hwcalc.spec.Kind;
import hwcalc.spec.Precision;
import hwcalc.spec.SpecSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hwcalc rank --by METRIC}: sheets ordered by a metric on one basis. */
@Command(name = "rank", mixinStandardHelpOptions = true,
        description = "Rank sheets by a metric at one precision (default fp16 dense); sheets without that figure are skipped and counted.")
public class RankCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    CatalogueOptions catalogue;
    @Mixin
    FormatOption format;
    @Mixin
    BasisOptions basis;

    @Option(names = "--precision", paramLabel = "P", converter = BasisOptions.PrecisionConverter.class,
            description = BasisOptions.PRECISIONS + " (default: fp16; tensor rates are FP32-accumulate rates).")
    void precision(hwcalc.spec.Precision p) {
        basis.precision = p;
    }

    @Option(names = "--by", required = true, paramLabel = "METRIC",
            description = "peak, price, usd-per-tflops, flops-per-usd, flops-per-watt, usd-per-gb, bytes-per-flop, ridge-point, energy-cost, time-to-compute.")
    String by;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only this kind: ${COMPLETION-CANDIDATES}.")
    Kind kind;

    @Option(names = "--top", paramLabel = "N", converter = hwcalc.cli.options.Bounded.Top.class,
            description = "Show the first N, 1 to 1000000 (default: all).")
    Integer top;

    @Override
    public Integer call() {
        Metric metric = Metric.parse(by);
        var request = basis.request(basis.precision == null ? Precision.FP16 : basis.precision);
        Ranking r = catalogue.engine().rank(metric, kind, request, top == null ? 0 : top);
        if (r.ranked().isEmpty()) {
            // an empty table is not a result: say why, as trend does, with exit code 2
            MetricValue first = r.skipped().isEmpty() ? null : r.skipped().get(0);
            throw new UserException("nothing to rank by " + metric.key() + " at " + request.basis() + ": "
                    + (first == null ? "no sheet matches" : r.skipped().size() + " sheet(s) skipped, e.g. "
                    + first.sheet().id() + ": " + Render.wording().unavailable(first.missing())));
        }
        var out = spec.commandLine().getOut();
        if (format.format() == hwcalc.report.Format.JSON) {
            ObjectNode o = Json.object();
            o.put("metric", metric.key());
            o.put("basis", request.basis());
            ArrayNode arr = o.putArray("ranked");
            int rank = 1;
            for (MetricValue v : r.ranked()) {
                ObjectNode j = arr.addObject();
                j.put("rank", rank++);
                j.put("id", v.sheet().id());
                j.put("value", Json.plain(v.value().value()));
                j.put("unit", v.value().unit().symbol());
                j.put("arithmetic", v.arithmetic());
            }
            ArrayNode warnings = o.putArray("warnings");
            r.warnings().forEach(w -> warnings.add(Render.wording().caveat(w)));
            ArrayNode skipped = o.putArray("skipped");
            for (MetricValue v : r.skipped()) {
                ObjectNode j = skipped.addObject();
                j.put("id", v.sheet().id());
                j.put("reason", Json.key(v.missing().reason()));
                j.put("why", Render.wording().unavailable(v.missing()));
            }
            out.print(Json.write(o));
            return ExitCodes.OK;
        }
        if (format.format() == hwcalc.report.Format.CSV) { // numbers for machines: exact, the unit in its own column
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (MetricValue v : r.ranked()) {
                rows.add(List.of(Integer.toString(n++), v.sheet().id(), v.value().value().toPlainString(), v.value().unit().symbol(),
                        v.peak() == null ? "" : v.peak().core().key(), v.peak() == null ? "" : Json.key(v.peak().basis()),
                        v.price() == null ? "" : v.price().kind().key(), v.price() == null ? "" : v.price().scope().key(),
                        v.dollarYear() == null ? "" : v.dollarYear().toString()));
            }
            out.print(new Table(List.of("rank", "id", "value", "unit", "core", "peakBasis", "priceKind", "priceScope",
                    "dollarYear"), rows).toCsv());
            return ExitCodes.OK;
        }
        List<List<String>> rows = new ArrayList<>();
        int rank = 1;
        for (MetricValue v : r.ranked()) {
            rows.add(List.of(Integer.toString(rank++), v.sheet().id(), CompareReport.cell(v.value(), basis.digits), basisOf(v)));
        }
        Table t = new Table(List.of("#", "id", metric.key() + " (" + request.basis() + ")", "basis"), rows);
        out.print(Render.table(t, format.format()));
        if (format.format() == hwcalc.report.Format.TABLE && (request.precision() == Precision.FP16 || request.precision() == Precision.BF16)) {
            out.println("\nTensor rates are FP32-accumulate rates (an untagged rate is one, by the datacenter sheets' convention); "
                    + "a card with only an FP16-accumulate rate is skipped.");
        }
        if (format.format() != hwcalc.report.Format.CSV && !r.warnings().isEmpty()) {
            boolean md = format.format() == hwcalc.report.Format.MARKDOWN;
            out.print(md ? "\nWarnings:\n\n" : "\nWarnings:\n");
            r.warnings().forEach(w -> out.println((md ? "- **" : "  ! ") + Render.wording().caveat(w) + (md ? "**" : "")));
        }
        if (format.format() == hwcalc.report.Format.TABLE && !r.skipped().isEmpty()) {
            out.println("\n" + r.skipped().size() + " sheet(s) skipped (no " + request.basis() + " figure or missing input); "
                    + "e.g. " + r.skipped().get(0).sheet().id() + ": "
                    + Render.wording().unavailable(r.skipped().get(0).missing()));
        }
        return ExitCodes.OK;
    }

    private static String basisOf(MetricValue v) {
        List<String> parts = new ArrayList<>();
        if (v.peak() != null) {
            // the accumulator only where the sheet tags it: output says only what the sheet says
            parts.add(v.peak().core().key() + (v.peak().accumulate() == null ? "" : ", " + v.peak().accumulate().name() + " accumulate")
                    + ", " + v.peak().basis().label());
        }
        if (v.price() != null) {
            parts.add(v.price().kind().label() + (v.price().provider() == null ? "" : " " + v.price().provider()
                    + " (" + v.price().providerTier().key() + ")") + (v.owned() != null ? ", owned" : "") + " " + v.price().date().year()
                    + (v.dollarYear() != null && v.dollarYear() != v.price().date().year() ? " in " + v.dollarYear() + " $" : ""));
        }
        return String.join("; ", parts);
    }
}
