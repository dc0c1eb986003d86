package hwcalc.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hwcalc.metrics.Comparison;
import hwcalc.metrics.Metric;
import hwcalc.metrics.MetricValue;
import hwcalc.spec.SpecSheet;
import hwcalc.units.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders a {@link Comparison}: a grid of metrics, then the basis of each figure, warnings and sources. */
public final class CompareReport {

    private final Comparison c;
    private final int digits;
    private final Wording wording;

    public CompareReport(Comparison c, int digits) {
        this(c, digits, Wording.english());
    }

    public CompareReport(Comparison c, int digits, Wording wording) {
        this.c = c;
        this.digits = digits;
        this.wording = wording;
    }

    public static String cell(Quantity q, int digits) {
        if (q.unit().symbol().equals("USD")) {
            return Money.text(q, digits);
        }
        return Numbers.format(q.value(), digits) + (q.unit().isOne() ? "" : " " + q.unit().symbol());
    }

    /**
     * Machine-readable: one row per metric and sheet, the exact value as a plain number, its unit
     * in its own column, the ratio to the first sheet and the dollar year (for pandas, spreadsheets).
     */
    public Table data() {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<Metric, List<MetricValue>> e : c.values().entrySet()) {
            for (int i = 0; i < e.getValue().size(); i++) {
                MetricValue v = e.getValue().get(i);
                BigDecimal r = i == 0 ? null : c.ratioToFirst(e.getKey(), i);
                rows.add(List.of(e.getKey().key(), v.sheet().id(),
                        v.isAvailable() ? v.value().value().toPlainString() : "",
                        v.isAvailable() ? v.value().unit().symbol() : "",
                        r == null ? "" : r.toPlainString(),
                        v.dollarYear() == null ? "" : v.dollarYear().toString(),
                        c.request().precision().key(), c.request().sparsity().key(),
                        v.peak() == null ? "" : v.peak().core().key(),
                        v.isAvailable() ? "" : Json.key(v.missing().reason())));
            }
        }
        return new Table(List.of("metric", "id", "value", "unit", "ratioToFirst", "dollarYear", "precision", "sparsity",
                "core", "unavailable"), rows);
    }

    public Table grid() {
        List<String> headers = new ArrayList<>();
        headers.add("metric (" + c.request().basis() + ")");
        List<SpecSheet> sheets = c.sheets();
        sheets.forEach(s -> headers.add(s.id()));
        for (int i = 1; i < sheets.size(); i++) {
            headers.add(sheets.get(i).id() + " / " + sheets.get(0).id());
        }
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<Metric, List<MetricValue>> e : c.values().entrySet()) {
            List<String> row = new ArrayList<>();
            String label = e.getKey().key();
            if (c.request().adjustTo() != null && e.getValue().stream().anyMatch(v -> v.dollarYear() != null)) {
                label += " (" + c.request().adjustTo() + " $)";
            }
            row.add(label);
            for (MetricValue v : e.getValue()) {
                row.add(v.isAvailable() ? cell(v.value(), digits) : "n/a");
            }
            for (int i = 1; i < sheets.size(); i++) {
                BigDecimal r = c.ratioToFirst(e.getKey(), i);
                row.add(r == null ? "n/a" : Numbers.format(r, digits) + "x");
            }
            rows.add(row);
        }
        return new Table(headers, rows);
    }

    public String toText(boolean markdown) {
        StringBuilder out = new StringBuilder();
        out.append("Compared at ").append(c.request().basis()).append(c.request().adjustTo() == null
                ? ", prices as quoted" : ", prices in " + c.request().adjustTo() + " dollars (CPI-U)")
                .append("; ratios against ").append(c.sheets().get(0).id()).append(". Peaks are theoretical.\n\n");
        Table t = grid();
        out.append(markdown ? t.toMarkdown() : t.toText());
        Map<String, Integer> notes = new LinkedHashMap<>();
        out.append(markdown ? "\nBasis:\n\n" : "\nBasis:\n");
        for (Map.Entry<Metric, List<MetricValue>> e : c.values().entrySet()) {
            for (MetricValue v : e.getValue()) {
                if (e.getKey() != Metric.PEAK && e.getKey() != Metric.PRICE && v.isAvailable()) {
                    continue;
                }
                StringBuilder refs = new StringBuilder();
                for (String u : v.sourceUrls()) {
                    refs.append('[').append(notes.computeIfAbsent(u, k -> notes.size() + 1)).append(']');
                }
                out.append(markdown ? "- " : "  ").append(v.sheet().id()).append(' ').append(e.getKey().key()).append(": ")
                        .append(v.isAvailable() ? v.arithmetic() : "n/a, " + wording.unavailable(v.missing()))
                        .append(refs.length() > 0 ? " " + refs : "").append('\n');
            }
        }
        LinkedHashSet<String> basisNotes = new LinkedHashSet<>();
        c.values().values().forEach(row -> row.forEach(v -> v.caveats().stream()
                .filter(n -> !n.isWarning()).map(wording::caveat).forEach(basisNotes::add)));
        basisNotes.forEach(n -> out.append(markdown ? "- " : "  ").append(n).append('\n'));
        if (!c.warnings().isEmpty() || !c.likeForLike().isEmpty()) {
            out.append(markdown ? "\nWarnings:\n\n" : "\nWarnings:\n");
            c.warnings().forEach(w -> out.append(markdown ? "- **" : "  ! ").append(wording.caveat(w)).append(markdown ? "**\n" : "\n"));
            c.likeForLike().forEach(w -> out.append(markdown ? "- " : "  = ").append(wording.likeForLike(w)).append('\n'));
        }
        out.append(markdown ? "\nSources:\n\n" : "\nSources:\n");
        notes.forEach((u, n) -> out.append(markdown ? "" : "  ").append('[').append(n).append("] ").append(u).append(markdown ? "  \n" : "\n"));
        return out.toString();
    }

    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        ObjectNode basis = o.putObject("basis");
        basis.put("precision", c.request().precision().key());
        basis.put("sparsity", c.request().sparsity().key());
        if (c.request().core() != null) {
            basis.put("core", c.request().core().key());
        }
        if (c.request().adjustTo() != null) {
            basis.put("dollarYear", c.request().adjustTo());
        }
        ArrayNode ids = o.putArray("ids");
        c.sheets().forEach(s -> ids.add(s.id()));
        ObjectNode metrics = o.putObject("metrics");
        for (Map.Entry<Metric, List<MetricValue>> e : c.values().entrySet()) {
            ArrayNode arr = metrics.putArray(e.getKey().key());
            for (int i = 0; i < e.getValue().size(); i++) {
                MetricValue v = e.getValue().get(i);
                ObjectNode j = arr.addObject();
                j.put("id", v.sheet().id());
                if (v.isAvailable()) {
                    j.put("value", Json.plain(v.value().value()));
                    j.put("unit", v.value().unit().symbol());
                    j.put("arithmetic", v.arithmetic());
                    if (v.peak() != null) {
                        j.put("precision", v.peak().precision().key());
                        j.put("sparsity", v.peak().sparsity().key());
                        j.put("core", v.peak().core().key());
                        j.put("peakBasis", v.peak().basis().name().toLowerCase(Locale.ROOT));
                    }
                    if (v.price() != null) {
                        j.put("priceKind", v.price().kind().key());
                        j.put("priceDate", v.price().date().toString());
                    }
                    if (v.dollarYear() != null) {
                        j.put("dollarYear", v.dollarYear());
                    }
                    if (i > 0) {
                        BigDecimal r = c.ratioToFirst(e.getKey(), i);
                        if (r != null) {
                            j.put("ratioToFirst", Json.plain(r));
                        }
                    }
                } else {
                    j.putNull("value");
                    j.put("unavailable", wording.unavailable(v.missing()));
                    j.put("unavailableReason", Json.key(v.missing().reason()));
                }
                ArrayNode notes = j.putArray("notes");
                v.caveats().forEach(n -> notes.add(wording.caveat(n)));
                ArrayNode src = j.putArray("sources");
                v.sourceUrls().forEach(src::add);
            }
        }
        ArrayNode w = o.putArray("warnings");
        c.warnings().forEach(x -> w.add(wording.caveat(x)));
        ArrayNode l = o.putArray("likeForLike");
        c.likeForLike().forEach(x -> l.add(wording.likeForLike(x)));
        return o;
    }
}
