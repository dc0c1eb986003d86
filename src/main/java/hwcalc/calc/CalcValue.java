package hwcalc.calc;

import hwcalc.units.Quantity;

/**
 * A value during evaluation: the quantity, the year of the dollars it contains (null when it
 * holds no money or the year is unknown), and the basis of the peak it came from ("FP16 dense",
 * null when not a peak) so ratios across bases can be flagged.
 */
record CalcValue(Quantity quantity, Integer dollarYear, String peakBasis) {

    static CalcValue of(Quantity q) {
        return new CalcValue(q, null, null);
    }
}
