package hwcalc.report;

import hwcalc.metrics.Unavailable;
import hwcalc.trend.Dataset;
import hwcalc.trend.Trend;
import hwcalc.trend.TrendException;
import hwcalc.trend.TrendFit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The words of trends and datasets: skip summaries and doubling times, rounded by {@link Numbers}. */
public final class TrendWords {

    private TrendWords() {
    }

    /** "doubling time 2.46 years (95% CI 2.24 to 2.72)" at the given significant digits. */
    public static String doubling(Trend t, int digits) {
        return (t.fit().halving() ? "halving" : "doubling") + " time " + doublingValue(t, digits);
    }

    /** "2.46 years (95% CI 2.24 to 2.72)": the doubling or halving time without its label. */
    public static String doublingValue(Trend t, int digits) {
        TrendFit f = t.fit();
        String head = years(f.timeYears(), digits) + " years (95% CI ";
        return f.significant()
                ? head + years(f.timeLow(), digits) + " to " + years(f.timeHigh(), digits) + ")"
                : head + years(f.timeLow(), digits) + " years to unbounded: the slope's interval includes zero)";
    }

    /** A number of years for display; infinite when the interval is unbounded. */
    public static String years(double v, int digits) {
        return Double.isInfinite(v) ? "unbounded" : Numbers.format(BigDecimal.valueOf(v), digits);
    }

    /** Each reason names up to this many of its sheets, so a reader can find and fix them. */
    static final int NAMED_SKIPS = 6;

    /**
     * "no release date: dgx-b200", "no price on the sheet (18: a, b, c, d, e, f and 12 more)": each
     * reason, most frequent first, naming its first {@value #NAMED_SKIPS} sheets.
     */
    public static List<String> reasons(Dataset d) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Unavailable, Integer> e : d.skipReasons().entrySet()) {
            String words = Wording.english().unavailable(e.getKey());
            List<String> ids = d.skipped().stream().filter(s -> s.reason().equals(e.getKey()))
                    .map(s -> s.sheet().id()).toList();
            String named = String.join(", ", ids.subList(0, Math.min(NAMED_SKIPS, ids.size())));
            parts.add(ids.size() <= NAMED_SKIPS ? words + ": " + named
                    : words + " (" + ids.size() + ": " + named + " and " + (ids.size() - NAMED_SKIPS) + " more)");
        }
        return parts;
    }

    /** "5 sheets skipped: no release date (3), ..."; empty when nothing was skipped. */
    public static String skipSummary(Dataset d) {
        if (d.skipped().isEmpty()) {
            return "";
        }
        return d.skipped().size() + (d.skipped().size() == 1 ? " sheet" : " sheets") + " skipped: "
                + String.join(", ", reasons(d));
    }

    /** A trend's error with why the other sheets were left out, for the user. */
    public static String problem(TrendException e) {
        Dataset d = e.data();
        return d == null || d.skipped().isEmpty() ? e.getMessage() : e.getMessage() + " (" + skipSummary(d) + ")";
    }
}
