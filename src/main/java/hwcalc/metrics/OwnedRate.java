package hwcalc.metrics;

import hwcalc.spec.Price;
import hwcalc.units.Quantity;
import hwcalc.units.Units;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The cost of owning one chip for an hour: capital (the purchase price per chip, amortised as
 * {@link Ownership} says) plus energy when a tariff and PUE are given (null otherwise), with every
 * input, so an output can show the method.
 */
public record OwnedRate(Quantity perChipHour, Quantity capital, Quantity energy, int chips, Price purchase,
                        Quantity pricePerChip, Quantity powerPerChip, Ownership method) {

    /** ln 10 to 34 digits: the factor that turns orders of magnitude a year into a continuous rate. */
    static final BigDecimal LN_10 = new BigDecimal("2.302585092994045684017991454684364");
    /** Hours in a year as the method counts them: 365 x 24. */
    static final BigDecimal HOURS_PER_YEAR = new BigDecimal("8760");
    static final hwcalc.units.Unit USD_PER_HOUR = hwcalc.units.Unit.parse("USD/h");

    /**
     * {@code amount} is the purchase price (possibly in another year's dollars) of what the price
     * buys, {@code chips} how many chips that is, {@code power} the power of the same (null if unknown).
     */
    static OwnedRate of(Price purchase, Quantity amount, int chips, Quantity power, Ownership method) {
        MathContext mc = MathContext.DECIMAL128;
        BigDecimal n = BigDecimal.valueOf(chips);
        Quantity perChip = new Quantity(amount.value().divide(n, mc), amount.unit());
        BigDecimal perHour = perChip.value().multiply(method.depreciation()).multiply(LN_10).divide(HOURS_PER_YEAR, mc);
        Quantity capital = new Quantity(perHour, USD_PER_HOUR);
        Quantity powerPerChip = power == null ? null : new Quantity(power.to(Units.unit("W")).value().divide(n, mc), Units.unit("W"));
        Quantity energy = null;
        BigDecimal total = perHour;
        if (method.countsEnergy() && powerPerChip != null) {
            BigDecimal kw = powerPerChip.value().divide(new BigDecimal("1000"), mc);
            BigDecimal e = kw.multiply(method.pue()).multiply(method.usdPerKwh());
            energy = new Quantity(e, USD_PER_HOUR);
            total = total.add(e);
        }
        return new OwnedRate(new Quantity(total, USD_PER_HOUR), capital, energy, chips, purchase, perChip,
                powerPerChip, method);
    }
}
