package hwcalc.metrics;

import hwcalc.spec.Price;
import hwcalc.spec.SpecSheet;
import hwcalc.units.Quantity;
import java.util.List;

/**
 * One metric of one sheet: the exact value, the arithmetic that produced it, the basis notes
 * (precision, core, price kind and year, fallbacks), the sources, and the inputs used.
 * {@code value} is null when the metric is unavailable; {@code arithmetic} then says why.
 */
public record MetricValue(Metric metric, SpecSheet sheet, Quantity value, String arithmetic, List<String> notes,
                          List<String> sourceUrls, Peak peak, Price price, Integer dollarYear) {

    public MetricValue {
        notes = List.copyOf(notes);
        sourceUrls = List.copyOf(sourceUrls);
    }

    public static MetricValue unavailable(Metric metric, SpecSheet sheet, String why) {
        return new MetricValue(metric, sheet, null, why, List.of(), List.of(), null, null, null);
    }

    public boolean isAvailable() {
        return value != null;
    }
}
