package hwcalc.metrics;

import hwcalc.units.InputException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The metrics hwcalc computes, each with its key, the unit it is reported in, and whether more
 * is better (for ranking). Formulas are in docs/metrics.md.
 */
public enum Metric {
    PEAK("peak", "TFLOPS", true, "peak rate at the requested precision"),
    PRICE("price", "USD", false, "the sheet's default price (adjusted with --adjust-to)"),
    USD_PER_TFLOPS("usd-per-tflops", "USD/TFLOPS", false, "price / peak"),
    FLOPS_PER_USD("flops-per-usd", "GFLOPS/USD", true, "peak / price"),
    FLOPS_PER_WATT("flops-per-watt", "GFLOPS/W", true, "peak / power (TDP, or a system's maximum draw)"),
    USD_PER_GB("usd-per-gb", "USD/GB", false, "price / memory capacity"),
    BYTES_PER_FLOP("bytes-per-flop", "B/FLOP", true, "memory bandwidth / peak (machine balance)"),
    RIDGE_POINT("ridge-point", "FLOP/B", false, "peak / memory bandwidth (roofline ridge point)"),
    ENERGY_COST("energy-cost", "USD", false, "power x hours x utilisation x price of energy"),
    TIME_TO_COMPUTE("time-to-compute", "day", false, "FLOP budget / (peak x utilisation)"),
    USD_PER_CHIP_HOUR("usd-per-chip-hour", "USD/h", false,
            "a rental rate per chip-hour (--price on-demand...), or the cost of owning one chip for an hour (--price owned)"),
    USD_PER_PFLOP_HOUR("usd-per-pflop-hour", "USD/(PFLOPS*h)", false,
            "usd-per-chip-hour / (peak per chip x utilisation): dollars per effective PFLOP-hour");

    private final String key;
    private final String unit;
    private final boolean higherIsBetter;
    private final String formula;

    Metric(String key, String unit, boolean higherIsBetter, String formula) {
        this.key = key;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
        this.formula = formula;
    }

    public String key() {
        return key;
    }

    /** The unit for float precisions; integer precisions report OPS in place of FLOPS. */
    public String unit(boolean integerPrecision) {
        return integerPrecision ? unit.replace("FLOPS", "OPS").replace("FLOP", "OP") : unit;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public String formula() {
        return formula;
    }

    /** Whether the metric involves a peak rate (and so a precision). */
    public boolean usesPeak() {
        return this != PRICE && this != USD_PER_GB && this != ENERGY_COST && this != USD_PER_CHIP_HOUR;
    }

    /** Whether the metric is a cost per chip-hour, which needs a rental or owned price (--price). */
    public boolean perChipHour() {
        return this == USD_PER_CHIP_HOUR || this == USD_PER_PFLOP_HOUR;
    }

    public static Metric parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Metric m : values()) {
            if (m.key.equals(t)) {
                return m;
            }
        }
        throw new InputException("unknown metric '" + text + "' (known: "
                + String.join(", ", Arrays.stream(values()).map(Metric::key).toList()) + ")");
    }

    @Override
    public String toString() {
        return key;
    }
}
