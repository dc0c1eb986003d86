package hwcalc.metrics;

import hwcalc.spec.Precision;
import hwcalc.spec.Sparsity;

/**
 * Why a metric has no value for a sheet: a typed reason and the values it names (the render side
 * words it). {@code precision}/{@code sparsity} are set for the peak reasons; {@code detail} holds
 * a datum, never words: the currency of a price in another currency, the CPI-U range "1913-2025".
 */
public record Unavailable(Reason reason, Precision precision, Sparsity sparsity, String detail) {

    public enum Reason {
        NO_PEAK, NO_SPARSE_PEAK, ONLY_FALLBACK, ONLY_FP16_ACCUMULATE, NO_PRICE, NOT_USD, NO_MEMORY_CAPACITY, NO_POWER,
        NO_MEMORY_BANDWIDTH, NEEDS_ENERGY_INPUTS, NEEDS_FLOP_BUDGET, NO_RELEASE_DATE, PRICE_OUTSIDE_CPI,
        /** no price answers the --price selector; detail is the selector as written back by the render side */
        NO_MATCHING_PRICE,
        /** a per-chip-hour metric without a rental or owned selector */
        NEEDS_HOURLY_PRICE,
        /** a purchase metric (usd-per-tflops...) asked of a rental rate */
        RENTAL_NOT_PURCHASE,
        /** a system whose chip count is unknown (no compute parts) */
        NO_CHIP_COUNT
    }

    public static Unavailable of(Reason r) {
        return new Unavailable(r, null, null, null);
    }

    public static Unavailable peak(Reason r, Precision p, Sparsity s) {
        return new Unavailable(r, p, s, null);
    }
}
