package hwcalc.spec;

import java.util.Locale;

/**
 * What a price is: a vendor's launch list price, a reseller's quote, an analyst's estimate, a press
 * report's figure (not an analyst's), a street price.
 */
public enum PriceKind {
    LIST, RESELLER, ESTIMATE, PRESS, STREET;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Words for output: "list price", "reseller quote". */
    public String label() {
        return switch (this) {
            case LIST -> "list price";
            case RESELLER -> "reseller quote";
            case ESTIMATE -> "analyst estimate";
            case PRESS -> "press report";
            case STREET -> "street price";
        };
    }
}
