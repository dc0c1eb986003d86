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

    /** Written out, not a comparator chain: a check of an import sorts some 10,000 findings (issue 17). */
    private static final Comparator<CheckFinding> ORDER = new Comparator<>() {
        @Override
        public int compare(CheckFinding a, CheckFinding b) {
            int c = a.location.compareTo(b.location);
            if (c == 0 && a.rule != b.rule) {
                c = a.rule.id().compareTo(b.rule.id());
            }
            return c != 0 ? c : a.message.compareTo(b.message);
        }
    };

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
