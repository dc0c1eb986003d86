package hwcalc.spec;

import hwcalc.units.Quantity;
import java.util.List;

/**
 * A sourced figure: the value hwcalc uses, the keys of its sources, an optional note, and the
 * other values sources give ({@code alternatives}) so a disagreement stays visible.
 * {@code preliminary} marks an announcement-day figure with no shipping figure yet; {@code date}
 * (null when not given) is when it was stated.
 */
public record Figure(Quantity value, List<String> sources, String note, List<Alternative> alternatives,
                     boolean preliminary, PartialDate date, Location location) {

    public Figure {
        sources = List.copyOf(sources);
        alternatives = List.copyOf(alternatives);
    }

    public Figure(Quantity value, List<String> sources, String note, List<Alternative> alternatives, Location location) {
        this(value, sources, note, alternatives, false, null, location);
    }

    public static Figure of(Quantity value, List<String> sources, Location location) {
        return new Figure(value, sources, null, List.of(), location);
    }

    /**
     * Another value a source gives for the same figure; a preliminary one is an announcement-day
     * number later revised, stated on {@code date}.
     */
    public record Alternative(Quantity value, List<String> sources, String note, boolean preliminary, PartialDate date) {

        public Alternative {
            sources = List.copyOf(sources);
        }

        public Alternative(Quantity value, List<String> sources, String note) {
            this(value, sources, note, false, null);
        }
    }
}
