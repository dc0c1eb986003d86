package hwcalc.trend;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * A log-linear least-squares fit, ln y = a + b t, with t in years. The growth per year is e^b
 * and the doubling time ln 2 / b (a halving time when b < 0). The 95% interval of b is
 * b +- t(0.975, n-2) x se(b); the intervals of the growth and of the doubling time are that
 * interval carried through e^b and ln 2 / b, so they are not symmetric. When the slope's interval
 * includes zero the doubling time's interval is unbounded ({@code Double.POSITIVE_INFINITY}).
 */
public record TrendFit(int n, double intercept, double slope, double slopeStdErr, double rSquared,
                       double confidence, double tCritical, double firstT, double lastT) {

    public static final double CONFIDENCE = 0.95;
    /**
     * Release dates must span at least a year: a per-year rate from points days apart is an
     * extrapolation by orders of magnitude (a crafted set gave a growth of 1.5e89 per year).
     */
    public static final double MIN_SPAN_YEARS = 1.0;
    private static final double LN2 = Math.log(2);

    /** Fits ln y against t; refuses fewer than 3 points, non-positive or non-finite y, and a single t. */
    public static TrendFit of(double[] t, double[] y) {
        if (t.length != y.length) {
            throw new IllegalArgumentException(t.length + " times but " + y.length + " values");
        }
        int n = t.length;
        if (n < 3) {
            throw new TrendException("a trend needs at least 3 points, got " + n);
        }
        SimpleRegression r = new SimpleRegression(true);
        double first = Double.POSITIVE_INFINITY;
        double last = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (!(y[i] > 0) || Double.isInfinite(y[i])) {
                throw new TrendException("a log-linear trend needs positive values; point " + (i + 1) + " is " + y[i]);
            }
            if (!Double.isFinite(t[i])) {
                throw new TrendException("point " + (i + 1) + " has no finite time");
            }
            r.addData(t[i], Math.log(y[i]));
            first = Math.min(first, t[i]);
            last = Math.max(last, t[i]);
        }
        if (first == last) {
            throw new TrendException("all " + n + " points have the same date, so there is no slope to fit");
        }
        if (last - first < MIN_SPAN_YEARS) {
            throw new TrendException("the " + n + " release dates span " + String.format(java.util.Locale.ROOT, "%.3g", last - first)
                    + " years; a growth per year needs dates at least " + (int) MIN_SPAN_YEARS + " year apart");
        }
        // the t quantile for n-2 degrees of freedom; the distribution is only evaluated, never sampled
        double tCrit = new TDistribution(null, n - 2).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
        double se = r.getSlopeStdErr();
        TrendFit fit = new TrendFit(n, r.getIntercept(), r.getSlope(), Double.isNaN(se) ? 0 : se, r.getRSquare(),
                CONFIDENCE, tCrit, first, last);
        // every figure a report prints must be a finite number (or the one documented unbounded end)
        // (an infinite doubling time is the documented "unbounded"; a NaN is not)
        for (double v : new double[] {fit.growthPerYear(), fit.growthLow(), fit.growthHigh()}) {
            if (!Double.isFinite(v) || v == 0 || Double.isNaN(fit.timeYears()) || Double.isNaN(fit.timeLow())) {
                throw new TrendException("the fit is out of range (a growth of e^" + String.format(java.util.Locale.ROOT, "%.3g", fit.slope)
                        + " per year): the values or dates are not a trend hwcalc can report");
            }
        }
        return fit;
    }

    public int degreesOfFreedom() {
        return n - 2;
    }

    public double slopeLow() {
        return slope - tCritical * slopeStdErr;
    }

    public double slopeHigh() {
        return slope + tCritical * slopeStdErr;
    }

    /** e^b: the factor y grows by per year (below 1 when it falls). */
    public double growthPerYear() {
        return Math.exp(slope);
    }

    public double growthLow() {
        return Math.exp(slopeLow());
    }

    public double growthHigh() {
        return Math.exp(slopeHigh());
    }

    /** True when y falls over time: the fit gives a halving time rather than a doubling time. */
    public boolean halving() {
        return slope < 0;
    }

    /** Whether the slope's interval excludes zero. */
    public boolean significant() {
        return slopeLow() > 0 || slopeHigh() < 0;
    }

    /** ln 2 / |b|: years to double (or to halve, see {@link #halving()}). */
    public double timeYears() {
        return LN2 / Math.abs(slope);
    }

    /** The shorter end of the time's interval: the steepest slope in the interval. */
    public double timeLow() {
        return LN2 / (halving() ? -slopeLow() : slopeHigh());
    }

    /** The longer end; infinite when the slope's interval reaches zero. */
    public double timeHigh() {
        double shallowest = halving() ? -slopeHigh() : slopeLow();
        return shallowest > 0 ? LN2 / shallowest : Double.POSITIVE_INFINITY;
    }

    /** The fitted y at time t. */
    public double predict(double t) {
        return Math.exp(intercept + slope * t);
    }
}
