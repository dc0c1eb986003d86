package hwcalc.chart;

/**
 * Which points get their sheet's name: all, none, or (auto) all up to {@link #AUTO_LIMIT} points
 * and beyond that only the record-setters, the points better than every point to their left;
 * a hundred overlapping names would hide the data.
 */
public enum Labels {
    AUTO, ALL, NONE;

    public static final int AUTO_LIMIT = 30;
}
