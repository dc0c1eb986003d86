package hwcalc.claims;

import hwcalc.metrics.Cpi;
import hwcalc.spec.Catalogue;
import hwcalc.spec.SpecException;
import hwcalc.units.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Gives each claim its verdict (docs/claims.md): holds when the plain reading agrees on one
 * basis; misleading when it agrees only on a mixed or other basis; off when nothing agrees (with
 * the right figure); unverifiable when the data for the plain reading is missing.
 */
public final class ClaimChecker {

    private final Evaluator evaluator;
    private final Cpi cpi;

    public ClaimChecker(Catalogue catalogue, Cpi cpi) {
        this.evaluator = new Evaluator(catalogue, cpi);
        this.cpi = cpi;
    }

    /** Checks every claim of the file; problems in any expression are all reported together. */
    public List<Finding> check(ClaimFile file) {
        List<Finding> out = new ArrayList<>();
        List<SpecException.Problem> problems = new ArrayList<>();
        for (Claim c : file.claims()) {
            try {
                out.add(check(c, file.evidence()));
            } catch (SpecException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new SpecException(problems.stream().sorted().toList());
        }
        return out;
    }

    public Finding check(Claim claim, List<Evidence> shared) {
        Map<String, Evidence> evidence = new LinkedHashMap<>();
        shared.forEach(e -> evidence.put(e.name(), e));
        claim.evidence().forEach(e -> evidence.put(e.name(), e));
        Check check = claim.check();
        List<MissingFigure> missing = new ArrayList<>(check.missing().stream().map(MissingFigure::of).toList());
        Evaluated plain = check.plain() == null ? null : evaluator.evaluate("plain reading", check.plain(), evidence, check.price());
        Evaluated trueOn = check.trueOn() == null ? null
                : evaluator.evaluate(check.trueOn().basis(), check.trueOn().expr(), evidence, check.price());
        for (Evaluated e : new Evaluated[] {plain, trueOn}) {
            if (e != null && !e.isAvailable()) {
                missing.add(e.missing());
            }
        }
        List<Evaluated> shown = new ArrayList<>();
        for (Claim.Step s : claim.show()) {
            shown.add(evaluator.evaluate(s.label(), s.expr(), evidence, check.price()));
        }
        LinkedHashSet<String> sources = new LinkedHashSet<>();
        for (Evaluated e : all(plain, trueOn, shown)) {
            sources.addAll(e.sources());
        }
        Verdict verdict;
        Finding.Reason reason;
        Evaluated right = null;
        List<hwcalc.metrics.Caveat> mixed = List.of();
        if (available(plain) && agrees(check, inYearOf(check, plain), plain)) {
            mixed = plain.mixedBases();
            verdict = mixed.isEmpty() ? Verdict.HOLDS : Verdict.MISLEADING;
            reason = mixed.isEmpty() ? Finding.Reason.AGREES : Finding.Reason.AGREES_ON_MIXED_BASIS;
        } else if (available(trueOn) && agrees(check, inYearOf(check, trueOn), trueOn)) {
            verdict = Verdict.MISLEADING;
            reason = Finding.Reason.AGREES_ONLY_ON_OTHER_BASIS;
            right = available(plain) ? plain : null;
        } else if (available(plain) || plain == null && available(trueOn)) {
            verdict = Verdict.OFF;
            reason = Finding.Reason.DISAGREES;
            right = available(plain) ? plain : trueOn;
        } else {
            verdict = Verdict.UNVERIFIABLE;
            reason = Finding.Reason.MISSING_DATA;
        }
        return new Finding(claim, verdict, reason, plain, trueOn, right == null ? null : right.value(),
                right == null ? null : offBy(inYearOf(check, right), right), mixed, missing, shown, List.copyOf(sources));
    }

    private static List<Evaluated> all(Evaluated plain, Evaluated trueOn, List<Evaluated> shown) {
        List<Evaluated> out = new ArrayList<>();
        if (plain != null) {
            out.add(plain);
        }
        if (trueOn != null) {
            out.add(trueOn);
        }
        out.addAll(shown);
        return out;
    }

    private static boolean available(Evaluated e) {
        return e != null && e.isAvailable();
    }

    /**
     * The claimed amount in the dollars of the computed figure: {@code 129000 USD@2016} against a
     * figure in 2024 dollars is moved by CPI-U to 2024 first. Without a year on either side, or
     * with the same year, the claimed amount as written.
     */
    Quantity inYearOf(Check check, Evaluated e) {
        Quantity c = check.claimed();
        Integer from = check.claimedYear();
        Integer to = e.dollarYear();
        if (c == null || from == null || to == null || from.equals(to)) {
            return c;
        }
        return new Quantity(cpi.adjust(c.value(), from, to), c.unit());
    }

    /** Whether the claimed value stands in the check's relation to the computed figure. */
    static boolean agrees(Check check, Evaluated e) {
        return agrees(check, check.claimed(), e);
    }

    static boolean agrees(Check check, Quantity c, Evaluated e) {
        if (!c.dimension().equals(e.value().dimension())) {
            throw new SpecException(check.location(), "the claimed " + c + " and the computed " + e.value()
                    + " are different kinds of quantity");
        }
        BigDecimal claimed = c.baseValue();
        BigDecimal lo = e.value().baseValue();
        BigDecimal hi = e.isRange() ? e.upper().baseValue() : lo;
        BigDecimal tol = check.tolerance();
        return switch (check.relation()) {
            case AT_LEAST -> hi.compareTo(claimed.multiply(BigDecimal.ONE.subtract(tol))) >= 0;
            case AT_MOST -> lo.compareTo(claimed.multiply(BigDecimal.ONE.add(tol))) <= 0;
            // about is within with both ends equal: |claimed - v| <= tol x |v|
            case ABOUT, WITHIN -> claimed.compareTo(lo.subtract(lo.abs().multiply(tol))) >= 0
                    && claimed.compareTo(hi.add(hi.abs().multiply(tol))) <= 0;
        };
    }

    /** (claimed - right) / right against the nearer end of a range; null when right is zero. */
    static BigDecimal offBy(Quantity claimed, Evaluated right) {
        BigDecimal c = claimed.baseValue();
        BigDecimal lo = right.value().baseValue();
        BigDecimal hi = right.isRange() ? right.upper().baseValue() : lo;
        BigDecimal ref = c.compareTo(hi) > 0 ? hi : c.compareTo(lo) < 0 ? lo : null;
        if (ref == null) {
            return BigDecimal.ZERO;
        }
        return ref.signum() == 0 ? null : c.subtract(ref).divide(ref, Quantity.MATH);
    }
}
