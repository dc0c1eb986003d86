package hwcalc.metrics;

import hwcalc.spec.Core;
import hwcalc.spec.Precision;
import hwcalc.spec.Sparsity;
import hwcalc.units.Quantity;
import java.math.BigDecimal;

/**
 * What a comparison asks for: the basis of every peak (precision, sparsity, optionally a core),
 * the year's dollars prices are shown in (null: as quoted), and the inputs of the energy and
 * time metrics (null when not given), which price to use and how to cost an owned chip per hour.
 */
public record Request(Precision precision, Sparsity sparsity, Core core, Integer adjustTo,
                      BigDecimal years, BigDecimal usdPerKwh, BigDecimal utilisation, Quantity flopBudget,
                      PriceSelector price, Ownership ownership) {

    public Request {
        price = price == null ? PriceSelector.DEFAULT : price;
        ownership = ownership == null ? Ownership.DEFAULT : ownership;
    }

    public Request(Precision precision, Sparsity sparsity, Core core, Integer adjustTo, BigDecimal years,
                   BigDecimal usdPerKwh, BigDecimal utilisation, Quantity flopBudget) {
        this(precision, sparsity, core, adjustTo, years, usdPerKwh, utilisation, flopBudget, null, null);
    }

    public static Request of(Precision precision, Sparsity sparsity) {
        return new Request(precision, sparsity, null, null, null, null, null, null);
    }

    public Request withPrecision(Precision p) {
        return new Request(p, sparsity, core, adjustTo, years, usdPerKwh, utilisation, flopBudget, price, ownership);
    }

    public Request withAdjustTo(Integer year) {
        return new Request(precision, sparsity, core, year, years, usdPerKwh, utilisation, flopBudget, price, ownership);
    }

    public Request withPrice(PriceSelector selector, Ownership own) {
        return new Request(precision, sparsity, core, adjustTo, years, usdPerKwh, utilisation, flopBudget, selector, own);
    }

    /** "FP16 dense" */
    public String basis() {
        return precision.name() + " " + sparsity.key() + (core == null ? "" : " " + core.key());
    }
}
