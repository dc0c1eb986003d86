package hwcalc.chart;

import hwcalc.units.InputException;
import hwcalc.metrics.Metric;
import hwcalc.report.Numbers;
import hwcalc.trend.Dataset;
import hwcalc.trend.Observation;
import hwcalc.trend.Trend;
import hwcalc.trend.TrendFit;
import hwcalc.trend.XAxis;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a dataset (and optionally its trend) into a {@link ChartSpec}: titles, basis, scales, labels, credits. */
public final class Charts {

    /** More than two decades between the smallest and largest value: a log scale. */
    static final double LOG_SPAN = 100;
    private static final int FIT_STEPS = 60;
    /** A record-setter is named when it beats the last named one by more than a quarter. */
    static final double RECORD_MARGIN = 1.25;
    /** Footer lines naming skipped sheets, one per reason, most frequent reasons first. */
    static final int MAX_SKIP_LINES = 3;

    private Charts() {
    }

    /**
     * The scatter of a dataset; with a trend, the fitted line too and a log y scale (the model is
     * linear in ln y). {@code command} names what made the chart, for the footer.
     */
    public static ChartSpec scatter(Dataset d, Trend trend, Labels labels, int digits, String command) {
        List<Observation> obs = d.points();
        if (obs.isEmpty()) {
            throw new InputException("nothing to plot: no sheet has " + d.metric().key()
                    + (d.metric().usesPeak() ? " at " + d.request().basis() : "")
                    + (d.skipped().isEmpty() ? "" : " (" + hwcalc.report.TrendWords.skipSummary(d) + ")"));
        }
        ChartSpec.Scale yScale = trend != null || spansDecades(obs.stream().map(Observation::y).toList())
                ? ChartSpec.Scale.LOG : ChartSpec.Scale.LINEAR;
        ChartSpec.Scale xScale = !d.xAxis().isDate() && spansDecades(obs.stream().map(Observation::x).toList())
                ? ChartSpec.Scale.LOG : ChartSpec.Scale.LINEAR;
        // a price history names each sheet once, at its latest observation (the record-setters among those when there are many)
        Map<String, Observation> latest = new java.util.LinkedHashMap<>();
        obs.forEach(o -> latest.merge(o.sheet().id(), o, (a, b) -> b.x() > a.x() ? b : a));
        Set<String> labelled = labelled(d.xAxis() == XAxis.OBSERVED ? List.copyOf(latest.values()) : obs, labels,
                d.metric().higherIsBetter());
        List<ChartSpec.Point> points = new ArrayList<>();
        for (Observation o : obs) {
            boolean named = labelled.contains(o.sheet().id()) && (d.xAxis() != XAxis.OBSERVED || latest.get(o.sheet().id()) == o);
            points.add(new ChartSpec.Point(o.x(), o.y(), named ? o.label() : null,
                    d.xAxis() == XAxis.OBSERVED ? o.label() : null));
        }
        List<String> subtitles = new ArrayList<>();
        subtitles.add(String.join(" · ", d.basis()));
        List<ChartSpec.Point> line = List.of();
        if (trend != null) {
            subtitles.add(fitText(trend, digits));
            line = fitLine(trend.fit());
        }
        String metric = metricTitle(d.metric(), d.request().precision().isInteger());
        String title = metric + switch (d.xAxis()) {
            case RELEASE -> " by release date";
            case PRICE -> " against price";
            case POWER -> " against power";
            case OBSERVED -> " by price date";
        };
        String yLabel = metric + " (" + d.yUnit() + (yScale == ChartSpec.Scale.LOG ? ", log scale" : "") + ")";
        List<String> footer = new ArrayList<>();
        footer.add(Attribution.of(obs, d.xAxis()) + " · made with " + command);
        footer.add(counts(d, labelled.size()));
        // one line per reason, so the names of the skipped sheets fit the chart's width
        hwcalc.report.TrendWords.reasons(d).stream().limit(MAX_SKIP_LINES).forEach(r -> footer.add("skipped, " + r));
        return new ChartSpec(title, subtitles, xLabel(d, xScale), yLabel, footer, points, line, xScale, yScale,
                d.xAxis().isDate());
    }

    static boolean spansDecades(List<Double> values) {
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return min > 0 && max / min > LOG_SPAN;
    }

