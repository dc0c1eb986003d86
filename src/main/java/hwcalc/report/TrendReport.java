package hwcalc.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hwcalc.trend.Dataset;
import hwcalc.trend.Observation;
import hwcalc.trend.XAxis;
import hwcalc.trend.Trend;
import hwcalc.trend.TrendFit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What {@code hwcalc trend} prints: the fit's growth, doubling time with its interval, n, R² and what was skipped. */
public final class TrendReport {

    private final Trend trend;
    private final int digits;

    public TrendReport(Trend trend, int digits) {
        this.trend = trend;
        this.digits = digits;
    }

    /** Label and value rows, in print order. */
    public List<List<String>> rows() {
        Dataset d = trend.data();
        TrendFit f = trend.fit();
        List<List<String>> rows = new ArrayList<>();
        boolean history = d.xAxis() == XAxis.OBSERVED;
        rows.add(List.of("metric", d.metric().key() + " (" + d.yUnit() + ") against "
                + (history ? "the date of each price observation" : "the release date")));
        rows.add(List.of("basis", String.join("; ", d.basis())));
        rows.add(List.of("fit", "ln y = a + b t, least squares, t in years: b = " + fmt(f.slope())
                + " per year (95% CI " + fmt(f.slopeLow()) + " to " + fmt(f.slopeHigh()) + ")"));
        rows.add(List.of("growth per year", "x" + fmt(f.growthPerYear()) + " (95% CI x" + fmt(f.growthLow())
                + " to x" + fmt(f.growthHigh()) + ")"));
        rows.add(List.of(f.halving() ? "halving time" : "doubling time", TrendWords.doublingValue(trend, digits)));
        long sheets = d.sheetCount();
        rows.add(List.of("n", (history ? f.n() + " price observations of " + sheets + (sheets == 1 ? " sheet" : " sheets")
                + ", dated " : f.n() + " sheets released ") + year(f.firstT()) + " to " + year(f.lastT())
                + (d.since() == null ? "" : " (since " + d.since() + ")")));
        rows.add(List.of("R²", Numbers.format(BigDecimal.valueOf(f.rSquared()), Math.max(digits, 2))));
        rows.add(List.of("interval", "t distribution with " + f.degreesOfFreedom() + " degrees of freedom, t = "
                + fmt(f.tCritical()) + ", se(b) = " + fmt(f.slopeStdErr())));
        if (!d.skipped().isEmpty()) {
            rows.add(List.of("skipped", d.skipped().size() + (d.skipped().size() == 1 ? " sheet" : " sheets") + ": "
                    + String.join(", ", TrendWords.reasons(d))));
        }
        if (d.beforeSince() > 0) {
            rows.add(List.of("left out", d.beforeSince() + " released before " + d.since()));
        }
        // the licence of the price data used (Epoch AI's observations, CC BY 4.0) is named on every output that uses it
        d.priceCredits().forEach(c -> rows.add(List.of("data", c)));
        return rows;
    }

    /** The points, one row each: id, release date, decimal year, exact value, unit, and the fit's value there. */
    public Table points() {
        TrendFit f = trend.fit();
        List<List<String>> rows = new ArrayList<>();
        for (hwcalc.trend.Observation o : trend.data().points()) {
            rows.add(List.of(o.sheet().id(), String.valueOf(date(o, trend.data().xAxis())), Double.toString(o.x()),
                    o.value().value().value().toPlainString(), o.value().value().unit().symbol(),
                    Double.toString(Math.exp(f.intercept() + f.slope() * o.x()))));
        }
        return new Table(List.of("id", trend.data().xAxis() == XAxis.OBSERVED ? "observed" : "release", "year", "value", "unit",
                "fitted"), rows);
    }

    /** A point's date: the sheet's release, or in a price history the observation's date. */
    private static hwcalc.spec.PartialDate date(Observation o, XAxis x) {
        return x == XAxis.OBSERVED ? o.value().price().date() : o.sheet().dates().release();
    }

    public Table toTable() {
        return new Table(List.of("trend", "value"), rows());
    }

    /** Aligned "label  value" lines. */
    public String toText() {
        int width = rows().stream().mapToInt(r -> r.get(0).length()).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (List<String> r : rows()) {
            out.append(r.get(0)).append(" ".repeat(width - r.get(0).length() + 2)).append(r.get(1)).append('\n');
        }
        return out.toString();
    }

    public ObjectNode toJson() {
        Dataset d = trend.data();
        TrendFit f = trend.fit();
        ObjectNode o = Json.object();
        o.put("metric", d.metric().key());
        o.put("unit", d.yUnit());
        o.put("x", d.xAxis().key());
        ArrayNode basis = o.putArray("basis");
        d.basis().forEach(basis::add);
        o.put("model", "ln y = a + b t, ordinary least squares, t in decimal years");
        o.put("n", f.n());
        o.put("firstYear", f.firstT());
        o.put("lastYear", f.lastT());
        o.put("intercept", f.intercept());
        o.put("slopePerYear", f.slope());
        o.put("slopeStdErr", f.slopeStdErr());
        o.put("confidence", f.confidence());
        o.put("degreesOfFreedom", f.degreesOfFreedom());
        o.put("tCritical", f.tCritical());
        pair(o.putArray("slopeCi"), f.slopeLow(), f.slopeHigh());
        o.put("growthPerYear", f.growthPerYear());
        pair(o.putArray("growthCi"), f.growthLow(), f.growthHigh());
        o.put("direction", f.halving() ? "halving" : "doubling");
        o.put("timeYears", f.timeYears());
        pair(o.putArray("timeCi"), f.timeLow(), f.timeHigh());
        o.put("significant", f.significant());
        o.put("rSquared", f.rSquared());
        if (d.since() != null) {
            o.put("since", d.since());
        }
        o.put("beforeSince", d.beforeSince());
        ObjectNode skipped = o.putObject("skipped");
        skipped.put("count", d.skipped().size());
        ObjectNode reasons = skipped.putObject("reasons");
        d.skipReasons().forEach((why, n) -> reasons.put(Wording.english().unavailable(why), n));
        ArrayNode credits = o.putArray("credits");
        d.priceCredits().forEach(credits::add);
        ArrayNode points = o.putArray("points");
        for (Observation p : d.points()) {
            ObjectNode j = points.addObject();
            j.put("id", p.sheet().id());
            j.put("name", p.sheet().name());
            j.put(d.xAxis() == XAxis.OBSERVED ? "observed" : "release", date(p, d.xAxis()).toString());
            if (d.xAxis() == XAxis.OBSERVED) {
                j.put("kind", p.value().price().kind().key());
                if (p.value().price().provider() != null) {
                    j.put("provider", p.value().price().provider());
                }
            }
            j.put("year", p.x());
            j.put("value", Json.plain(p.value().value().value()));
            j.put("unit", p.value().value().unit().symbol());
        }
        return o;
    }

    /** An interval; an unbounded end is null (JSON has no infinity). */
    private static void pair(ArrayNode a, double lo, double hi) {
        for (double v : new double[] {lo, hi}) {
            if (Double.isFinite(v)) {
                a.add(v);
            } else {
                a.addNull();
            }
        }
    }

    /** A decimal year to one decimal, ungrouped: 2008.5. */
    static String year(double t) {
        return BigDecimal.valueOf(t).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private String fmt(double v) {
        return Numbers.format(BigDecimal.valueOf(v), digits);
    }
}
