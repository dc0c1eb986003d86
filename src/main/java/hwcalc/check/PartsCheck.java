package hwcalc.check;

import hwcalc.metrics.Peak;
import hwcalc.metrics.Peaks;
import hwcalc.spec.Figure;
import hwcalc.spec.RuleId;
import hwcalc.spec.Throughput;
import hwcalc.units.Quantity;
import java.util.List;
import java.util.Optional;

/**
 * A system's declared figures against its compute parts. A declared peak more than 5% off the
 * sum is an error: the figure has other tags than the parts (DGX A100's 5 PFLOPS is the sparse
 * rate: tagged dense it is 2 x the dense sum of 2,496 TFLOPS). Within 5%, the sum must still round
 * to the declared figure at the declared figure's own precision (170 for 8 x 21.2 = 169.6 does;
 * 960 for 8 x 125 = 1,000 does not: a preliminary figure or a wrong part). And the system's
 * maximum power cannot be below what its compute parts alone draw at their TDPs.
 */
final class PartsCheck implements SheetCheck {

    static final double TOLERANCE = 0.05;

    @Override
    public boolean needsCatalogue() {
        return true;
    }

    @Override
    public void check(CheckedSheet cs, CheckContext ctx, List<CheckFinding> out) {
        if (ctx.peaks() == null || cs.sheet().parts().isEmpty()) {
            return;
        }
        for (Throughput t : cs.sheet().throughput()) {
            // the parts' rates for the same accumulator: a system's fp16-accumulate rate sums its parts' ones
            Optional<Peak> sum = ctx.peaks().sumOfParts(cs.sheet(), t.precision(), t.sparsity(), t.core(),
                    t.effectiveAccumulate());
            if (sum.isEmpty()) {
                continue;
            }
            Quantity declared = t.figure().value();
            Quantity total = sum.get().value();
            double ratio = Figures.ratio(declared, total);
            if (!Figures.within(declared, total, 1, TOLERANCE)) {
                out.add(new CheckFinding(t.figure().location(), RuleId.SYSTEM_VS_PARTS, "declared " + Figures.tags(t) + " "
                        + declared + " is " + Figures.percent(ratio - 1) + " off the sum of its parts, "
                        + sum.get().arithmetic() + " = " + total + " (5% allowed)" + hint(declared, total)));
            } else if (!Figures.roundsTo(total, declared)) {
                out.add(new CheckFinding(t.figure().location(), RuleId.SYSTEM_ROUNDING, "declared " + Figures.tags(t) + " "
                        + declared + " is not the sum of its parts rounded to its " + Figures.significantDigits(declared.value())
                        + " significant digits: " + sum.get().arithmetic() + " = " + total + " rounds to "
                        + Figures.rounded(total, declared).toPlainString() + " (" + Figures.percent(ratio - 1) + "): a preliminary figure,"
                        + " or a part count or part figure that is wrong?"));
            }
        }
        power(cs, ctx.peaks(), out);
    }

    private static void power(CheckedSheet cs, Peaks peaks, List<CheckFinding> out) {
        Figure max = cs.sheet().power().max();
        if (max == null) {
            return;
        }
        Optional<Peaks.Sum> tdp = peaks.sumOfParts(cs.sheet(), s -> s.power().tdp());
        if (tdp.isPresent() && max.value().compareTo(tdp.get().value()) < 0) {
            out.add(new CheckFinding(max.location(), RuleId.POWER_BELOW_PARTS, "maximum power " + max.value()
                    + " is below its compute parts' TDPs, " + tdp.get().arithmetic() + " = " + tdp.get().value()
                    + ": the parts alone draw more than the whole; a part's sheet for another configuration"
                    + " (a lower-TDP variant), or a wrong count?"));
        }
    }

    private static String hint(Quantity declared, Quantity sum) {
        if (Figures.within(declared, sum, 2, TOLERANCE)) {
            return ": 2 x the sum, so the declared figure looks sparse (or the parts' figures dense where it is not)";
        }
        if (Figures.within(declared, sum, 0.5, TOLERANCE)) {
            return ": half the sum, so the parts' figures look sparse (or the declared one dense where they are not)";
        }
        return ": other tags (precision, core) than the parts, or a part count that is wrong?";
    }
}
