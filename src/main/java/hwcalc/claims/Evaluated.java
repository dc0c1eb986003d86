package hwcalc.claims;

import hwcalc.metrics.Caveat;
import hwcalc.units.Quantity;
import java.util.List;

/**
 * An expression of a claim, evaluated: its exact value (and {@code upper} for a range), what
 * each name resolved to, warnings (mixed bases, fallbacks), sources, and {@code missing} when a
 * sheet lacks a figure it needs (then the value is null).
 */
public record Evaluated(String label, String expression, Quantity value, Quantity upper, Integer dollarYear,
                        List<String> references, List<Caveat> warnings, List<String> sources, MissingFigure missing) {

    public Evaluated {
        references = List.copyOf(references);
        warnings = List.copyOf(warnings);
        sources = List.copyOf(sources);
    }

    static Evaluated missing(String label, String expression, MissingFigure what) {
        return new Evaluated(label, expression, null, null, null, List.of(), List.of(), List.of(), what);
    }

    public boolean isAvailable() {
        return missing == null;
    }

    public boolean isRange() {
        return upper != null;
    }

    /** Warnings that mean the figure compares different bases (precision, sparsity, a fallback). */
    public List<Caveat> mixedBases() {
        return warnings.stream().filter(Caveat::mixesBases).toList();
    }
}
