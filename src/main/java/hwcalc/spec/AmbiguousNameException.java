package hwcalc.spec;

import java.util.List;

/**
 * A family name that several sheets share ({@code b200}: {@code gb200}, {@code hgx-b200}): the
 * user has to pick one. A user error (the CLI exits 2, as for any IllegalArgumentException).
 */
public class AmbiguousNameException extends hwcalc.units.InputException {
    private static final long serialVersionUID = 1L;
    private final String name;
    private final List<String> candidates;

    public AmbiguousNameException(String name, List<String> candidates) {
        super("'" + name + "' is a family of " + candidates.size() + " sheets: " + String.join(", ", candidates)
                + "; name one of them");
        this.name = name;
        this.candidates = List.copyOf(candidates);
    }

    public String name() {
        return name;
    }

    /** The ids of the sheets in the family, sorted. */
    public List<String> candidates() {
        return candidates;
    }
}
