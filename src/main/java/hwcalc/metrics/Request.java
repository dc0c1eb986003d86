package hwcalc.metrics;

import hwcalc.spec.Core;
import hwcalc.spec.Precision;
import hwcalc.spec.Sparsity;
import hwcalc.units.Quantity;
import java.math.BigDecimal;

/**
 * What a comparison asks for: the basis of every peak (precision, sparsity, optionally a core),
 * the year's dollars prices are shown in (null: as quoted), and the inputs of the energy and
 * time metrics (null when not given).
 */
public record Request(Precision precision, Sparsity sparsity, Core core, Integer adjustTo,
                      BigDecimal years, BigDecimal usdPerKwh, BigDecimal utilisation, Quantity flopBudget) {

    public static Request of(Precision precision, Sparsity sparsity) {
        return new Request(precision, sparsity, null, null, null, null, null, null);
    }

    public Request withPrecision(Precision p) {
        return new Request(p, sparsity, core, adjustTo, years, usdPerKwh, utilisation, flopBudget);
    }

    public Request withAdjustTo(Integer year) {
        return new Request(precision, sparsity, core, year, years, usdPerKwh, utilisation, flopBudget);
    }

    /** "FP16 dense" */
    public String basis() {
        return precision.name() + " " + sparsity.key() + (core == null ? "" : " " + core.key());
    }
}
