package hwcalc.spec;

import java.util.List;

/**
 * Spec data that cannot be used: unreadable YAML, a wrong field, an unknown part. Carries every
 * problem found, each with its location, so one run reports them all.
 */
public class SpecException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public SpecException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid spec data" : problems.get(0).toString()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    public SpecException(Location where, String message) {
        this(List.of(new Problem(where, message)));
    }

    public SpecException(Location where, String message, RuleId rule) {
        this(List.of(new Problem(where, message, rule)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * One located problem: {@code file:line:column: message}. {@code rule} is its {@link RuleId},
     * or null when the code that found it did not classify it.
     */
    public record Problem(Location location, String message, RuleId rule) implements Comparable<Problem> {

        public Problem(Location location, String message) {
            this(location, message, null);
        }

        @Override
        public int compareTo(Problem o) {
            int c = location.compareTo(o.location);
            return c != 0 ? c : message.compareTo(o.message);
        }

        @Override
        public String toString() {
            return location + ": " + message;
        }
    }
}
