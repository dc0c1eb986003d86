package hwcalc.check;

import hwcalc.spec.Throughput;
import hwcalc.units.Quantity;
import java.math.BigDecimal;
import java.util.Locale;

/** Small helpers the rules share: ratios of quantities and how a figure is named in a message. */
final class Figures {
    private Figures() {
    }

    /** a / b in base units (both of one dimension). */
    static double ratio(Quantity a, Quantity b) {
        return a.baseValue().divide(b.baseValue(), Quantity.MATH).doubleValue();
    }

    /**
     * Whether {@code a} is within {@code tolerance} (a fraction) of {@code factor} x {@code b}, compared
     * exactly: in doubles 1.05 - 1 is 0.05000000000000004, so a figure exactly at the tolerance would fail.
     */
    static boolean within(Quantity a, Quantity b, double factor, double tolerance) {
        BigDecimal r = a.baseValue().divide(b.baseValue().multiply(BigDecimal.valueOf(factor)), Quantity.MATH);
        return r.subtract(BigDecimal.ONE).abs().compareTo(BigDecimal.valueOf(tolerance)) <= 0;
    }

    static String times(double ratio) {
        return String.format(Locale.ROOT, "%.2f x", ratio);
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%+.1f%%", fraction * 100);
    }

    /** "fp16 dense tensor 1979 TFLOPS (line 12)" */
    static String describe(Throughput t) {
        return tags(t) + " " + t.figure().value() + " (line " + t.figure().location().line() + ")";
    }

    static String tags(Throughput t) {
        return t.precision().key() + " " + t.sparsity().key() + " " + t.core().key();
    }
}
