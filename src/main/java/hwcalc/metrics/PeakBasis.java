package hwcalc.metrics;

import hwcalc.spec.Core;
import hwcalc.spec.Precision;
import hwcalc.spec.Sparsity;
import java.util.Objects;

/** The basis of a peak rate: precision, dense or sparse, and (when known) tensor or vector units. */
public record PeakBasis(Precision precision, Sparsity sparsity, Core core) {

    // written out, as a record's would be: the generated ones link an invokedynamic bootstrap on
    // first use, about a millisecond each at start-up (issue 17; RecordEqualityTest)
    @Override
    public boolean equals(Object other) {
        return other instanceof PeakBasis o && precision == o.precision && sparsity == o.sparsity && core == o.core;
    }

    @Override
    public int hashCode() {
        return Objects.hash(precision, sparsity, core);
    }

    public static PeakBasis of(Peak p) {
        return new PeakBasis(p.precision(), p.sparsity(), p.core());
    }

    /** Same precision and sparsity; a core is compared only when both name one. */
    public boolean sameAs(PeakBasis o) {
        return precision == o.precision && sparsity == o.sparsity && (core == null || o.core == null || core == o.core);
    }
}
