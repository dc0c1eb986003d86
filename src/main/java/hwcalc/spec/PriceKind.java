package hwcalc.spec;

import java.util.Locale;

/** What a price is: a vendor's launch list price, a reseller's quote, an analyst's estimate, a street price. */
public enum PriceKind {
    LIST, RESELLER, ESTIMATE, STREET;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Words for output: "list price", "reseller quote". */
    public String label() {
        return switch (this) {
            case LIST -> "list price";
            case RESELLER -> "reseller quote";
            case ESTIMATE -> "analyst estimate";
            case STREET -> "street price";
        };
    }
}
