package hwcalc.units;

import java.math.BigDecimal;

/**
 * The one reader for bare numbers in user text (spec fields without a unit, claims' percentages,
 * command-line options): ASCII digits only, and the same magnitude bound as every quantity.
 *
 * <p>Java's own readers accept any Unicode digit ({@code Integer.parseInt("١٦")} is 16,
 * {@code new BigDecimal("８")} is 8) and any exponent ({@code 1e999999999}, which then takes
 * minutes or gigabytes to print). Both are refused here, with a message that quotes the text.
 */
public final class Decimals {

    private Decimals() {
    }

    /** A decimal such as {@code 2}, {@code 0.5}, {@code 1.2e3} or {@code 129,000}, within 10^±{@value Quantity#MAX_EXPONENT}. */
    public static BigDecimal parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new QuantityFormatException("empty number");
        }
        return UnitParser.parseNumber(t, text);
    }

    /** A whole number within int range, ASCII digits only. */
    public static int parseInt(String text) {
        BigDecimal v = parse(text);
        if (v.stripTrailingZeros().scale() > 0) {
            throw new QuantityFormatException("'" + text.strip() + "' is not a whole number");
        }
        try {
            return v.intValueExact();
        } catch (ArithmeticException e) {
            throw new QuantityFormatException("'" + text.strip() + "' is out of range");
        }
    }

    /** A whole number within long range, ASCII digits only. */
    public static long parseLong(String text) {
        BigDecimal v = parse(text);
        if (v.stripTrailingZeros().scale() > 0) {
            throw new QuantityFormatException("'" + text.strip() + "' is not a whole number");
        }
        try {
            return v.longValueExact();
        } catch (ArithmeticException e) {
            throw new QuantityFormatException("'" + text.strip() + "' is out of range");
        }
    }

    /** Whether c is one of the ASCII digits 0-9 ({@link Character#isDigit} also says yes to ８ and ١). */
    public static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
