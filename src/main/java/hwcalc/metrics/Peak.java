package hwcalc.metrics;

import hwcalc.spec.Accumulate;
import hwcalc.spec.Core;
import hwcalc.spec.Precision;
import hwcalc.spec.SpecSheet;
import hwcalc.spec.Sparsity;
import hwcalc.units.Quantity;
import java.util.List;

/**
 * A peak rate of one sheet with its full basis: tags, where the number comes from, the
 * arithmetic when it is derived ("8 x 21.2 TFLOPS (tesla-p100-sxm2)"), and the source URLs.
 * {@code accumulate} is the accumulator tag of the rate as the sheet gives it (null when untagged,
 * which by convention means FP32 accumulate). {@code fp16AccumulateOnly} is set when the lookup
 * asked for the default (FP32-accumulate) rate and the sheet has only an FP16-accumulate one: the
 * number is then not comparable with other sheets' FP32-accumulate rates, and output must say so.
 */
public record Peak(SpecSheet sheet, Precision precision, Sparsity sparsity, Core core, Accumulate accumulate,
                   Quantity value, Basis basis, String arithmetic, List<String> sourceUrls, boolean fp16AccumulateOnly) {

    public Peak {
        sourceUrls = List.copyOf(sourceUrls);
    }

    /** An untagged rate, as the sheet gives it (no accumulator fallback). */
    public Peak(SpecSheet sheet, Precision precision, Sparsity sparsity, Core core, Quantity value,
                Basis basis, String arithmetic, List<String> sourceUrls) {
        this(sheet, precision, sparsity, core, null, value, basis, arithmetic, sourceUrls, false);
    }

    /** "FP16 dense, vector" */
    public String tags() {
        return precision.name() + " " + sparsity.key() + ", " + core.key();
    }

    /** The accumulator the rate is for, untagged counting as FP32. */
    public Accumulate effectiveAccumulate() {
        return Accumulate.effective(accumulate);
    }


    /** The same peak, marked as the FP16-accumulate rate standing in for a missing FP32-accumulate one. */
    Peak asFp16AccumulateOnly() {
        return new Peak(sheet, precision, sparsity, core, accumulate, value, basis, arithmetic, sourceUrls, true);
    }
}
