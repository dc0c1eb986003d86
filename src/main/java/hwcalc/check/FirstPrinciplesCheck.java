package hwcalc.check;

import hwcalc.spec.RuleId;
import hwcalc.metrics.Peak;
import hwcalc.metrics.Peaks;
import hwcalc.spec.Core;
import hwcalc.spec.Sparsity;
import hwcalc.spec.Throughput;
import java.util.List;
import java.util.Optional;

/**
 * A declared dense vector peak against units x FLOP/clock x clock from the sheet's derivation.
 * 3% covers the rounding of published clocks and figures; more means the clock, the unit count
 * or FLOP per clock disagrees with the figure (a base-clock figure with a boost clock, FMA
 * counted once, a stale clock after a firmware change).
 */
final class FirstPrinciplesCheck implements SheetCheck {

    static final double TOLERANCE = 0.03;
    // first principles need no catalogue: only the sheet's own derivation
    private static final Peaks NO_CATALOGUE = new Peaks(null);

    @Override
    public void check(CheckedSheet cs, CheckContext ctx, List<CheckFinding> out) {
        if (cs.sheet().derivation() == null) {
            return;
        }
        for (Throughput t : cs.sheet().throughput()) {
            if (t.core() != Core.VECTOR || t.sparsity() != Sparsity.DENSE) {
                continue;
            }
            Optional<Peak> computed = NO_CATALOGUE.firstPrinciples(cs.sheet(), t.precision(), Sparsity.DENSE, Core.VECTOR);
            if (computed.isEmpty()) {
                continue;
            }
            double ratio = Figures.ratio(t.figure().value(), computed.get().value());
            if (!Figures.within(t.figure().value(), computed.get().value(), 1, TOLERANCE)) {
                out.add(new CheckFinding(t.figure().location(), RuleId.FIRST_PRINCIPLES, "declared " + Figures.tags(t) + " "
                        + t.figure().value() + " is " + Figures.percent(ratio - 1) + " off " + computed.get().arithmetic()
                        + " = " + computed.get().value() + " (3% allowed): check the clock, the unit count and FLOP per clock"));
            }
        }
    }
}
