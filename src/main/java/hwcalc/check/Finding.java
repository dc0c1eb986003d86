package hwcalc.check;

import hwcalc.spec.Location;
import java.util.Comparator;

/** One thing a check found, at a place in a file. Sorted by place, then rule, then message. */
public record Finding(Location location, Rule rule, String message) implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
            .thenComparing(f -> f.rule().id()).thenComparing(Finding::message);

    public Severity severity() {
        return rule.severity();
    }

    @Override
    public int compareTo(Finding o) {
        return ORDER.compare(this, o);
    }

    /** {@code file:line:column: severity: message [rule-id]} */
    @Override
    public String toString() {
        return location + ": " + severity().key() + ": " + message + " [" + rule.id() + "]";
    }
}
