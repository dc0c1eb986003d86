package hwcalc.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hwcalc.metrics.Peak;
import hwcalc.metrics.Peaks;
import hwcalc.spec.Figure;
import hwcalc.spec.Missing;
import hwcalc.spec.Part;
import hwcalc.spec.Price;
import hwcalc.spec.SpecSheet;
import hwcalc.units.Quantity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What {@code hwcalc show} prints: every figure of a sheet with its tags and sources, and for
 * systems the sum of parts beside each declared figure. Values print exactly as declared.
 */
public final class SheetReport {

    /** One printed figure: what, the value, tags or basis, derived sums, source URLs. */
    public record Row(String figure, String value, String detail, List<String> urls) {
    }

    private final SpecSheet sheet;
    private final Peaks peaks;
    private final List<Row> rows = new ArrayList<>();

    public SheetReport(SpecSheet sheet, Peaks peaks) {
        this.sheet = sheet;
        this.peaks = peaks;
        build();
    }

    public List<Row> rows() {
        return rows;
    }

    private void build() {
        for (Peak p : peaks.all(sheet)) {
            String detail = p.precision().name() + " " + p.sparsity().key() + " " + p.core().key();
            if (p.basis() == hwcalc.metrics.Basis.DECLARED) {
                Figure f = sheet.declared(p.precision(), p.sparsity(), p.core()).orElseThrow().figure();
                detail += alternatives(f) + note(f.note());
                var sum = peaks.sumOfParts(sheet, p.precision(), p.sparsity(), p.core());
                if (sum.isPresent()) {
                    detail += "; sum of parts " + exact(sum.get().value()) + " = " + sum.get().arithmetic();
                }
            } else {
                detail += "; " + p.basis().label() + ": " + p.arithmetic();
            }
            rows.add(new Row("peak", exact(p.value()), detail, p.sourceUrls()));
        }
        figure("memory capacity", sheet.memory().capacity(), s -> s.memory().capacity(),
                sheet.memory().type());
        figure("memory bandwidth", sheet.memory().bandwidth(), s -> s.memory().bandwidth(), null);
        figure("power (TDP)", sheet.power().tdp(), null, null);
        figure("power (max)", sheet.power().max(), null, null);
        for (Price p : sheet.prices()) {
            String detail = p.kind().label() + ", " + p.date() + ", per " + p.scope().key() + note(p.note());
            rows.add(new Row(rows.stream().anyMatch(r -> r.figure().equals("price")) ? "price (other)" : "price",
                    Money.exact(p.amount()), detail, Peaks.urls(sheet, p.sources())));
        }
        for (Part p : sheet.parts()) {
            rows.add(new Row("part", p.count() + " x " + p.id(), p.role() == Part.Role.HOST ? "host (not summed into peaks)" : "compute", List.of()));
        }
        if (sheet.derivation() != null && sheet.derivation().units() != null) {
            rows.add(new Row("units (cores)", Numbers.group(Long.toString(sheet.derivation().units())), "",
                    Peaks.urls(sheet, sheet.derivation().unitsSources())));
        }
        if (sheet.derivation() != null) {
            figure("base clock", sheet.derivation().baseClock(), null, null);
            figure("boost clock", sheet.derivation().boostClock(), null, null);
        }
        figure("weight", sheet.weight(), null, null);
        figure("process", sheet.process(), null, null);
        figure("transistors", sheet.transistors(), null, null);
        figure("die size", sheet.dieSize(), null, null);
        for (Missing m : sheet.missing()) {
            rows.add(new Row("not found", m.figure(), m.note() == null ? "" : m.note(), List.of()));
        }
    }

    private void figure(String name, Figure f, Function<SpecSheet, Figure> summable, String extra) {
        String detail = extra == null ? "" : extra;
        if (f == null) {
            if (summable != null) {
                peaks.sumOfParts(sheet, summable).ifPresent(sum -> rows.add(new Row(name, exact(sum.value()),
                        "sum of parts: " + sum.arithmetic(), List.of())));
            }
            return;
        }
        detail += alternatives(f) + note(f.note());
        if (summable != null) {
            var sum = peaks.sumOfParts(sheet, summable);
            if (sum.isPresent()) {
                detail += (detail.isEmpty() ? "" : "; ") + "sum of parts " + exact(sum.get().value()) + " = " + sum.get().arithmetic();
            }
        }
        rows.add(new Row(name, exact(f.value()), detail.startsWith("; ") ? detail.substring(2) : detail,
                Peaks.urls(sheet, f.sources())));
    }

