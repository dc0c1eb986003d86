package hwcalc.calc;

import hwcalc.metrics.PeakBasis;
import hwcalc.units.Quantity;

/**
 * A value during evaluation: the quantity, the year of the dollars it contains (null when it
 * holds no money or the year is unknown), and the basis of the peak it came from (null when not a
 * peak), carried through sums and scalings so that sums and ratios across bases are flagged.
 */
record CalcValue(Quantity quantity, Integer dollarYear, PeakBasis peakBasis) {

    static CalcValue of(Quantity q) {
        return new CalcValue(q, null, null);
    }
}
