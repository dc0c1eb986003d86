package hwcalc.spec;

import hwcalc.units.Quantity;
import java.util.List;

/**
 * A sourced figure: the value hwcalc uses, the keys of its sources, an optional note, and the
 * other values sources give ({@code alternatives}) so a disagreement stays visible.
 */
public record Figure(Quantity value, List<String> sources, String note, List<Alternative> alternatives, Location location) {

    public Figure {
        sources = List.copyOf(sources);
        alternatives = List.copyOf(alternatives);
    }

    public static Figure of(Quantity value, List<String> sources, Location location) {
        return new Figure(value, sources, null, List.of(), location);
    }

    /** Another value a source gives for the same figure. */
    public record Alternative(Quantity value, List<String> sources, String note) {
    }
}
