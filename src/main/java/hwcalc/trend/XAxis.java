package hwcalc.trend;

import hwcalc.units.InputException;
import java.util.Locale;

/** What a chart's points are placed against: the release date, the price or the power. */
public enum XAxis {
    RELEASE("release", "Release date"),
    PRICE("price", "Price"),
    POWER("power", "Power");

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

    public static XAxis parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (XAxis x : values()) {
            if (x.key.equals(t)) {
                return x;
            }
        }
        throw new InputException("unknown x axis '" + text + "' (known: release, price, power)");
    }
}
