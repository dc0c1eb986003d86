package hwcalc.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one place figures are rounded for display. Rule: round half-up to {@code digits}
 * significant figures; drop trailing fractional zeros; group thousands with commas.
 * <p>
 * Figures written in digits with a unit (tables, 758.82 TFLOPS, 168,603 USD) never round into
 * the integer part ({@link #round}): 168,602.92 at 4 digits prints 168,603, not 168,600, so a
 * column of digits can be checked digit by digit. Money in words (quotes and findings, in every
 * locale, see {@link LocalNumbers}) rounds the whole amount ({@link #significant}), because a
 * word (萬, million) already drops digits: $99,995 at 2 digits is $100,000 in English and 10 萬美元
 * in zh-TW, the same amount in both.
 */
public final class Numbers {

    private Numbers() {
    }

    /** The rounded value, before grouping. */
    public static BigDecimal round(BigDecimal value, int digits) {
        if (digits < 1) {
            throw new IllegalArgumentException("digits must be at least 1");
        }
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        int integerDigits = value.precision() - value.scale();
        BigDecimal r = integerDigits >= digits
                ? value.setScale(0, RoundingMode.HALF_UP)
                : value.round(new MathContext(digits, RoundingMode.HALF_UP));
        r = r.stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    /**
     * Half-up to {@code digits} significant figures of the whole value, integer part included:
     * 99,995 at 2 is 100,000; 168,602.92 at 3 is 169,000; 0.758823 at 2 is 0.76.
     */
    public static BigDecimal significant(BigDecimal value, int digits) {
        if (digits < 1) {
            throw new IllegalArgumentException("digits must be at least 1");
        }
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal r = value.round(new MathContext(digits, RoundingMode.HALF_UP)).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    /** {@code 168602.92} at 4 digits: {@code "168,603"}; {@code 0.758823} at 4: {@code "0.7588"}. */
    public static String format(BigDecimal value, int digits) {
        return group(round(value, digits).toPlainString());
    }

    /** Inserts thousands separators into a plain decimal string. */
    public static String group(String plain) {
        boolean negative = plain.startsWith("-");
        String p = negative ? plain.substring(1) : plain;
        int dot = p.indexOf('.');
        String intPart = dot < 0 ? p : p.substring(0, dot);
        String frac = dot < 0 ? "" : p.substring(dot);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < intPart.length(); i++) {
            if (i > 0 && (intPart.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(intPart.charAt(i));
        }
        return (negative ? "-" : "") + out + frac;
    }
}
