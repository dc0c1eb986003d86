package hwcalc.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hwcalc.claims.Quote;
import hwcalc.metrics.MetricValue;
import hwcalc.metrics.Peak;
import hwcalc.units.Quantity;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a quote as a sentence an editor can paste, in English or Taiwanese Chinese, with every
 * figure rounded once ({@link Numbers}, {@link LocalNumbers}), its unit and basis, and numbered
 * footnotes citing each source. JSON adds the exact values.
 */
public final class QuoteWriter {

    private final QuoteLocale loc;
    private final int digits;

    private final Wording wording;

    public QuoteWriter(QuoteLocale loc, int digits) {
        this(loc, digits, Wording.of(loc));
    }

    public QuoteWriter(QuoteLocale loc, int digits, Wording wording) {
        this.loc = loc;
        this.digits = digits;
        this.wording = wording;
    }

    /** The sentence, without footnote markers. */
    public String sentence(Quote q) {
        String s = QuoteSentence.fill(loc.word(templateKey(q)), new QuoteSentence(loc, digits).values(q));
        // full-width punctuation carries its own spacing; a space beside it is a typo in Chinese text
        // and Latin words or numbers next to Chinese characters get a space ("的 roofline")
        return loc == QuoteLocale.ZH_TW ? FULL_WIDTH_SPACING.matcher(CJK_LATIN.matcher(LATIN_CJK.matcher(s)
                .replaceAll("$1 $2")).replaceAll("$1 $2")).replaceAll("$1") : s;
    }

    private static final java.util.regex.Pattern FULL_WIDTH_SPACING = java.util.regex.Pattern.compile(" *([，。（）：；]) *");
    private static final java.util.regex.Pattern CJK_LATIN = java.util.regex.Pattern.compile("(\\p{IsHan})([A-Za-z0-9$])");
    private static final java.util.regex.Pattern LATIN_CJK = java.util.regex.Pattern.compile("([A-Za-z0-9])(\\p{IsHan})");

    private String templateKey(Quote q) {
        if (q.speedup()) {
            return "speedup";
        }
        if (q.isComparison()) {
            // a price has no basis to state; dollars of another year say which year, as single quotes do
            String key = q.metric().usesPeak() ? "compare" : "compare.nobasis";
            return q.adjustedPrice() != null ? key + ".adjusted" : key;
        }
        String key = q.metric().key();
        if (q.metric() == hwcalc.metrics.Metric.USD_PER_CHIP_HOUR && q.value().price() != null) {
            // a rate names its provider and date; an owned cost its purchase price and the method
            return q.value().owned() != null ? key + ".owned" : key + ".rental";
        }
        if (q.request().adjustTo() != null && loc.has(key + ".adjusted")) {
            return key + ".adjusted";
        }
        return loc.has(key) ? key : q.metric().usesPeak() ? "generic" : "generic.nobasis";
    }

    public String text(Quote q) {
        StringBuilder out = new StringBuilder(sentence(q));
        for (int i = 1; i <= q.citations().size(); i++) {
            out.append('[').append(i).append(']');
        }
        out.append("\n\n");
        int n = 1;
        for (Quote.Citation c : q.citations()) {
            out.append('[').append(n++).append("] ").append(cite(c)).append(c.url()).append('\n');
        }
        credits(q).forEach(c -> out.append('\n').append(loc.word("credit")).append(loc == QuoteLocale.ZH_TW ? "" : " ").append(c.text())
                .append(c.url() == null ? "" : ", " + c.url()).append('\n'));
        return out.toString();
    }

    /** The attributions the prices behind a quote ask for (Epoch AI's CC BY 4.0 rates). */
    static java.util.List<hwcalc.spec.Price.Credit> credits(Quote q) {
        java.util.LinkedHashSet<hwcalc.spec.Price.Credit> out = new java.util.LinkedHashSet<>();
        for (hwcalc.metrics.MetricValue v : q.otherValue() == null ? java.util.List.of(q.value())
                : java.util.List.of(q.value(), q.otherValue())) {
            v.observations().stream().map(hwcalc.spec.Price::credit).filter(java.util.Objects::nonNull).forEach(out::add);
        }
        return java.util.List.copyOf(out);
    }

