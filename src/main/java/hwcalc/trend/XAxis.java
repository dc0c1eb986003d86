package hwcalc.trend;

import hwcalc.units.InputException;
import java.util.Locale;

/**
 * What a chart's points are placed against: the release date, the price or the power (one point
 * per sheet), or the date of each price observation the --price selector admits (a price history:
 * one point per observation, so a sheet may have many).
 */
public enum XAxis {
    RELEASE("release", "Release date"),
    PRICE("price", "Price"),
    POWER("power", "Power"),
    OBSERVED("observed", "Price date");

    private final String key;
    private final String label;

    XAxis(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** Whether x is a date, in decimal years (a trend is fitted only against one). */
    public boolean isDate() {
        return this == RELEASE || this == OBSERVED;
    }

    public static XAxis parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (XAxis x : values()) {
            if (x.key.equals(t)) {
                return x;
            }
        }
        throw new InputException("unknown x axis '" + text + "' (known: release, price, power, observed)");
    }
}
