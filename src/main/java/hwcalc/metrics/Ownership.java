package hwcalc.metrics;

import java.math.BigDecimal;

/**
 * How a bought chip is costed per hour (docs/prices.md), following the amortised-capex method of
 * Cottier et al. (2024), "The rising costs of training frontier AI models", arXiv:2405.21015:
 * hardware loses value exponentially at {@code depreciation} orders of magnitude a year (their
 * 0.14, from the improvement of ML GPU price-performance), so an hour of a chip worth V costs
 * {@code V x depreciation x ln 10 / 8760}; energy is the chip's power x {@code pue} x the
 * tariff, and is counted only when both are given (no tariff or overhead is assumed).
 */
public record Ownership(BigDecimal depreciation, BigDecimal pue, BigDecimal usdPerKwh) {

    /** Cottier et al. (2024): 0.14 orders of magnitude per year. */
    public static final BigDecimal COTTIER_DEPRECIATION = new BigDecimal("0.14");

    public static final Ownership DEFAULT = new Ownership(COTTIER_DEPRECIATION, null, null);

    public Ownership {
        depreciation = depreciation == null ? COTTIER_DEPRECIATION : depreciation;
    }

    public boolean countsEnergy() {
        return pue != null && usdPerKwh != null;
    }
}