    private static String alternatives(Figure f) {
        if (f.alternatives().isEmpty()) {
            return "";
        }
        List<String> alt = new ArrayList<>();
        for (Figure.Alternative a : f.alternatives()) {
            alt.add(exact(a.value()) + (a.note() == null ? "" : " (" + a.note() + ")"));
        }
        return "; sources disagree, also: " + String.join(", ", alt);
    }

    private static String note(String note) {
        return note == null || note.isBlank() ? "" : "; " + note.strip();
    }

    static String exact(Quantity q) {
        return Numbers.group(q.value().toPlainString()) + (q.unit().isOne() ? "" : " " + q.unit().symbol());
    }

    /** Header lines, the figures with footnote numbers, then the numbered source URLs. */
    public String toText(boolean markdown) {
        Map<String, Integer> notes = new LinkedHashMap<>();
        List<List<String>> cells = new ArrayList<>();
        for (Row r : rows) {
            List<String> refs = new ArrayList<>();
            for (String u : r.urls()) {
                refs.add("[" + notes.computeIfAbsent(u, k -> notes.size() + 1) + "]");
            }
            cells.add(List.of(r.figure(), r.value(), r.detail(), String.join("", refs)));
        }
        StringBuilder out = new StringBuilder();
        out.append(markdown ? "## " : "").append(sheet.name()).append(" (").append(sheet.id()).append(")\n");
        out.append(sheet.kind().key()).append(", ").append(sheet.vendor());
        if (sheet.variant() != null) {
            out.append(", ").append(sheet.variant());
        }
        out.append('\n');
        if (!sheet.aliases().isEmpty()) {
            out.append("aliases: ").append(String.join(", ", sheet.aliases())).append('\n');
        }
        if (sheet.dates().announced() != null || sheet.dates().available() != null) {
            out.append("announced ").append(sheet.dates().announced() == null ? "?" : sheet.dates().announced())
                    .append(", available ").append(sheet.dates().available() == null ? "?" : sheet.dates().available()).append('\n');
        }
        out.append('\n');
        Table t = new Table(List.of("figure", "value", "tags / basis / notes", "src"), cells);
        out.append(markdown ? t.toMarkdown() : t.toText());
        out.append('\n').append(markdown ? "Sources:\n\n" : "Sources:\n");
        notes.forEach((url, n) -> out.append(markdown ? "" : "  ").append('[').append(n).append("] ").append(url)
                .append(tierOf(url).map(tier -> " (" + tier.key() + ")").orElse("")).append(markdown ? "  \n" : "\n"));
        return out.toString();
    }

    /** The tier this sheet gives the source at {@code url}, if any (a part's source may be on the part's sheet). */
    private java.util.Optional<hwcalc.spec.Tier> tierOf(String url) {
        return sheet.sources().values().stream().filter(x -> url.equals(x.url()) && x.tier() != null)
                .map(hwcalc.spec.Source::tier).findFirst();
    }

    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        o.put("id", sheet.id());
        o.put("name", sheet.name());
        o.put("kind", sheet.kind().key());
        o.put("vendor", sheet.vendor());
        ArrayNode al = o.putArray("aliases");
        sheet.aliases().forEach(al::add);
        o.put("file", sheet.file());
        ArrayNode peaksJson = o.putArray("peaks");
        for (Peak p : peaks.all(sheet)) {
            ObjectNode j = peaksJson.addObject();
            j.put("precision", p.precision().key());
            j.put("sparsity", p.sparsity().key());
            j.put("core", p.core().key());
            j.set("value", Json.quantity(p.value()));
            j.put("basis", p.basis().name().toLowerCase(java.util.Locale.ROOT));
            if (p.arithmetic() != null) {
                j.put("arithmetic", p.arithmetic());
            }
            ArrayNode urls = j.putArray("sources");
            p.sourceUrls().forEach(urls::add);
        }
        ArrayNode figures = o.putArray("figures");
        for (Row r : rows) {
            ObjectNode j = figures.addObject();
            j.put("figure", r.figure());
            j.put("value", r.value());
            j.put("detail", r.detail());
            ArrayNode urls = j.putArray("sources");
            r.urls().forEach(urls::add);
        }
        return o;
    }

    /** CSV/flat rows: figure, value, detail, sources joined by spaces. */
    public Table toTable() {
        List<List<String>> cells = new ArrayList<>();
        for (Row r : rows) {
            cells.add(List.of(r.figure(), r.value(), r.detail(), String.join(" ", r.urls())));
        }
        return new Table(List.of("figure", "value", "detail", "sources"), cells);
    }
}
