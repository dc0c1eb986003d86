package hwcalc.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hwcalc.metrics.Caveat;
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
        if (q.unit().symbol().equals("USD") || q.unit().symbol().equals("USD/h")) {
            return Money.text(q, digits);
        }
        return Numbers.format(q.value(), digits) + (q.unit().isOne() ? "" : " " + q.unit().symbol());
    }

    /** A value, or a range "low to high" when the price behind it was stated as one. */
    public static String cell(MetricValue v, int digits) {
        if (!v.isRange()) {
            return cell(v.value(), digits);
        }
        if (v.value().unit().symbol().equals("USD") || v.value().unit().symbol().equals("USD/h")) {
            return Money.range(v.value(), v.high(), digits);
        }
        return Numbers.format(v.value().value(), digits) + " to " + cell(v.high(), digits);
    }

    /** Where a rental rate was seen: "Lambda Labs (neocloud), US East, 2024-05-01". */
    static String observed(hwcalc.spec.Price p) {
        StringBuilder b = new StringBuilder();
        if (p.provider() != null) {
            b.append(p.provider()).append(" (").append(p.providerTier().key()).append(")");
        }
        if (p.region() != null) {
            b.append(b.length() > 0 ? ", " : "").append(p.region());
        }
        b.append(b.length() > 0 ? ", " : "").append(p.date());
        if (p.chips() != null && p.chips() > 1) {
            b.append(", instance of ").append(p.chips()).append(" chips priced per chip");
        }
        return b.toString();
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
        for (SpecSheet s : sheets) { // loops, not lambdas, on compare's path: each lambda is a bootstrap at start-up (issue 17)
            headers.add(s.id());
        }
        for (int i = 1; i < sheets.size(); i++) {
            headers.add(sheets.get(i).id() + " / " + sheets.get(0).id());
        }
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<Metric, List<MetricValue>> e : c.values().entrySet()) {
            List<String> row = new ArrayList<>();
            String label = e.getKey().key();
            if (c.request().adjustTo() != null && anyInDollarsOfAYear(e.getValue())) {
                label += " (" + c.request().adjustTo() + " $)";
            }
            row.add(label);
            for (MetricValue v : e.getValue()) {
                row.add(v.isAvailable() ? cell(v, digits) : "n/a");
            }
            for (int i = 1; i < sheets.size(); i++) {
                BigDecimal r = c.ratioToFirst(e.getKey(), i);
                BigDecimal top = c.ratioHighToFirst(e.getKey(), i);
                row.add(r == null ? "n/a" : Numbers.format(r, digits) + (top == null ? "" : " to " + Numbers.format(top, digits)) + "x");
            }
            rows.add(row);
        }
        return new Table(headers, rows);
    }

    private static boolean anyInDollarsOfAYear(List<MetricValue> row) {
        for (MetricValue v : row) {
            if (v.dollarYear() != null) {
                return true;
            }
        }
        return false;
    }

    public String toText(boolean markdown) {
        StringBuilder out = new StringBuilder();
        out.append("Compared at ").append(c.request().basis()).append(c.request().adjustTo() == null
                ? ", prices as quoted" : ", prices in " + c.request().adjustTo() + " dollars ("
                + (c.cpiFile().isPresent() ? "the CPI series in " + c.cpiFile().get() : "CPI-U") + ")")
                .append("; ratios against ").append(c.sheets().get(0).id()).append(". Peaks are theoretical.\n\n");
        Table t = grid();
        out.append(markdown ? t.toMarkdown() : t.toText());
        Map<String, Integer> notes = new LinkedHashMap<>();
        out.append(markdown ? "\nBasis:\n\n" : "\nBasis:\n");
        for (Map.Entry<Metric, List<MetricValue>> e : c.values().entrySet()) {
            for (MetricValue v : e.getValue()) {
                if (e.getKey() != Metric.PEAK && e.getKey() != Metric.PRICE && e.getKey() != Metric.USD_PER_CHIP_HOUR
                        && v.isAvailable()) {
                    continue;
                }
                StringBuilder refs = new StringBuilder();
                for (String u : v.sourceUrls()) {
                    notes.putIfAbsent(u, notes.size() + 1);
                    refs.append('[').append(notes.get(u)).append(']');
                }
                out.append(markdown ? "- " : "  ").append(v.sheet().id()).append(' ').append(e.getKey().key()).append(": ")
                        .append(!v.isAvailable() ? "n/a, " + wording.unavailable(v.missing())
                                : v.owned() != null ? owned(v.owned()) : v.arithmetic())
                        .append(refs.length() > 0 ? " " + refs : "").append('\n');
                if (v.isAvailable() && e.getKey() == Metric.USD_PER_CHIP_HOUR) {
                    for (hwcalc.spec.Price p : v.observations()) {
                        if (p.isRental()) {
                            out.append(markdown ? "  - " : "      ").append(observed(p)).append('\n');
                        }
                    }
                    if (v.observations().size() > 1) {
                        out.append(markdown ? "  - " : "      ").append(v.price().kind().key()).append(' ')
                                .append(v.observations().size()).append(" observations, ").append("median").append('\n');
                    }
                }
            }
        }
        LinkedHashSet<String> basisNotes = new LinkedHashSet<>();
        for (List<MetricValue> row : c.values().values()) {
            for (MetricValue v : row) {
                for (Caveat n : v.caveats()) {
                    if (!n.isWarning()) {
                        basisNotes.add(wording.caveat(n));
                    }
                }
            }
        }
        for (String n : basisNotes) {
            out.append(markdown ? "- " : "  ").append(n).append('\n');
        }
        if (!c.warnings().isEmpty() || !c.likeForLike().isEmpty()) {
            out.append(markdown ? "\nWarnings:\n\n" : "\nWarnings:\n");
            for (Caveat w : c.warnings()) {
                out.append(markdown ? "- **" : "  ! ").append(wording.caveat(w)).append(markdown ? "**\n" : "\n");
            }
            for (Comparison.LikeForLike w : c.likeForLike()) {
                out.append(markdown ? "- " : "  = ").append(wording.likeForLike(w)).append('\n');
            }
        }
        out.append(markdown ? "\nSources:\n\n" : "\nSources:\n");
        for (Map.Entry<String, Integer> n : notes.entrySet()) {
            out.append(markdown ? "" : "  ").append('[').append(n.getValue()).append("] ").append(n.getKey())
                    .append(markdown ? "  \n" : "\n");
        }
        List<hwcalc.spec.Price.Credit> credits = credits();
        if (!credits.isEmpty()) {
            out.append(markdown ? "\nData credits:\n\n" : "\nData credits:\n");
            for (hwcalc.spec.Price.Credit cr : credits) {
                out.append(markdown ? "- " : "  ").append(cr.text()).append(cr.url() == null ? "" : ", " + cr.url()).append('\n');
            }
        }
        return out.toString();
    }

    /** The attributions of every price observation used (Epoch AI's CC BY 4.0 data asks for one). */
    public List<hwcalc.spec.Price.Credit> credits() {
        LinkedHashSet<hwcalc.spec.Price.Credit> out = new LinkedHashSet<>();
        for (List<MetricValue> row : c.values().values()) {
            for (MetricValue v : row) {
                for (hwcalc.spec.Price p : v.observations()) {
                    if (p.credit() != null && v.isAvailable()) {
                        out.add(p.credit());
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** The ownership method's inputs, for the basis lines. */
    static String owned(hwcalc.metrics.OwnedRate o) {
        return "owned: " + Money.exact(o.pricePerChip()) + " per chip (" + o.purchase().kind().label() + ", "
                + o.purchase().date() + ") x " + o.method().depreciation().toPlainString()
                + " orders of magnitude a year x ln 10 / 8760 h = " + Money.text(o.capital(), 4)
                + (o.energy() == null ? "; energy not counted" : " + energy " + o.powerPerChip() + " x PUE "
                + o.method().pue().toPlainString() + " x $" + o.method().usdPerKwh().toPlainString() + "/kWh = "
                + Money.text(o.energy(), 4)) + " (method: Cottier et al. 2024, arXiv:2405.21015)";
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
                    if (v.isRange()) {
                        j.put("high", Json.plain(v.high().value()));
                    }
                    if (v.price() != null) {
                        j.put("priceKind", v.price().kind().key());
                        j.put("priceDate", v.price().date().toString());
                        if (v.price().provider() != null) {
                            j.put("provider", v.price().provider());
                            j.put("providerTier", v.price().providerTier().key());
                        }
                        if (v.price().region() != null) {
                            j.put("region", v.price().region());
                        }
                        if (v.observations().size() > 1) {
                            j.put("observations", v.observations().size());
                        }
                        if (v.price().credit() != null) {
                            j.put("credit", v.price().credit().text());
                        }
                    }
                    if (v.owned() != null) {
                        ObjectNode own = j.putObject("owned");
                        own.put("pricePerChip", Json.plain(v.owned().pricePerChip().value()));
                        own.put("depreciationOomPerYear", Json.plain(v.owned().method().depreciation()));
                        own.put("capitalPerChipHour", Json.plain(v.owned().capital().value()));
                        if (v.owned().energy() != null) {
                            own.put("energyPerChipHour", Json.plain(v.owned().energy().value()));
                            own.put("pue", Json.plain(v.owned().method().pue()));
                            own.put("usdPerKwh", Json.plain(v.owned().method().usdPerKwh()));
                        }
                        own.put("method", "Cottier et al. 2024, arXiv:2405.21015");
                    }
                    if (v.dollarYear() != null) {
                        j.put("dollarYear", v.dollarYear());
                    }
                    if (i > 0) {
                        BigDecimal r = c.ratioToFirst(e.getKey(), i);
                        if (r != null) {
                            j.put("ratioToFirst", Json.plain(r));
                        }
                        BigDecimal top = c.ratioHighToFirst(e.getKey(), i);
                        if (top != null) {
                            j.put("ratioToFirstHigh", Json.plain(top));
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
        List<hwcalc.spec.Price.Credit> credits = credits();
        if (!credits.isEmpty()) {
            ArrayNode cr = o.putArray("credits");
            credits.forEach(x -> cr.addObject().put("text", x.text()).put("url", x.url()));
        }
        return o;
    }
}
