package hwcalc.chart;

/**
 * Which points get their sheet's name: all, none, or (auto) all up to {@link #AUTO_LIMIT} points
 * and beyond that only the record-setters: the points that beat every point to their left by more
 * than a quarter (see {@link Charts#RECORD_MARGIN}). A hundred overlapping names would hide the data.
 */
public enum Labels {
    AUTO, ALL, NONE;

    public static final int AUTO_LIMIT = 30;
}
