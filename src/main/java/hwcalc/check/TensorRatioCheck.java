package hwcalc.check;

import hwcalc.spec.RuleId;
import hwcalc.spec.Core;
import hwcalc.spec.Precision;
import hwcalc.spec.Sparsity;
import hwcalc.spec.Throughput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * On one chip's tensor units each halving of the format doubles the rate: FP8 = 2 x BF16 =
 * 4 x TF32 (A100, H100, B200, MI300X, Gaudi 2, L40S all follow it). A pair outside 1.8-2.2 x
 * (3.6-4.4 x for FP8 : TF32) is flagged; when one figure is off against both neighbours while
 * they agree with each other, only that figure is flagged. Some parts really differ (Gaudi 3's
 * FP8 equals its BF16; GeForce cards halve FP32-accumulate rates), hence a warning.
 */
final class TensorRatioCheck implements SheetCheck {

    static final double BAND = 0.10;

    @Override
    public void check(CheckedSheet cs, CheckContext ctx, List<CheckFinding> out) {
        for (Sparsity s : Sparsity.values()) {
            // the chain, widest first, one step = a factor of 2
            List<Throughput> chain = new ArrayList<>();
            tensor(cs, Precision.TF32, s).ifPresent(chain::add);
            tensor(cs, Precision.BF16, s).or(() -> tensor(cs, Precision.FP16, s)).ifPresent(chain::add);
            tensor(cs, Precision.FP8, s).ifPresent(chain::add);
            boolean middleIsOdd = chain.size() == 3 && !fits(chain.get(0), chain.get(1))
                    && !fits(chain.get(1), chain.get(2)) && fits(chain.get(0), chain.get(2));
            if (middleIsOdd) {
                Throughput odd = chain.get(1);
                out.add(new CheckFinding(odd.figure().location(), RuleId.TENSOR_RATIO_BAND, Figures.tags(odd) + " "
                        + odd.figure().value() + " is " + Figures.times(ratio(odd, chain.get(0))) + " "
                        + Figures.describe(chain.get(0)) + " and " + Figures.times(ratio(odd, chain.get(2))) + " "
                        + Figures.describe(chain.get(2)) + ", while those two agree (4 x apart): this figure is the odd"
                        + " one out (a sparse figure in a dense slot, or another precision's?)"));
            } else {
                for (int i = 0; i + 1 < chain.size(); i++) {
                    report(chain.get(i), chain.get(i + 1), out);
                }
            }
        }
    }

    private static void report(Throughput wide, Throughput narrow, List<CheckFinding> out) {
        if (fits(wide, narrow)) {
            return;
        }
        double expected = expected(wide, narrow);
        out.add(new CheckFinding(narrow.figure().location(), RuleId.TENSOR_RATIO_BAND, Figures.tags(narrow) + " "
                + narrow.figure().value() + " is " + Figures.times(ratio(narrow, wide)) + " " + Figures.describe(wide)
                + "; on one chip's tensor units expect " + Figures.times(expected) + " (band "
                + Figures.times(expected * (1 - BAND)) + " to " + Figures.times(expected * (1 + BAND))
                + "): a sparse figure in a dense slot, or another precision's figure?"));
    }

    static boolean fits(Throughput wide, Throughput narrow) {
        double expected = expected(wide, narrow);
        double r = ratio(narrow, wide);
        return r >= expected * (1 - BAND) && r <= expected * (1 + BAND);
    }

    /** 2 for neighbours (TF32 -> 16-bit -> FP8), 4 for TF32 -> FP8. */
    private static double expected(Throughput wide, Throughput narrow) {
        return Math.pow(2, rank(narrow.precision()) - rank(wide.precision()));
    }

    private static int rank(Precision p) {
        return switch (p) {
            case TF32 -> 0;
            case BF16, FP16 -> 1;
            case FP8 -> 2;
            default -> throw new IllegalArgumentException(p.key());
        };
    }

    private static double ratio(Throughput a, Throughput b) {
        return Figures.ratio(a.figure().value(), b.figure().value());
    }

    private static Optional<Throughput> tensor(CheckedSheet cs, Precision p, Sparsity s) {
        return cs.sheet().declared(p, s, Core.TENSOR);
    }
}
