package hwcalc.check;

import hwcalc.spec.RuleId;
import hwcalc.metrics.Peak;
import hwcalc.spec.Throughput;
import hwcalc.units.Quantity;
import java.util.List;
import java.util.Optional;

/**
 * A system's declared peak against the sum over its compute parts. Vendors round headlines
 * (DGX-1: 170 TFLOPS for 8 x 21.2 = 169.6; DGX A100 "5 PFLOPS" for 8 x 624 = 4,992), so 5% is
 * allowed; beyond that the figure has other tags than the parts (DGX A100's 5 PFLOPS is the
 * sparse rate: tagged dense it is 2 x the dense sum of 2,496 TFLOPS).
 */
final class PartsCheck implements SheetCheck {

    static final double TOLERANCE = 0.05;

    @Override
    public void check(CheckedSheet cs, CheckContext ctx, List<CheckFinding> out) {
        if (ctx.peaks() == null || cs.sheet().parts().isEmpty()) {
            return;
        }
        for (Throughput t : cs.sheet().throughput()) {
            Optional<Peak> sum = ctx.peaks().sumOfParts(cs.sheet(), t.precision(), t.sparsity(), t.core());
            if (sum.isEmpty()) {
                continue;
            }
            double ratio = Figures.ratio(t.figure().value(), sum.get().value());
            if (!Figures.within(t.figure().value(), sum.get().value(), 1, TOLERANCE)) {
                out.add(new CheckFinding(t.figure().location(), RuleId.SYSTEM_VS_PARTS, "declared " + Figures.tags(t) + " "
                        + t.figure().value() + " is " + Figures.percent(ratio - 1) + " off the sum of its parts, "
                        + sum.get().arithmetic() + " = " + sum.get().value() + " (5% allowed)" + hint(t.figure().value(), sum.get().value())));
            }
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
