package hwcalc.spec;

import java.util.Locale;

/**
 * What a price is. Purchase kinds: a vendor's launch list price, a reseller's quote, an analyst's
 * estimate, a press report's figure (not an analyst's), a street price. Rental kinds, per
 * chip-hour: on-demand, spot, and 1-year and 3-year commitments.
 */
public enum PriceKind {
    LIST, RESELLER, ESTIMATE, PRESS, STREET, ON_DEMAND, SPOT, COMMIT_1Y, COMMIT_3Y;

    /** The key sheets and options write: {@code list}, {@code on-demand}, {@code commit-1y}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether this is a rate per chip-hour (USD/h) rather than a price paid once. */
    public boolean isRental() {
        return ordinal() >= ON_DEMAND.ordinal();
    }

    /** Words for the arithmetic line: "list price", "reseller quote". */
    public String label() {
        return switch (this) {
            case LIST -> "list price";
            case RESELLER -> "reseller quote";
            case ESTIMATE -> "analyst estimate";
            case PRESS -> "press report";
            case STREET -> "street price";
            case ON_DEMAND -> "on-demand rate";
            case SPOT -> "spot rate";
            case COMMIT_1Y -> "1-year commitment rate";
            case COMMIT_3Y -> "3-year commitment rate";
        };
    }
}
