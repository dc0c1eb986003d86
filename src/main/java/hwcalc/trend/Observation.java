package hwcalc.trend;

import hwcalc.metrics.MetricValue;
import hwcalc.spec.SpecSheet;

/**
 * One sheet's point: x (a decimal year, USD or W), y (the metric in its unit), and the metric
 * value behind y with its basis. Doubles are fine here: points are for fitting and drawing,
 * while the exact value stays in {@code value}.
 */
public record Observation(SpecSheet sheet, double x, double y, MetricValue value) {

    public String label() {
        return sheet.name();
    }

    /** The credits of the price files whose observations these points used, each once, sorted. */
    public static java.util.List<String> priceCredits(java.util.Collection<Observation> points) {
        return points.stream().map(o -> o.value().price()).filter(p -> p != null && p.credit() != null)
                .map(p -> p.credit().text()).distinct().sorted().toList();
    }
}
