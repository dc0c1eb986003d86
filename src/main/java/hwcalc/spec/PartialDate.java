package hwcalc.spec;

import hwcalc.units.InputException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day ({@code 2016}, {@code 2016-04},
 * {@code 2016-04-05}); sources often give no more than a month.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    /** The written form, compiled when a date is first parsed: generated sheets construct dates without it (issue 17). */
    private static final class Form {
        static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    }

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
        Matcher m = Form.FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new InputException("'" + text + "' is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        try {
            return new PartialDate(Integer.parseInt(m.group(1)),
                    m.group(2) == null ? null : Integer.parseInt(m.group(2)),
                    m.group(3) == null ? null : Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            throw new InputException("'" + text + "' is not a valid date");
        }
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
