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
}
