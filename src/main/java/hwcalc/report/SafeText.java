package hwcalc.report;

import java.util.regex.Pattern;

/**
 * Text from a file a user did not write (a sheet's name, a CSV cell, a YAML key in an error
 * message), made safe for where it goes. One rule for what is escaped, so a name looks the same on
 * the terminal, in a chart and in a CSV file:
 * <ul>
 *   <li>C0 controls (newline, tab, ESC...), DEL and C1 controls become visible escapes
 *       ({@code \n}, {@code \t}, {@code \x1b}, {@code \x9b}): a newline cannot forge an extra
 *       error line and an escape sequence cannot reach the terminal;</li>
 *   <li>Unicode bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069), line and
 *       paragraph separators (U+2028, U+2029) and unpaired surrogates become {@code \u202e}
 *       and the like: they reorder or break what is displayed after them, and unpaired
 *       surrogates and U+FFFE/U+FFFF are not allowed in XML, so an SVG with them is not
 *       well-formed;</li>
 *   <li>everything else, CJK and accents included, is kept.</li>
 * </ul>
 */
public final class SafeText {

    /**
     * The patterns of a CSV cell, in a holder compiled on first use: every line hwcalc prints passes
     * {@link #terminal}, and compiling regular expressions (with the lambdas java.util.regex builds)
     * for a run that writes no CSV was start-up time (issue 17).
     */
    private static final class Csv {
        /** A cell a spreadsheet would run as a formula: = + - @, or a tab or carriage return first. */
        static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\\t\\r].*", Pattern.DOTALL);
        /** A plain number ({@code -3.5}, {@code +1e3}, {@code +422%}) is data, not a formula, and keeps its sign. */
        static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?%?"); // +422% is a number to a spreadsheet too
    }

    private SafeText() {
    }

    /** Text for a terminal or a one-line message: printable, on one line. */
    public static String terminal(String text) {
        if (text == null) {
            return null;
        }
        if (isClean(text)) {
            return text; // the usual case: no copy
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i)); // a whole supplementary character (an emoji, rare CJK)
            } else if (!unsafe(c)) {
                out.append(c);
            } else {
                out.append(escape(c));
            }
        }
        return out.toString();
    }

    /** Text for an XML document (an SVG label): the same escapes, so the document stays well-formed. */
    public static String xml(String text) {
        return terminal(text);
    }

    /**
     * A CSV cell: the same escapes, and a cell a spreadsheet would evaluate as a formula
     * ({@code =HYPERLINK(...)}, {@code +1+1}, {@code @SUM(...)}, {@code -2+3}) gets a leading
     * apostrophe, the usual neutraliser (OWASP, "CSV injection"). Plain numbers keep their sign.
     */
    public static String csvCell(String text) {
        if (text == null) {
            return null;
        }
        String t = text;
        if (Csv.FORMULA_START.matcher(t).matches() && !Csv.NUMBER.matcher(t).matches()) {
            t = "'" + t;
        }
        return terminal(t);
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++; // a whole pair
            } else if (unsafe(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean unsafe(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f
                || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069'
                || c == '\u2028' || c == '\u2029' || c == '\ufffe' || c == '\uffff'
                || Character.isSurrogate(c); // reached only when unpaired
    }

    private static String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> c <= 0xff ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c);
        };
    }
}
