package hwcalc.check;

import hwcalc.spec.Location;
import hwcalc.spec.RuleId;
import hwcalc.spec.Severity;
import java.util.Comparator;

/**
 * One thing {@code hwcalc check} found, at a place in a file (not a claims finding: that is
 * {@code hwcalc.claims.Finding}). Sorted by place, then rule, then message.
 */
public record CheckFinding(Location location, RuleId rule, String message) implements Comparable<CheckFinding> {

    private static final Comparator<CheckFinding> ORDER = Comparator.comparing(CheckFinding::location)
            .thenComparing(f -> f.rule().id()).thenComparing(CheckFinding::message);

    public Severity severity() {
        return rule.severity();
    }

    @Override
    public int compareTo(CheckFinding o) {
        return ORDER.compare(this, o);
    }

    /** {@code file:line:column: severity: message [rule-id]} */
    @Override
    public String toString() {
        return location + ": " + severity().key() + ": " + message + " [" + rule.id() + "]";
    }
}