    public String markdown(Quote q) {
        StringBuilder out = new StringBuilder(sentence(q));
        for (int i = 1; i <= q.citations().size(); i++) {
            out.append("[^").append(i).append(']');
        }
        out.append("\n\n");
        int n = 1;
        for (Quote.Citation c : q.citations()) {
            out.append("[^").append(n++).append("]: ").append(cite(c)).append('<').append(c.url()).append(">\n");
        }
        credits(q).forEach(c -> out.append('\n').append(loc.word("credit")).append(loc == QuoteLocale.ZH_TW ? "" : " ").append(c.text())
                .append(c.url() == null ? "" : ", <" + c.url() + ">").append('\n'));
        return out.toString();
    }

    private static String cite(Quote.Citation c) {
        String tier = c.tier() == null ? "" : c.tier().key();
        String who = c.publisher() == null ? tier : c.publisher() + (tier.isEmpty() ? "" : "; " + tier);
        if (c.title() != null) {
            return c.title() + (who.isEmpty() ? "" : " (" + who + ")") + ". ";
        }
        return who.isEmpty() ? "" : who + ". ";
    }

    public ObjectNode json(Quote q) {
        ObjectNode o = Json.object();
        o.put("id", q.subject().id());
        o.put("metric", q.speedup() ? "speedup" : q.metric().key());
        if (q.other() != null) {
            o.put("vs", q.other().id());
        }
        o.put("locale", loc.tag());
        o.put("digits", digits);
        StringBuilder marked = new StringBuilder(sentence(q));
        for (int i = 1; i <= q.citations().size(); i++) {
            marked.append('[').append(i).append(']');
        }
        o.put("sentence", marked.toString());
        ArrayNode credits = o.putArray("credits");
        credits(q).forEach(c -> credits.addObject().put("text", c.text()).put("url", c.url()));
        ArrayNode notes = o.putArray("footnotes");
        int n = 1;
        for (Quote.Citation c : q.citations()) {
            ObjectNode f = notes.addObject();
            f.put("n", n++);
            f.put("url", c.url());
            f.put("title", c.title());
            f.put("publisher", c.publisher());
            f.put("tier", c.tier() == null ? null : c.tier().key());
        }
        ObjectNode basis = o.putObject("basis");
        basis.put("precision", q.request().precision().name());
        basis.put("sparsity", q.request().sparsity().key());
        if (q.value().peak() != null) {
            basis.put("core", q.value().peak().core().key());
        }
        if (q.value().price() != null) {
            basis.put("priceKind", q.value().price().kind().key());
            basis.put("priceDate", q.value().price().date().toString());
        }
        if (q.value().dollarYear() != null) {
            basis.put("dollarYear", q.value().dollarYear());
        }
        ObjectNode exact = o.putObject("exact");
        values(exact, "", q.value());
        if (q.otherValue() != null) {
            values(exact, "other", q.otherValue());
            exact.put("ratio", Json.plain(q.ratio()));
        }
        put(exact, "adjustedPrice", q.adjustedPrice());
        put(exact, "power", q.power());
        put(exact, "memory", q.memory());
        put(exact, "bandwidth", q.bandwidth());
        ArrayNode w = o.putArray("warnings");
        q.warnings().forEach(x -> w.add(wording.caveat(x)));
        return o;
    }

    private static void values(ObjectNode o, String prefix, MetricValue v) {
        String p = prefix.isEmpty() ? "" : prefix;
        put(o, p.isEmpty() ? "value" : p + "Value", v.value());
        o.put(p.isEmpty() ? "arithmetic" : p + "Arithmetic", v.arithmetic());
        Peak peak = v.peak();
        if (peak != null) {
            put(o, p.isEmpty() ? "peak" : p + "Peak", peak.value());
        }
        if (v.price() != null) {
            put(o, p.isEmpty() ? "price" : p + "Price", v.price().amount());
        }
    }

    private static void put(ObjectNode o, String key, Quantity q) {
        if (q != null) {
            o.set(key, Json.quantity(q));
        }
    }

    /** Warnings for the editor, kept out of the sentence. */
    public List<String> warnings(Quote q) {
        return new ArrayList<>(q.warnings().stream().map(wording::caveat).toList());
    }
}
