package hwcalc.spec;

import java.util.Locale;

/**
 * How close a source stands to the hardware: the vendor's own documents, reputable press that
 * reports or measures it, or an aggregator (wiki, database, blog, community dataset). A figure
 * resting on secondary sources only is flagged by {@code hwcalc check}.
 */
public enum Tier {
    VENDOR, INDEPENDENT, SECONDARY;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
