package hwcalc.claims;

import hwcalc.units.InputException;
import hwcalc.spec.Fields;
import hwcalc.spec.Location;
import hwcalc.spec.PartialDate;
import hwcalc.spec.SpecException;
import hwcalc.spec.YamlNode;
import hwcalc.units.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Binds a claims file (docs/claims.md) from its located YAML tree, collecting every problem
 * with its file:line:column before failing, as spec sheets do.
 */
public final class ClaimReader {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Evidence names need an underscore, so they can never be read as a unit, an id or a keyword. */
    static final Pattern EVIDENCE_NAME = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)+");

    private final List<SpecException.Problem> problems = new ArrayList<>();

    private ClaimReader() {
    }

    public static ClaimFile read(YamlNode root, String file) {
        ClaimReader r = new ClaimReader();
        ClaimFile f = r.file(root, file);
        if (!r.problems.isEmpty()) {
            throw new SpecException(r.problems.stream().sorted().toList());
        }
        return f;
    }

    private ClaimFile file(YamlNode root, String file) {
        Fields top = Fields.of(root, problems, "claims file");
        if (top == null) {
            return null;
        }
        Publication pub = publication(top.node("publication"), top.location());
        Map<String, Evidence> shared = new LinkedHashMap<>();
        for (YamlNode n : top.list("evidence")) {
            addEvidence(n, shared, Map.of());
        }
        List<Claim> claims = new ArrayList<>();
        Map<String, Location> ids = new LinkedHashMap<>();
        for (YamlNode n : top.list("claims")) {
            Claim c = claim(n, shared);
            if (c != null) {
                Location before = ids.putIfAbsent(c.id(), c.location());
                if (before != null) {
                    problems.add(new SpecException.Problem(c.location(), "duplicate claim id '" + c.id()
                            + "' (first at line " + before.line() + ")"));
                }
                claims.add(c);
            }
        }
        if (top.node("claims") == null) {
            top.problem(top.location(), "claims file: missing required field 'claims'");
        }
        top.rejectUnknown();
        return new ClaimFile(file, pub, List.copyOf(shared.values()), claims);
    }

    private Publication publication(YamlNode node, Location fileAt) {
        if (node == null) {
            problems.add(new SpecException.Problem(fileAt, "claims file: missing required field 'publication'"));
            return null;
        }
        Fields f = Fields.of(node, problems, "publication");
        if (f == null) {
            return null;
        }
        Publication p = new Publication(f.text("title", true), f.text("publisher", false), url(f, "url", false),
                f.parsed("date", false, PartialDate::parse), f.text("language", false), f.text("note", false));
        f.rejectUnknown();
        return p;
    }

    private void addEvidence(YamlNode node, Map<String, Evidence> into, Map<String, Evidence> outer) {
        Fields f = Fields.of(node, problems, "evidence");
        if (f == null) {
            return;
        }
        String name = f.parsed("name", true, t -> {
            if (!EVIDENCE_NAME.matcher(t).matches()) {
                throw new InputException("'" + t + "' must be lower case with at least one underscore, e.g. cpu_hours");
            }
            return t;
        });
        Evidence e = new Evidence(name, f.parsed("value", true, Quantity::parse), f.text("label", false),
                url(f, "source", true), f.text("quote", false), f.parsed("date", false, PartialDate::parse),
                f.text("note", false), f.location());
        f.rejectUnknown();
        if (name != null) {
            if (into.containsKey(name) || outer.containsKey(name)) {
                f.problem(f.location(), "evidence '" + name + "' is defined twice");
            } else {
                into.put(name, e);
            }
        }
    }

    private Claim claim(YamlNode node, Map<String, Evidence> shared) {
        Fields f = Fields.of(node, problems, "claim");
        if (f == null) {
            return null;
        }
        String id = f.parsed("id", true, t -> {
            if (!ID.matcher(t).matches()) {
                throw new InputException("'" + t + "' is not a lower-case slug like dgx-1-fp16");
            }
            return t;
        });
        String ctx = id == null ? "claim" : "claim " + id;
        String said = f.text("said", true);
        String meaning = f.text("meaning", false);
        Map<String, Evidence> own = new LinkedHashMap<>();
        for (YamlNode n : f.list("evidence")) {
            addEvidence(n, own, shared);
        }
        YamlNode checkNode = f.node("check");
        Check check = checkNode == null ? null : check(checkNode, ctx);
        if (checkNode == null) {
            f.problem(f.location(), ctx + ": missing required field 'check'");
        }
        List<Claim.Step> show = new ArrayList<>();
        for (YamlNode n : f.list("show")) {
            Fields s = Fields.of(n, problems, ctx + ".show");
            if (s != null) {
                Expr e = ExprReader.expr(s, problems, ctx + ".show", true);
                show.add(new Claim.Step(s.text("label", true), e));
                s.rejectUnknown();
            }
        }
        // optional: without it verify reports the verdict and does not fail on it (a draft from scan)
        Verdict expected = f.parsed("expected", false, Verdict::parse);
        String note = f.text("note", false);
        f.rejectUnknown();
        return new Claim(id, said, meaning, check, show, List.copyOf(own.values()), expected, note, f.location());
    }

    private Check check(YamlNode node, String ctx) {
        Fields f = Fields.of(node, problems, ctx + ".check");
        if (f == null) {
            return null;
        }
        Claimed claimed = f.parsed("claimed", false, ClaimReader::claimed);
        String label = f.text("label", false);
        Relation relation = f.parsed("relation", false, Relation::parse);
        BigDecimal tolerance = f.parsed("tolerance", false, ClaimReader::percent);
        Expr plain = ExprReader.expr(f, problems, ctx + ".check", false);
        Check.TrueOn trueOn = null;
        YamlNode t = f.node("true_on");
        if (t != null) {
            Fields tf = Fields.of(t, problems, ctx + ".true_on");
            if (tf != null) {
                trueOn = new Check.TrueOn(tf.text("basis", true), ExprReader.expr(tf, problems, ctx + ".true_on", true));
                tf.rejectUnknown();
            }
        }
        List<String> missing = f.strings("missing");
        hwcalc.metrics.PriceSelector price = f.parsed("price", false, hwcalc.metrics.PriceSelector::parse);
        if (price != null && price.owned()) {
            f.problem(f.node("price").location(), ctx + ": price 'owned' is an hourly cost, not a price a claim can name");
            price = null;
        }
        f.rejectUnknown();
        if (plain instanceof Expr.Range && relation == null) {
            relation = Relation.WITHIN;
        }
        relation = relation == null ? Relation.ABOUT : relation;
        boolean computes = plain != null || trueOn != null;
        if (!computes && missing.isEmpty()) {
            f.problem(f.location(), ctx + ": give calc, ratio or range, true_on, or name the missing data in 'missing'");
        }
        if (computes && claimed == null && f.node("claimed") == null) {
            f.problem(f.location(), ctx + ": missing required field 'claimed'");
        }
        if (computes && relation == Relation.ABOUT && tolerance == null && f.node("tolerance") == null) {
            f.problem(f.location(), ctx + ": relation 'about' needs a tolerance, e.g. tolerance: 2%");
        }
        if ((relation == Relation.WITHIN) != (plain instanceof Expr.Range || trueOn != null && trueOn.expr() instanceof Expr.Range)) {
            f.problem(f.location(), ctx + ": relation 'within' goes with a range, and a range with 'within'");
        }
        return new Check(claimed == null ? null : claimed.amount(), claimed == null ? null : claimed.dollarYear(), label,
                relation, tolerance == null ? BigDecimal.ZERO : tolerance, plain, trueOn, missing, f.location(), price);
    }

    /** A claimed amount and the year of its dollars when it says one ({@code 129000 USD@2016}). */
    record Claimed(Quantity amount, Integer dollarYear) {
    }

    private static final Pattern DOLLAR_YEAR = Pattern.compile("(.*\\S)\\s*@(\\d{4})");

    static Claimed claimed(String text) {
        Matcher m = DOLLAR_YEAR.matcher(text.strip());
        if (!m.matches()) {
            return new Claimed(Quantity.parse(text), null);
        }
        Quantity q = Quantity.parse(m.group(1));
        if (q.dimension().exponents().getOrDefault("USD", 0) != 1) {
            throw new InputException("@YEAR applies to amounts of money only; '" + m.group(1) + "' is not in USD");
        }
        return new Claimed(q, Integer.parseInt(m.group(2)));
    }

    static String url(Fields f, String key, boolean required) {
        return f.parsed(key, required, t -> {
            if (!t.startsWith("https://") && !t.startsWith("http://")) {
                throw new InputException("'" + t + "' is not an http(s) URL");
            }
            return t;
        });
    }

    /** "2%" is 0.02; a tolerance is always written as a percentage so it cannot be misread. */
    static BigDecimal percent(String text) {
        String t = text.strip();
        if (!t.endsWith("%")) {
            throw new InputException("write a tolerance as a percentage, e.g. 2%");
        }
        BigDecimal v;
        try { // bounded and ASCII-only: 1e-2147483647% was a bare "Underflow", ８% was 8%
            v = hwcalc.units.Decimals.parse(t.substring(0, t.length() - 1)).movePointLeft(2);
        } catch (IllegalArgumentException e) {
            throw new InputException("'" + text + "' is not a percentage: " + e.getMessage());
        }
        if (v.signum() < 0 || v.compareTo(BigDecimal.ONE) >= 0) {
            throw new InputException("a tolerance must be at least 0% and below 100%");
        }
        return v;
    }
}
