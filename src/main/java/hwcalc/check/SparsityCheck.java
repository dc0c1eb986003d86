package hwcalc.check;

import hwcalc.spec.RuleId;
import hwcalc.spec.Core;
import hwcalc.spec.Sparsity;
import hwcalc.spec.Throughput;
import java.util.List;
import java.util.Optional;

/**
 * Dense and sparse figures of one precision and unit: 2:4 structured sparsity doubles the dense
 * rate, so sparse = 2 x dense (within 2%, for vendors' rounding: 989.4 vs 1979), and dense is
 * never above sparse. Sparse figures on vector units are flagged: structured sparsity runs on
 * tensor units only.
 */
final class SparsityCheck implements SheetCheck {

    static final double TOLERANCE = 0.02;

    @Override
    public void check(CheckedSheet cs, CheckContext ctx, List<CheckFinding> out) {
        for (Throughput sparse : cs.sheet().throughput()) {
            if (sparse.sparsity() != Sparsity.SPARSE) {
                continue;
            }
            if (sparse.core() == Core.VECTOR) {
                out.add(new CheckFinding(sparse.figure().location(), RuleId.SPARSE_VECTOR, Figures.tags(sparse) + " "
                        + sparse.figure().value() + ": 2:4 structured sparsity runs on tensor units; is this a tensor"
                        + " figure, or a dense one?"));
            }
            // the dense rate for the same accumulator: RTX sheets give sparse and dense rates for each
            Optional<Throughput> dense = cs.sheet().declared(sparse.precision(), Sparsity.DENSE, sparse.core(),
                    sparse.effectiveAccumulate());
            if (dense.isEmpty()) {
                continue;
            }
            Throughput d = dense.get();
            double ratio = Figures.ratio(sparse.figure().value(), d.figure().value());
            if (ratio < 1) {
                out.add(new CheckFinding(d.figure().location(), RuleId.DENSE_ABOVE_SPARSE, Figures.describe(d)
                        + " is above " + Figures.describe(sparse) + ": the two figures are swapped"));
            } else if (Figures.within(sparse.figure().value(), d.figure().value(), 1, TOLERANCE)) {
                // the same number twice: usually the sparse headline copied into the dense slot
                out.add(new CheckFinding(d.figure().location(), RuleId.SPARSE_NOT_2X_DENSE, Figures.describe(d)
                        + " equals " + Figures.describe(sparse) + "; sparse is 2 x dense: is the dense slot holding"
                        + " the sparse figure?"));
            } else if (!Figures.within(sparse.figure().value(), d.figure().value(), 2, TOLERANCE)) {
                out.add(new CheckFinding(sparse.figure().location(), RuleId.SPARSE_NOT_2X_DENSE, Figures.describe(sparse)
                        + " is " + Figures.times(ratio) + " " + Figures.describe(d) + ", not 2 x as 2:4 sparsity gives"));
            }
        }
    }
}
