package hwcalc.check;

import hwcalc.spec.Core;
import hwcalc.spec.Precision;
import hwcalc.spec.RuleId;
import hwcalc.spec.Throughput;
import java.util.List;

/**
 * 16-bit tensor rates whose accumulator is left unsaid on a sheet that says it elsewhere. Where a
 * vendor publishes rates for both accumulators (GeForce: FP16 with FP16 accumulate at 2 x the
 * FP32-accumulate rate), an untagged entry is ambiguous, and hwcalc would read it as FP32
 * accumulate. Found by data, not by names: when any FP16/BF16 tensor entry of the sheet carries
 * {@code accumulate}, every one must.
 */
final class AccumulateCheck implements SheetCheck {

    @Override
    public void check(CheckedSheet cs, CheckContext ctx, List<CheckFinding> out) {
        List<Throughput> half = cs.sheet().throughput().stream().filter(AccumulateCheck::halfTensor).toList();
        List<Throughput> tagged = half.stream().filter(t -> t.accumulate() != null).toList();
        if (tagged.isEmpty()) {
            return;
        }
        Throughput example = tagged.get(0);
        for (Throughput t : half) {
            if (t.accumulate() != null) {
                continue;
            }
            boolean pair = tagged.stream().anyMatch(o -> o.precision() == t.precision() && o.sparsity() == t.sparsity());
            out.add(new CheckFinding(t.figure().location(), RuleId.ACCUMULATE_UNTAGGED, Figures.describe(t)
                    + " has no accumulate tag, while " + Figures.describe(example) + " says "
                    + example.accumulate().key() + (pair ? "; the two are rates of one format that differ by accumulator" : "")
                    + ": tag it accumulate: fp32 or fp16, as the vendor gives it"));
        }
    }

    private static boolean halfTensor(Throughput t) {
        return t.core() == Core.TENSOR && (t.precision() == Precision.FP16 || t.precision() == Precision.BF16);
    }
}
