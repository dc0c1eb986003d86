package hwcalc.metrics;

import hwcalc.spec.Price;
import hwcalc.spec.SpecSheet;
import hwcalc.units.Quantity;
import java.util.List;

/**
 * One metric of one sheet: the exact value, the arithmetic that produced it (a formula over exact
 * figures), the caveats on its basis (fallbacks, sums of parts, provisional CPI), the sources, and
 * the inputs used. {@code value} is null when the metric is unavailable; {@code missing} then says why.
 */
public record MetricValue(Metric metric, SpecSheet sheet, Quantity value, String arithmetic, List<Caveat> caveats,
                          List<String> sourceUrls, Peak peak, Price price, Integer dollarYear, Unavailable missing) {

    public MetricValue {
        caveats = List.copyOf(caveats);
        sourceUrls = List.copyOf(sourceUrls);
    }

    public static MetricValue unavailable(Metric metric, SpecSheet sheet, Unavailable why) {
        return new MetricValue(metric, sheet, null, null, List.of(), List.of(), null, null, null, why);
    }

    public boolean isAvailable() {
        return value != null;
    }

    /** Whether the peak behind this value is a fallback precision. */
    public boolean isFallback() {
        return caveats.stream().anyMatch(Caveat.Fallback.class::isInstance);
    }
}
