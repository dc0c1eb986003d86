package hwcalc.claims;

import hwcalc.spec.Location;
import hwcalc.units.Quantity;
import java.math.BigDecimal;
import java.util.List;

/**
 * A claim in checkable form. {@code plain} computes what the words say; {@code trueOn} computes
 * the figure on the (mismatched) basis where the claim happens to be true; {@code missing} names
 * data that could not be found. Any of the three may be absent, but not all. {@code claimedYear}
 * is the year of the claimed dollars when the claim states one (null otherwise): the claimed
 * amount is then moved by CPI-U into the computed figure's dollar year before comparing.
 * {@code price} says which price {@code .price} references mean (the --price selector's form).
 */
public record Check(Quantity claimed, Integer claimedYear, String label, Relation relation, BigDecimal tolerance, Expr plain,
                    TrueOn trueOn, List<String> missing, Location location, hwcalc.metrics.PriceSelector price) {

    public Check {
        missing = List.copyOf(missing);
        price = price == null ? hwcalc.metrics.PriceSelector.DEFAULT : price;
    }

    /** A check whose {@code .price} references mean the sheets' default (first purchase) price. */
    public Check(Quantity claimed, Integer claimedYear, String label, Relation relation, BigDecimal tolerance, Expr plain,
                 TrueOn trueOn, List<String> missing, Location location) {
        this(claimed, claimedYear, label, relation, tolerance, plain, trueOn, missing, location, null);
    }

    /** The basis on which a claim is true though its words suggest another, and the figure there. */
    public record TrueOn(String basis, Expr expr) {
    }
}
