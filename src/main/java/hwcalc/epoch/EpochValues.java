package hwcalc.epoch;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Epoch's plain numbers in base units, written as quantities with a readable prefix and no rounding. */
final class EpochValues {
    private static final String[] SI = {"", "k", "M", "G", "T", "P", "E"};
    private static final String[] BINARY = {"KiB", "MiB", "GiB", "TiB"};

    private EpochValues() {
    }

    static String quantity(BigDecimal v, String unit) {
        return v == null ? null : v.stripTrailingZeros().toPlainString() + " " + unit;
    }

    /**
     * Epoch stores exact byte counts; one that is a whole number of GiB (MiB, TiB) but not of GB
     * is a binary size (TPU v1: 8589934592 = 8 GiB), written so rather than as 8.589934592 GB.
     */
    static String capacity(BigDecimal v) {
        if (v == null) {
            return null;
        }
        for (int n = 4; n >= 2; n--) {
            BigDecimal unit = new BigDecimal(BigInteger.TWO.pow(10 * n));
            if (v.remainder(unit).signum() == 0 && v.remainder(BigDecimal.TEN.pow(3 * n)).signum() != 0) {
                return v.divide(unit).toPlainString() + " " + BINARY[n - 1];
            }
        }
        return scaled(v, "B");
    }

    /** 989400000000000 FLOPS -> "989.4 TFLOPS": the largest prefix that keeps the number at least 1. */
    static String scaled(BigDecimal v, String unit) {
        if (v == null) {
            return null;
        }
        int i = 0;
        while (i + 1 < SI.length && v.compareTo(BigDecimal.TEN.pow(3 * (i + 1))) >= 0 && !(unit.startsWith("B") && i + 1 > 5)) {
            i++;
        }
        return v.movePointLeft(3 * i).stripTrailingZeros().toPlainString() + " " + SI[i] + unit;
    }
}
