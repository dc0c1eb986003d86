package hwcalc.metrics;

import hwcalc.spec.Core;
import hwcalc.spec.Precision;
import hwcalc.spec.SpecSheet;
import hwcalc.spec.Sparsity;
import hwcalc.units.Quantity;
import java.util.List;

/**
 * A peak rate of one sheet with its full basis: tags, where the number comes from, the
 * arithmetic when it is derived ("8 x 21.2 TFLOPS (tesla-p100-sxm2)"), and the source URLs.
 */
public record Peak(SpecSheet sheet, Precision precision, Sparsity sparsity, Core core, Quantity value,
                   Basis basis, String arithmetic, List<String> sourceUrls) {

    public Peak {
        sourceUrls = List.copyOf(sourceUrls);
    }

    /** "FP16 dense, vector" */
    public String tags() {
        return precision.name() + " " + sparsity.key() + ", " + core.key();
    }
}
