package hwcalc.spec;

import hwcalc.units.Quantity;
import java.util.List;

/** A price with its basis: kind (list, reseller...), date, what it buys, and where it was seen. */
public record Price(Quantity amount, PriceKind kind, PartialDate date, PriceScope scope, List<String> sources,
                    String note, Location location) {
    public Price {
        sources = List.copyOf(sources);
    }
}
