package hwcalc.trend;

import hwcalc.units.InputException;
import java.util.ArrayList;
import java.util.List;

/** A {@link TrendFit} of a dataset's metric against the release date, with the data it came from. */
public record Trend(Dataset data, TrendFit fit) {

    /**
     * Fits the dataset; the errors name the problem: which sheets have non-positive values, or
     * how few points there are and why the other sheets were left out.
     */
    public static Trend of(Dataset d) {
        if (!d.xAxis().isDate()) {
            throw new InputException("a trend is fitted against a date (release or observed), not " + d.xAxis().key());
        }
        List<String> bad = new ArrayList<>();
        for (Observation o : d.points()) {
            if (!(o.y() > 0)) {
                bad.add(o.sheet().id() + " (" + o.value().value() + ")");
            }
        }
        if (!bad.isEmpty()) {
            throw new TrendException("a log-linear trend needs positive values; " + d.metric().key() + " is zero or negative for "
                    + String.join(", ", bad));
        }
        int n = d.points().size();
        if (n < 3) {
            StringBuilder why = new StringBuilder("a trend needs at least 3 points; ")
                    .append(n).append(d.xAxis() == XAxis.OBSERVED ? (n == 1 ? " price observation has " : " price observations have ")
                            : (n == 1 ? " sheet has " : " sheets have ") + "a release date and ")
                    .append(d.metric().key()).append(d.metric().usesPeak() ? " at " + d.request().basis() : "");
            if (d.beforeSince() > 0) {
                why.append("; ").append(d.beforeSince()).append(" released before ").append(d.since()).append(" left out by --since");
            }
            throw new TrendException(why.toString(), d); // the render side adds why the other sheets were skipped
        }
        double[] t = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = d.points().get(i).x();
            y[i] = d.points().get(i).y();
        }
        return new Trend(d, TrendFit.of(t, y));
    }
}
