package hwcalc.report;

import hwcalc.claims.Quote;
import hwcalc.metrics.MetricValue;
import hwcalc.metrics.Peak;
import hwcalc.units.Quantity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words that fill a quote's sentence: names, figures rounded once, and the basis. */
final class QuoteSentence {

    private static final Pattern SLOT = Pattern.compile("\\{([a-z_]+)\\}");

    private final QuoteLocale loc;
    private final int digits;

    QuoteSentence(QuoteLocale loc, int digits) {
        this.loc = loc;
        this.digits = digits;
    }

    /** Replaces each {slot}; a slot with no value is a bug in the sentence file. */
    static String fill(String template, Map<String, String> values) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) {
                throw new IllegalStateException("no value for {" + m.group(1) + "} in \"" + template + "\"");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }

    Map<String, String> values(Quote q) {
        Map<String, String> v = new LinkedHashMap<>();
        MetricValue mv = q.value();
        v.put("name", loc.name(q.subject().name()));
        v.put("metric", loc.word("metric." + q.metric().key()));
        v.put("value", figure(mv.value()));
        v.put("value_money", loc.usd(mv.value().value(), digits));
        String unit = mv.value().unit().symbol();
        int slash = unit.indexOf('/');
        v.put("value_number", Numbers.format(mv.value().value(), digits));
        v.put("value_unit", slash < 0 ? unit : unit.substring(0, slash));
        Peak peak = mv.peak();
        v.put("precision", peak != null ? peak.precision().name() : q.request().precision().name());
        String sparsity = loc.word(peak != null ? peak.sparsity().key() : q.request().sparsity().key());
        String core = peak == null ? null : loc.word(peak.core().key());
        v.put("detail", core == null ? sparsity : fill(loc.word("detail"), Map.of("sparsity", sparsity, "core", core)));
        if (peak != null) {
            v.put("peak", figure(peak.value()));
        }
        if (mv.price() != null) {
            v.put("price", loc.usd(mv.price().amount().value(), digits));
            v.put("date", String.valueOf(mv.price().date().year()));
            v.put("kind", loc.word("kind." + mv.price().kind().key()));
        }
        if (mv.price() != null) {
            v.put("full_date", mv.price().date().toString());
            v.put("provider", mv.price().provider() == null ? "" : mv.price().provider());
        }
        if (mv.owned() != null) {
            v.put("price_per_chip", loc.usd(mv.owned().pricePerChip().value(), digits));
            v.put("depreciation", mv.owned().method().depreciation().toPlainString());
        }
        if (q.adjustedPrice() != null) {
            v.put("adjusted", loc.usd(q.adjustedPrice().value(), digits));
            v.put("year", String.valueOf(q.request().adjustTo()));
        }
        if (q.power() != null) {
            v.put("power", figure(q.power()));
        }
        if (q.other() != null) {
            MetricValue ov = q.otherValue();
            v.put("other", loc.name(q.other().name()));
            v.put("other_value", figure(ov.value()));
            v.put("ratio", Numbers.format(q.ratio(), digits));
            if (ov.peak() != null) {
                v.put("other_peak", figure(ov.peak().value()));
                if (peak != null && ov.peak().core() != peak.core()) {
                    String cores = fill(loc.word("cores.differ"), Map.of("a", core, "b", loc.word(ov.peak().core().key())));
                    v.put("detail", fill(loc.word("detail.speedup"), Map.of("sparsity", sparsity, "cores", cores)));
                }
            }
        }
        return v;
    }

    /** Money in words ($129,000; 12.9 萬美元; $759 per TFLOPS; 759 美元/TFLOPS), others with their unit. */
    private String figure(Quantity q) {
        String unit = q.unit().symbol();
        if (unit.equals("USD")) {
            return loc.usd(q.value(), digits);
        }
        if (unit.equals("USD/h")) {
            return loc.usd(q.value(), digits) + (loc == QuoteLocale.EN ? " per chip-hour" : "/每晶片小時");
        }
        if (unit.equals("USD/(PFLOPS*h)")) {
            return loc.usd(q.value(), digits) + (loc == QuoteLocale.EN ? " per PFLOP/s-hour" : "/每 PFLOPS 小時");
        }
        if (unit.startsWith("USD/")) {
            String per = unit.substring(4);
            return loc.usd(q.value(), digits) + (loc == QuoteLocale.EN ? " per " + per : "/" + per);
        }
        if (unit.equals("day")) { // a duration reads as words, not as a unit symbol
            String n = Numbers.format(q.value(), digits);
            return loc == QuoteLocale.EN ? n + (n.equals("1") ? " day" : " days") : n + " 天";
        }
        return Numbers.format(q.value(), digits) + (q.unit().isOne() ? "" : " " + unit);
    }
}
