package hwcalc.spec;

import java.util.List;

/**
 * Spec data that cannot be used: unreadable YAML, a wrong field, an unknown part. Carries every
 * problem found, each with its location, so one run reports them all.
 */
public class SpecException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    /**
     * At most this many problems are kept per file; the rest are counted in one last problem. A
     * file of a million wrong lines is not a million lines of errors: the first hundred say what
     * is wrong.
     */
    public static final int MAX_PER_FILE = 100;

    public SpecException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid spec data" : problems.get(0).toString()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = capped(problems);
    }

    private static final java.util.regex.Pattern SUMMARY =
            java.util.regex.Pattern.compile("and ([0-9]+) more errors? in this file \\(only the first [0-9]+ are shown\\)");

    /** The first MAX_PER_FILE problems of each file, then one that counts the rest (a summary capped again keeps its count). */
    private static List<Problem> capped(List<Problem> problems) {
        java.util.Map<String, Integer> kept = new java.util.HashMap<>();
        java.util.Map<String, Integer> dropped = new java.util.HashMap<>();
        java.util.Map<String, Location> firstDropped = new java.util.LinkedHashMap<>();
        List<Problem> out = new java.util.ArrayList<>();
        for (Problem p : problems) {
            String file = p.location().file();
            java.util.regex.Matcher summary = SUMMARY.matcher(p.message());
            if (summary.matches()) { // from an earlier cap: its problems stay counted
                dropped.merge(file, Integer.parseInt(summary.group(1)), Integer::sum);
                firstDropped.putIfAbsent(file, p.location());
            } else if (kept.merge(file, 1, Integer::sum) <= MAX_PER_FILE) {
                out.add(p);
            } else {
                dropped.merge(file, 1, Integer::sum);
                firstDropped.putIfAbsent(file, p.location());
            }
        }
        firstDropped.forEach((file, where) -> {
            int more = dropped.get(file);
            out.add(new Problem(where, "and " + more + " more " + (more == 1 ? "error" : "errors")
                    + " in this file (only the first " + MAX_PER_FILE + " are shown)"));
        });
        return List.copyOf(out);
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
