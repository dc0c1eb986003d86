package hwcalc.report;

import hwcalc.claims.Check;
import hwcalc.claims.Evaluated;
import hwcalc.claims.Finding;
import hwcalc.claims.Relation;
import hwcalc.units.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The words of a verdict, with figures rounded once by {@link Numbers}. */
public final class FindingText {

    private final int digits;
    private final Wording wording;

    public FindingText(int digits) {
        this(digits, Wording.english());
    }

    public FindingText(int digits, Wording wording) {
        this.digits = digits;
        this.wording = wording;
    }

    /** The words of a caveat. */
    public String caveat(hwcalc.metrics.Caveat c) {
        return wording.caveat(c);
    }

    /** The words of a missing figure. */
    public String missing(hwcalc.claims.MissingFigure m) {
        return wording.missing(m);
    }

    private String joinCaveats(List<hwcalc.metrics.Caveat> cs) {
        return String.join("; ", cs.stream().map(wording::caveat).toList());
    }

    private String joinMissing(List<hwcalc.claims.MissingFigure> ms) {
        return String.join("; ", ms.stream().map(wording::missing).toList());
    }

    /** "170 TFLOPS", "$129,000", "$3.019 trillion", "250 servers", "75x", "$168,603 in 2024 dollars". */
    public String figure(Quantity q, String label, Integer dollarYear) {
        String text = "USD".equals(q.unit().symbol()) ? LocalNumbers.usdEn(q.value(), digits)
                : Numbers.format(q.value(), digits) + (q.unit().isOne() ? "" : " " + q.unit().symbol());
        if (label != null && q.unit().isOne()) {
            text += label.equals("x") ? "x" : " " + label;
        }
        return dollarYear == null ? text : text + " in " + dollarYear + " dollars";
    }

    public String value(Evaluated e, String label) {
        if (!e.isAvailable()) {
            return "n/a (" + wording.missing(e.missing()) + ")";
        }
        String lo = figure(e.value(), label, e.dollarYear());
        return e.isRange() ? figure(e.value(), null, null) + " to " + figure(e.upper(), label, e.dollarYear()) : lo;
    }

    /** "expression = value" */
    public String step(Evaluated e, String label) {
        return e.expression() + " = " + value(e, label);
    }

    /** "+422%", "-50%", "0%" */
    public String percent(BigDecimal fraction) {
        BigDecimal pct = fraction.movePointRight(2);
        String s = Numbers.format(pct.abs(), 3) + "%";
        return pct.signum() > 0 ? "+" + s : pct.signum() < 0 ? "-" + s : s;
    }

    /** What was claimed and how it must compare: "170 TFLOPS, within 2%". */
    public String claimed(Check c) {
        if (c.claimed() == null) {
            return "(nothing computable)";
        }
        String what = figure(c.claimed(), c.label(), c.claimedYear());
        if (c.plain() == null && c.trueOn() == null) {
            return what + " (nothing to compute it from)";
        }
        String tol = c.tolerance().signum() == 0 ? "" : " (tolerance " + percent(c.tolerance()).replace("+", "") + ")";
        return switch (c.relation()) {
            case ABOUT -> what + (c.tolerance().signum() == 0 ? ", exactly" : ", within " + percent(c.tolerance()).replace("+", ""));
            case AT_LEAST -> "at least " + what + tol;
            case AT_MOST -> "at most " + what + tol;
            case WITHIN -> what + ", inside the computed range" + tol;
        };
    }

    /** The verdict line: "off by +422%: claimed 317.5 kg; the right figure is 60.78 kg (1/5.22 of the claim)". */
    public String verdict(Finding f) {
        Check c = f.claim().check();
        String claimed = c.claimed() == null ? null : figure(c.claimed(), c.label(), null);
        return switch (f.reason()) {
            case AGREES -> "holds: claimed " + claimed + ", computed " + value(f.plain(), c.label())
                    + agreement(c, f.plain());
            case AGREES_ON_MIXED_BASIS -> "misleading: claimed " + claimed + " matches " + value(f.plain(), c.label())
                    + " only on a mixed basis (" + joinCaveats(f.mixedBases()) + ")";
            case AGREES_ONLY_ON_OTHER_BASIS -> "misleading: true only on another basis, " + f.trueOn().label() + " ("
                    + step(f.trueOn(), null) + "); read as written, "
                    + (f.right() != null ? "the figure is " + value(f.plain(), c.label()) + offBy(f)
                    : "it cannot be computed (" + joinMissing(f.missing()) + ")");
            case DISAGREES -> "off" + (f.offBy() == null ? "" : " by " + percent(f.offBy())) + ": claimed " + claimed
                    + ", the right figure is " + (f.plain() != null ? value(f.plain(), c.label()) : value(f.trueOn(), null))
                    + (f.plain() == null ? " (" + f.trueOn().label() + ")" : "") + factor(f.offBy());
            case MISSING_DATA -> "unverifiable: missing " + joinMissing(f.missing());
        };
    }

    private String agreement(Check c, Evaluated e) {
        if (c.relation() == Relation.ABOUT && !e.isRange()) {
            BigDecimal apart = c.claimed().baseValue().subtract(e.value().baseValue()).abs();
            BigDecimal base = e.value().baseValue().abs();
            String pct = base.signum() == 0 ? "" : percent(apart.divide(base, Quantity.MATH)) + " apart, ";
            return " (" + pct + "within " + percent(c.tolerance()).replace("+", "") + ")";
        }
        return " (" + c.relation().words() + (c.relation() == Relation.WITHIN ? " the range" : " the claimed figure") + ")";
    }

    private String offBy(Finding f) {
        return f.offBy() == null ? "" : ", so the claim is " + percent(f.offBy()) + " off";
    }

    /** "; the claim is 5.22x the right figure" when the factor says more than the percentage. */
    private String factor(BigDecimal offBy) {
        if (offBy == null) {
            return "";
        }
        BigDecimal ratio = offBy.add(BigDecimal.ONE);
        if (ratio.compareTo(BigDecimal.valueOf(2)) >= 0) {
            return "; the claim is " + Numbers.format(ratio, 3) + "x the right figure";
        }
        if (ratio.signum() > 0 && ratio.compareTo(new BigDecimal("0.5")) <= 0) {
            return "; the right figure is " + Numbers.format(BigDecimal.ONE.divide(ratio, Quantity.MATH), 3) + "x the claim";
        }
        return "";
    }

    /** The "where" lines under an evaluated expression. */
    public List<String> where(Evaluated e) {
        List<String> out = new ArrayList<>();
        e.references().forEach(r -> out.add("where " + r));
        e.warnings().forEach(w -> out.add("warning: " + wording.caveat(w)));
        return out;
    }
}
