package hwcalc.metrics;

import hwcalc.spec.Core;
import hwcalc.spec.Precision;
import hwcalc.spec.Sparsity;

/** The basis of a peak rate: precision, dense or sparse, and (when known) tensor or vector units. */
public record PeakBasis(Precision precision, Sparsity sparsity, Core core) {

    public static PeakBasis of(Peak p) {
        return new PeakBasis(p.precision(), p.sparsity(), p.core());
    }

    /** Same precision and sparsity; a core is compared only when both name one. */
    public boolean sameAs(PeakBasis o) {
        return precision == o.precision && sparsity == o.sparsity && (core == null || o.core == null || core == o.core);
    }
}
