package hwcalc.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hwcalc.claims.Check;
import hwcalc.claims.Evaluated;
import hwcalc.claims.Finding;

/** One finding as JSON: exact values (never doubles) beside the rounded words. */
final class FindingJson {

    private FindingJson() {
    }

    static ObjectNode of(Finding f, FindingText words) {
        Check c = f.claim().check();
        ObjectNode o = Json.object();
        o.put("id", f.claim().id());
        o.put("said", f.claim().said());
        o.put("meaning", f.claim().meaning());
        o.put("verdict", f.verdict().key());
        o.put("expected", f.claim().expected() == null ? null : f.claim().expected().key());
        o.put("asExpected", f.asExpected());
        o.put("reason", f.reason().name().toLowerCase(java.util.Locale.ROOT));
        o.put("explanation", words.verdict(f));
        if (c.claimed() != null) {
            ObjectNode cl = Json.quantity(c.claimed());
            cl.put("label", c.label());
            o.set("claimed", cl);
        }
        o.put("relation", c.relation().key());
        o.put("tolerance", Json.plain(c.tolerance()));
        if (f.plain() != null) {
            o.set("plainReading", evaluated(f.plain(), words));
        }
        if (f.trueOn() != null) {
            o.set("trueOn", evaluated(f.trueOn(), words));
        }
        if (f.right() != null) {
            o.set("rightFigure", Json.quantity(f.right()));
        }
        if (f.offBy() != null) {
            o.put("offBy", Json.plain(f.offBy()));
        }
        ArrayNode missing = o.putArray("missing");
        f.missing().forEach(m -> missing.add(words.missing(m)));
        ArrayNode shown = o.putArray("shown");
        f.shown().forEach(e -> shown.add(evaluated(e, words)));
        o.put("note", f.claim().note());
        ArrayNode src = o.putArray("sources");
        f.sources().forEach(src::add);
        return o;
    }

    private static ObjectNode evaluated(Evaluated e, FindingText words) {
        ObjectNode o = Json.object();
        o.put("label", e.label());
        o.put("expression", e.expression());
        if (e.isAvailable()) {
            o.set("value", Json.quantity(e.value()));
            if (e.isRange()) {
                o.set("upper", Json.quantity(e.upper()));
            }
            if (e.dollarYear() != null) {
                o.put("dollarYear", e.dollarYear());
            }
        } else {
            o.put("missing", words.missing(e.missing()));
        }
        ArrayNode refs = o.putArray("references");
        e.references().forEach(refs::add);
        ArrayNode w = o.putArray("warnings");
        e.warnings().forEach(x -> w.add(words.caveat(x)));
        return o;
    }
}
