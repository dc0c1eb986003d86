package hwcalc.check;

import hwcalc.spec.Figure;
import hwcalc.spec.SpecSheet;
import hwcalc.spec.Throughput;
import hwcalc.units.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Whether {@code sum} rounds (half up) to {@code declared} at the declared figure's precision,
     * in the declared figure's unit: 169.6 rounds to 170, 1000 does not round to 960.
     */
    static boolean roundsTo(Quantity sum, Quantity declared) {
        return rounded(sum, declared).compareTo(declared.value()) == 0;
    }

    /** {@code sum} in the declared figure's unit, rounded at its last significant digit. */
    static BigDecimal rounded(Quantity sum, Quantity declared) {
        BigDecimal inUnit = sum.baseValue().divide(declared.unit().factor(), Quantity.MATH);
        return inUnit.setScale(lastDigit(declared.value()), RoundingMode.HALF_UP);
    }

    /**
     * The scale of a figure's last significant digit. Written decimals count ({@code 21.20} is
     * precise to 0.01); the trailing zeros of a whole number do not ({@code 170} is precise to 10,
     * {@code 1000} to 1000), since vendors write rounded headlines that way.
     */
    static int lastDigit(BigDecimal v) {
        return v.scale() > 0 ? v.scale() : v.stripTrailingZeros().scale(); // never above 0 for a whole number
    }

    /** How many significant digits the figure is given to, as {@link #lastDigit} reads it: 170 has 2. */
    static int significantDigits(BigDecimal v) {
        return v.setScale(lastDigit(v), RoundingMode.UNNECESSARY).unscaledValue().abs().toString().length();
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

    /**
     * A figure of a sheet with the name messages give it ("fp16 dense tensor", "memory bandwidth").
     * A throughput's name is written only when a message asks for it: most figures have no finding,
     * and a check of thousands of sheets would build a name for each.
     */
    static final class Named {
        private final String name;
        private final Throughput throughput;
        private final Figure figure;

        private Named(String name, Throughput throughput, Figure figure) {
            this.name = name;
            this.throughput = throughput;
            this.figure = figure;
        }

        String name() {
            if (throughput == null) {
                return name;
            }
            return tags(throughput) + (throughput.accumulate() == null ? "" : " (" + throughput.accumulate().key() + " accumulate)");
        }

        Figure figure() {
            return figure;
        }
    }

    /** The headline figures, those metrics divide by: throughput, memory capacity and bandwidth, power. */
    static List<Named> headline(SpecSheet s) {
        List<Named> out = new ArrayList<>();
        for (Throughput t : s.throughput()) {
            out.add(new Named(null, t, t.figure()));
        }
        add(out, "memory capacity", s.memory().capacity());
        add(out, "memory bandwidth", s.memory().bandwidth());
        add(out, "TDP", s.power().tdp());
        add(out, "maximum power", s.power().max());
        return out;
    }

    /** Every figure of a sheet: the headline ones, then clocks, weight, process, transistors, die size. */
    static List<Named> all(SpecSheet s) {
        List<Named> out = headline(s);
        if (s.derivation() != null) {
            add(out, "base clock", s.derivation().baseClock());
            add(out, "boost clock", s.derivation().boostClock());
        }
        add(out, "weight", s.weight());
        add(out, "process", s.process());
        add(out, "transistors", s.transistors());
        add(out, "die size", s.dieSize());
        return out;
    }

    private static void add(List<Named> out, String name, Figure f) {
        if (f != null) {
            out.add(new Named(name, null, f));
        }
    }

    static String tags(Throughput t) {
        return t.precision().key() + " " + t.sparsity().key() + " " + t.core().key();
    }
}
