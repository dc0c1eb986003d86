package hwcalc.spec;

import java.util.Locale;

/** What a sheet describes. */
public enum Kind {
    CHIP, ACCELERATOR, CPU, SYSTEM, SERVER, CLUSTER;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
