package hwcalc.spec;

import java.util.Locale;

/** What a price buys: one chip, one board, or a whole system. */
public enum PriceScope {
    CHIP, BOARD, SYSTEM;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
