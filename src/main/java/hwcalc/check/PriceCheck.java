package hwcalc.check;

import hwcalc.spec.Price;
import hwcalc.spec.PriceKind;
import hwcalc.spec.PriceScope;
import hwcalc.spec.RuleId;
import hwcalc.units.Quantity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Rental rates that cannot be a real price (docs/checks.md): a rate per chip-hour below $0.05 (a
 * bid floor or a typo, not a price) or above $100 (a whole instance's rate in a per-chip slot);
 * a spot or committed rate above the same provider's on-demand rate on the same day and in the
 * same region (discounts are below on-demand, so one of the two is wrong); a rental rate for a
 * board or system that does not say how many chips it covers, so no per-chip rate can be taken.
 */
final class PriceCheck implements SheetCheck {

    static final BigDecimal LOWEST_PER_CHIP_HOUR = new BigDecimal("0.05");
    static final BigDecimal HIGHEST_PER_CHIP_HOUR = new BigDecimal("100");

    @Override
    public void check(CheckedSheet cs, CheckContext ctx, List<CheckFinding> out) {
        check(cs.sheet().prices(), out);
    }

    /** The rules over one list of prices (a sheet's own, or a price file's). */
    static void check(List<Price> prices, List<CheckFinding> out) {
        for (Price p : prices) {
            if (!p.isRental()) {
                continue;
            }
            BigDecimal perHour = p.amount().to(hwcalc.units.Unit.parse(p.amount().unit().symbol().replaceFirst("/.*$", "") + "/h"))
                    .value();
            if (perHour.compareTo(LOWEST_PER_CHIP_HOUR) < 0 || perHour.compareTo(HIGHEST_PER_CHIP_HOUR) > 0) {
                out.add(new CheckFinding(p.location(), RuleId.PRICE_IMPLAUSIBLE_RATE, p.kind().key() + " rate " + p.amount()
                        + " per chip-hour is outside " + LOWEST_PER_CHIP_HOUR + " to " + HIGHEST_PER_CHIP_HOUR
                        + " " + p.amount().unit().symbol() + ": a bid floor, a typo, or an instance's rate not divided by its chips?"));
            }
            if (p.scope() != PriceScope.CHIP && p.chips() == null) {
                out.add(new CheckFinding(p.location(), RuleId.PRICE_INSTANCE_WITHOUT_CHIPS, p.kind().key() + " rate per "
                        + p.scope().key() + " without chips: say how many chips the instance has, and give the rate per chip"));
            }
            if (p.kind() != PriceKind.ON_DEMAND) {
                for (Price od : prices) {
                    if (od.kind() == PriceKind.ON_DEMAND && Objects.equals(od.provider(), p.provider())
                            && od.date().equals(p.date()) && Objects.equals(od.region(), p.region())
                            && sameUnit(od.amount(), p.amount()) && p.amount().compareTo(od.amount()) > 0) {
                        out.add(new CheckFinding(p.location(), RuleId.PRICE_DISCOUNT_ABOVE_ON_DEMAND, p.kind().key() + " rate "
                                + p.amount() + " is above " + p.provider() + "'s on-demand " + od.amount() + " on " + p.date()
                                + ": a commitment or spot rate is a discount; one of the two is in the wrong slot"));
                        break;
                    }
                }
            }
        }
    }

    private static boolean sameUnit(Quantity a, Quantity b) {
        return a.dimension().equals(b.dimension());
    }
}