    /** The ids of the points named on the chart under the given policy. */
    static Set<String> labelled(List<Observation> obs, Labels labels, boolean higherIsBetter) {
        Set<String> out = new HashSet<>();
        if (labels == Labels.NONE) {
            return out;
        }
        if (labels == Labels.ALL || obs.size() <= Labels.AUTO_LIMIT) {
            obs.forEach(o -> out.add(o.sheet().id()));
            return out;
        }
        // record-setters: better than every point with a smaller x, by a margin so that near-ties do not pile up
        List<Observation> byX = new ArrayList<>(obs);
        byX.sort(Comparator.comparingDouble(Observation::x).thenComparing(o -> o.sheet().id()));
        double best = Double.NaN;
        for (Observation o : byX) {
            if (Double.isNaN(best) || (higherIsBetter ? o.y() > best * RECORD_MARGIN : o.y() < best / RECORD_MARGIN)) {
                out.add(o.sheet().id());
                best = o.y();
            }
        }
        return out;
    }

    private static String xLabel(Dataset d, ChartSpec.Scale scale) {
        String log = scale == ChartSpec.Scale.LOG ? ", log scale" : "";
        return switch (d.xAxis()) {
            case RELEASE -> "Release date (available, else announced)";
            case PRICE -> "Price (USD" + (d.request().adjustTo() == null ? ", as quoted" : ", " + d.request().adjustTo() + " dollars")
                    + log + ")";
            case POWER -> "Power (W: TDP, or a system's maximum draw" + log + ")";
            case OBSERVED -> "Date of the price observation";
        };
    }

    private static String counts(Dataset d, int labelled) {
        long n = d.sheetCount();
        StringBuilder s = new StringBuilder();
        if (d.xAxis() == XAxis.OBSERVED) {
            int k = d.points().size();
            s.append(k).append(k == 1 ? " price observation of " : " price observations of ");
        }
        s.append(n).append(n == 1 ? " sheet" : " sheets");
        if (!d.skipped().isEmpty()) {
            s.append("; ").append(d.skipped().size()).append(" skipped (below)");
        }
        if (d.beforeSince() > 0) {
            s.append("; ").append(d.beforeSince()).append(" released before ").append(d.since()).append(" left out");
        }
        if (labelled > 0 && labelled < n) {
            s.append("; named: the ").append(labelled).append(" record-setters");
        }
        return s.toString();
    }

    static String fitText(Trend t, int digits) {
        TrendFit f = t.fit();
        return "Fit (least squares on ln y): x" + fmt(f.growthPerYear(), digits) + " per year, "
                + hwcalc.report.TrendWords.doubling(t, digits) + ", n = " + f.n() + ", R² = " + fmt(f.rSquared(), 2);
    }

    private static List<ChartSpec.Point> fitLine(TrendFit f) {
        List<ChartSpec.Point> line = new ArrayList<>();
        for (int i = 0; i <= FIT_STEPS; i++) {
            double t = f.firstT() + (f.lastT() - f.firstT()) * i / FIT_STEPS;
            line.add(new ChartSpec.Point(t, f.predict(t), null));
        }
        return line;
    }

    /** "FLOP/s per dollar"; OP/s at integer precisions. */
    public static String metricTitle(Metric m, boolean integer) {
        String t = switch (m) {
            case PEAK -> "Peak FLOP/s";
            case PRICE -> "Price";
            case USD_PER_TFLOPS -> "Dollars per TFLOP/s";
            case FLOPS_PER_USD -> "FLOP/s per dollar";
            case FLOPS_PER_WATT -> "FLOP/s per watt";
            case USD_PER_GB -> "Dollars per GB of memory";
            case BYTES_PER_FLOP -> "Memory bytes per FLOP";
            case RIDGE_POINT -> "Roofline ridge point";
            case ENERGY_COST -> "Energy cost";
            case TIME_TO_COMPUTE -> "Time to compute";
            case USD_PER_CHIP_HOUR -> "Dollars per chip-hour";
            case USD_PER_PFLOP_HOUR -> "Dollars per effective PFLOP/s-hour";
        };
        return integer ? t.replace("FLOP", "OP") : t;
    }

    static String fmt(double v, int digits) {
        return Numbers.format(BigDecimal.valueOf(v), digits);
    }
}
