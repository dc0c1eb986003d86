package hwcalc.spec;

import hwcalc.units.InputException;
import java.time.LocalDate;

/**
 * A date known to the year, the month or the day ({@code 2016}, {@code 2016-04},
 * {@code 2016-04-05}); sources often give no more than a month.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    public PartialDate {
        if (year < 1900 || year > 2200) {
            throw new InputException("year " + year + " is out of range");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new InputException("month " + month + " is out of range");
        }
        if (day != null) {
            LocalDate.of(year, month, day); // validates the day of month
        }
    }

    public static PartialDate parse(String text) {
        String t = text.strip();
        // YYYY, YYYY-MM or YYYY-MM-DD, read by hand: a check of an import parses 12,000 dates, and a regex
        // matcher and its groups were a tenth of binding (issue 17); PartialDateTest holds this to the pattern
        int n = t.length();
        if (!(n == 4 || n == 7 && t.charAt(4) == '-' || n == 10 && t.charAt(4) == '-' && t.charAt(7) == '-')
                || !digits(t, 0, 4) || n >= 7 && !digits(t, 5, 7) || n == 10 && !digits(t, 8, 10)) {
            throw new InputException("'" + text + "' is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        try {
            return new PartialDate(number(t, 0, 4), n >= 7 ? number(t, 5, 7) : null, n == 10 ? number(t, 8, 10) : null);
        } catch (java.time.DateTimeException e) {
            throw new InputException("'" + text + "' is not a valid date");
        }
    }

    /** Whether {@code t[from, to)} is ASCII digits only (as a regex's \d). */
    private static boolean digits(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String t, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (t.charAt(i) - '0');
        }
        return v;
    }

    /** The earliest day the date can mean. */
    public LocalDate start() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** Years as a decimal (2016-07-01 is about 2016.5), for trends. */
    public double decimalYear() {
        LocalDate mid = month == null ? LocalDate.of(year, 7, 1) : day == null ? LocalDate.of(year, month, 15) : start();
        return year + (mid.getDayOfYear() - 1) / (double) mid.lengthOfYear();
    }

    @Override
    public int compareTo(PartialDate o) {
        return start().compareTo(o.start());
    }

    @Override
    public String toString() {
        // by hand, not String.format: a Formatter is a millisecond on first use, and its %02d writes the
        // default locale's digits (issue 17)
        return year + (month == null ? "" : (month < 10 ? "-0" : "-") + month) + (day == null ? "" : (day < 10 ? "-0" : "-") + day);
    }
}
