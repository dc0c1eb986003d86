package hwcalc.spec;

import hwcalc.units.Quantity;
import java.util.List;

/**
 * A price with its basis: kind (list, reseller, on-demand...), date, what it buys, and where it
 * was seen. {@code high} is the top of a stated range ("$25,000 to $30,000"), null for one
 * figure; {@code approx} marks "about $30,000". Rental kinds are per chip-hour and name their
 * provider and its tier; {@code chips} is the instance's chip count when the source priced an
 * instance (the amount is then already per chip). {@code credit} is the attribution a price file
 * asks outputs to print (null for a sheet's own prices).
 */
public record Price(Quantity amount, Quantity high, boolean approx, PriceKind kind, PartialDate date, PriceScope scope,
                    Integer chips, String provider, ProviderTier providerTier, String region, List<String> sources,
                    String note, Credit credit, Location location) {

    public Price {
        sources = List.copyOf(sources);
    }

    /** One purchase figure, as sheets wrote prices before ranges and rentals. */
    public Price(Quantity amount, PriceKind kind, PartialDate date, PriceScope scope, List<String> sources,
                 String note, Location location) {
        this(amount, null, false, kind, date, scope, null, null, null, null, sources, note, null, location);
    }

    public boolean isRange() {
        return high != null;
    }

    public boolean isRental() {
        return kind.isRental();
    }

    /** The attribution a data set asks for: its words and where it lives. */
    public record Credit(String text, String url) {
        // written out, as a record's would be: the generated ones link a bootstrap at start-up, and
        // compare collects credits in a set (issue 17; RecordEqualityTest)
        @Override
        public boolean equals(Object other) {
            return other instanceof Credit o && java.util.Objects.equals(text, o.text) && java.util.Objects.equals(url, o.url);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(text, url);
        }
    }

    public Price withSources(List<String> keys, Credit credit) {
        return new Price(amount, high, approx, kind, date, scope, chips, provider, providerTier, region, keys, note, credit,
                location);
    }
}
