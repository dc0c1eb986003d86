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
                          List<String> sourceUrls, Peak peak, Price price, Integer dollarYear, Unavailable missing,
                          Quantity high, List<Price> observations, OwnedRate owned) {

    public MetricValue {
        caveats = List.copyOf(caveats);
        sourceUrls = List.copyOf(sourceUrls);
        observations = observations == null ? List.of() : List.copyOf(observations);
    }

    public MetricValue(Metric metric, SpecSheet sheet, Quantity value, String arithmetic, List<Caveat> caveats,
                       List<String> sourceUrls, Peak peak, Price price, Integer dollarYear, Unavailable missing) {
        this(metric, sheet, value, arithmetic, caveats, sourceUrls, peak, price, dollarYear, missing, null,
                price == null ? List.of() : List.of(price), null);
    }

    public static MetricValue unavailable(Metric metric, SpecSheet sheet, Unavailable why) {
        return new MetricValue(metric, sheet, null, null, List.of(), List.of(), null, null, null, why);
    }

    /** Whether the value is a range (from a price stated as one): {@code value} is its bottom, {@code high} its top. */
    public boolean isRange() {
        return high != null;
    }

    public boolean isAvailable() {
        return value != null;
    }

    /** Whether the peak behind this value is a fallback precision. */
    public boolean isFallback() {
        return caveats.stream().anyMatch(Caveat.Fallback.class::isInstance);
    }
}
