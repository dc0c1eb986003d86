package hwcalc.check;

import hwcalc.spec.RuleId;
import hwcalc.spec.Core;
import hwcalc.spec.Precision;
import hwcalc.spec.Sparsity;
import hwcalc.spec.Throughput;
import java.util.List;
import java.util.Optional;

/**
 * Figures in the wrong precision or unit slot. A vector FP16/BF16 rate above 4.4 x the vector
 * FP32 rate is a tensor figure (the most any vector unit does is 4 x, A100's 78 vs 19.5 TFLOPS);
 * so is a vector rate at or above the tensor rate of the same precision. And FP64 never runs
 * faster than FP32 on the same units: a higher FP64 figure has its columns swapped.
 */
final class VectorSlotCheck implements SheetCheck {

    static final double MAX_VECTOR_HALF_OVER_FP32 = 4.4;

    @Override
    public void check(CheckedSheet cs, CheckContext ctx, List<CheckFinding> out) {
        var sheet = cs.sheet();
        Optional<Throughput> fp32 = sheet.declared(Precision.FP32, Sparsity.DENSE, Core.VECTOR);
        for (Throughput t : sheet.throughput()) {
            if (t.core() != Core.VECTOR || t.sparsity() != Sparsity.DENSE) {
                continue;
            }
            Optional<Throughput> tensor = sheet.declared(t.precision(), Sparsity.DENSE, Core.TENSOR);
            boolean half = t.precision() == Precision.FP16 || t.precision() == Precision.BF16;
            if (half && fp32.isPresent() && Figures.ratio(t.figure().value(), fp32.get().figure().value()) > MAX_VECTOR_HALF_OVER_FP32) {
                out.add(new CheckFinding(t.figure().location(), RuleId.TENSOR_IN_VECTOR_SLOT, Figures.describe(t)
                        + " is " + Figures.times(Figures.ratio(t.figure().value(), fp32.get().figure().value()))
                        + " the vector fp32 rate " + fp32.get().figure().value() + "; vector units run 16-bit formats at"
                        + " most 4 x fp32: is this the tensor figure, or is the fp32 figure wrong?"));
            } else if (tensor.isPresent()
                    && t.figure().value().compareTo(tensor.get().figure().value()) >= 0) {
                out.add(new CheckFinding(t.figure().location(), RuleId.TENSOR_IN_VECTOR_SLOT, Figures.describe(t)
                        + " is not below the tensor figure " + Figures.describe(tensor.get())
                        + ": is the vector slot holding the tensor figure?"));
            }
        }
        for (Throughput fp64 : sheet.throughput()) {
            if (fp64.precision() != Precision.FP64) {
                continue;
            }
            sheet.declared(Precision.FP32, fp64.sparsity(), fp64.core())
                    .filter(f32 -> fp64.figure().value().compareTo(f32.figure().value()) > 0)
                    .ifPresent(f32 -> out.add(new CheckFinding(fp64.figure().location(), RuleId.FP64_ABOVE_FP32,
                            Figures.describe(fp64) + " is above " + Figures.describe(f32)
                                    + ": no unit runs FP64 faster than FP32; are the two swapped?")));
        }
    }
}
