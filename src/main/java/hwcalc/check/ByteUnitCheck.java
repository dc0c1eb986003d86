package hwcalc.check;

import hwcalc.spec.RuleId;
import hwcalc.spec.Figure;
import hwcalc.units.Quantity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * GB (10^9 B) and GiB (2^30 B) mixed up. Memory sizes are whole numbers in the unit their vendor
 * uses, so a capacity is flagged when it is a fraction with 3 or more significant digits whose
 * conversion into the other family is a whole multiple of 4 (85.9 GB = 80.0 GiB; 74.5 GB x 1.074
 * = 80). A figure and an alternative that differ by exactly 1.024^n are the same size read both
 * ways. Bandwidth in GiB/s or TiB/s is flagged since vendors quote it in decimal units, and a
 * decimal figure whose note speaks of GiB is flagged too. Details in docs/checks.md.
 */
final class ByteUnitCheck implements SheetCheck {

    static final double SAME = 0.001;
    private static final String[] DECIMAL = {"kB", "MB", "GB", "TB", "PB"};
    private static final String[] BINARY = {"KiB", "MiB", "GiB", "TiB", "PiB"};
    private static final Pattern BINARY_WORDS = Pattern.compile("\\b[KMGTP]iB\\b|\\b2\\^[0-9]+|\\b1024\\b");

    @Override
    public void check(CheckedSheet cs, CheckContext ctx, List<CheckFinding> out) {
        Figure cap = cs.sheet().memory().capacity();
        Figure bw = cs.sheet().memory().bandwidth();
        if (cap != null) {
            String why = capacity(cap.value());
            why = why != null ? why : alternatives(cap);
            why = why != null ? why : note(cap);
            if (why != null) {
                out.add(new CheckFinding(cap.location(), RuleId.GIB_GB, "memory capacity " + why));
            }
        }
        if (bw != null) {
            String why = step(bw.value()) < 0 ? "memory bandwidth " + bw.value() + " is in binary units; vendors quote"
                    + " bandwidth in decimal GB/s or TB/s (" + bw.value() + " = " + decimal(bw.value()) + "):"
                    + " check that the source really says " + bw.value().unit().symbol() : null;
            String alt = alternatives(bw);
            why = why != null ? why : alt != null ? "memory bandwidth " + alt : null;
            why = why != null ? why : note(bw) != null ? "memory bandwidth " + note(bw) : null;
            if (why != null) {
                out.add(new CheckFinding(bw.location(), RuleId.GIB_GB, why));
            }
        }
    }

    /** Prefix step of a byte unit: +n for 10^3n (GB = +3), -n for 2^10n (GiB = -3), 0 otherwise. */
    static int step(Quantity q) {
        BigDecimal f = q.unit().factor();
        for (int n = 1; n <= 5; n++) {
            if (f.compareTo(BigDecimal.TEN.pow(3 * n)) == 0) {
                return n;
            }
            if (f.compareTo(new BigDecimal(BigInteger.TWO.pow(10 * n))) == 0) {
                return -n;
            }
        }
        return 0;
    }

    private static String capacity(Quantity q) {
        int n = Math.abs(step(q));
        BigDecimal v = q.value();
        if (n == 0 || v.stripTrailingZeros().scale() <= 0 || v.precision() < 3) {
            return null; // whole numbers and rough figures say nothing
        }
        double k = Math.pow(1.024, n);
        double half = 0.5 * Math.pow(10, -v.scale()); // half a unit in the last written digit
        boolean decimal = step(q) > 0;
        String other = (decimal ? BINARY : DECIMAL)[n - 1];
        String into = decimal ? " / " : " x "; // GB to GiB divides by 1.024^n; GiB to GB multiplies
        String back = decimal ? " x " : " / ";
        double lo = v.doubleValue() - half;
        double hi = v.doubleValue() + half;
        Long converted = decimal ? wholeMultipleOf4(lo / k, hi / k) : wholeMultipleOf4(lo * k, hi * k);
        if (converted != null) {
            return q + " is " + converted + " " + other + " converted (" + q + into + fmt(k) + "): sizes are whole numbers in"
                    + " the vendor's unit; write " + converted + " " + other + " if the source says so";
        }
        Long misread = decimal ? wholeMultipleOf4(lo * k, hi * k) : wholeMultipleOf4(lo / k, hi / k);
        if (misread != null) {
            return q + " is " + misread + " " + q.unit().symbol() + " read as " + other + " (" + q + back + fmt(k) + " = "
                    + misread + "): a " + other + " figure labelled " + q.unit().symbol() + "?";
        }
        return null;
    }

    private static Long wholeMultipleOf4(double lo, double hi) {
        long n = (long) Math.ceil(lo);
        return n <= hi && n >= 4 && n % 4 == 0 ? n : null;
    }

    private static String alternatives(Figure f) {
        for (Figure.Alternative a : f.alternatives()) {
            if (!a.value().dimension().equals(f.value().dimension())) {
                continue;
            }
            double r = Figures.ratio(f.value(), a.value());
            r = Math.max(r, 1 / r);
            for (int n = 1; n <= 5; n++) {
                if (Math.abs(r / Math.pow(1.024, n) - 1) < SAME) {
                    return f.value() + " and its alternative " + a.value() + " differ by " + fmt(r) + " = 1.024^" + n
                            + ", the GB/GiB factor: one of them is the same size read in the other unit";
                }
            }
        }
        return null;
    }

    private static String note(Figure f) {
        String text = f.note() == null ? "" : f.note();
        if (step(f.value()) > 0 && BINARY_WORDS.matcher(text).find()) {
            return f.value() + " is in decimal units but its note speaks of binary ones (\"" + text + "\"):"
                    + " check which the source gives";
        }
        return null;
    }

    private static String decimal(Quantity q) {
        return String.format(Locale.ROOT, "%.4g", q.baseValue().doubleValue() / 1e12) + " TB/s";
    }

    private static String fmt(double x) {
        return String.format(Locale.ROOT, "%.4f", x);
    }
}
