package hwcalc.units;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads units ({@code USD/GFLOPS}) and quantities ({@code 170 TFLOPS}, {@code $129,000}).
 * Grammar of a unit: {@code term (('*' | '/') term)*}, {@code term = SYMBOL ('^' INT)? | '(' unit ')'}.
 */
final class UnitParser {

    private static final Pattern RATE_SPELLING = Pattern.compile("([kMGTPEZY]?(?:FL)?OP)/s\\b");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    /** A unit is a few symbols; longer text is refused before parsing (a unit after calc's 'to' is user text). */
    static final int MAX_UNIT_LENGTH = 100;
    /** Parentheses in a unit nest at most this deep: ((GB/s)/W) is 2; the parser recurses once per level. */
    static final int MAX_UNIT_DEPTH = 8;

    private UnitParser() {
    }

    /** Parsed units by text: metrics ask for the same few units millions of times in a ranking. */
    private static final Memo<String, Unit> CACHE = Memo.bounded(4096);

    static Unit parseUnit(String text) {
        return CACHE.get(text, UnitParser::parseUncached);
    }

    private static Unit parseUncached(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return Unit.ONE;
        }
        if (t.length() > MAX_UNIT_LENGTH) {
            throw new QuantityFormatException("unit is too long (" + t.length() + " characters; at most " + MAX_UNIT_LENGTH + ")");
        }
        String normal = RATE_SPELLING.matcher(t).replaceAll("$1S");
        Reader r = new Reader(normal, text);
        Unit u = r.expression();
        if (r.pos < r.s.length()) {
            throw new QuantityFormatException("unexpected '" + r.s.substring(r.pos) + "' in unit '" + text + "'");
        }
        return u;
    }

    static Quantity parseQuantity(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new QuantityFormatException("empty quantity: write a number and a unit, e.g. 170 TFLOPS");
        }
        if (t.startsWith("$")) {
            return new Quantity(parseNumber(t.substring(1).strip(), text), Units.unit("USD"));
        }
        int split = 0;
        while (split < t.length() && "+-.0123456789eE,".indexOf(t.charAt(split)) >= 0) {
            // an 'e' only belongs to the number when a digit or sign follows (1e12 vs 1 EFLOPS)
            char c = t.charAt(split);
            if ((c == 'e' || c == 'E') && !(split + 1 < t.length()
                    && (Decimals.isAsciiDigit(t.charAt(split + 1)) || t.charAt(split + 1) == '-' || t.charAt(split + 1) == '+'))) {
                break;
            }
            split++;
        }
        String number = t.substring(0, split);
        String unit = t.substring(split).strip();
        if (number.isEmpty()) {
            String lower = t.toLowerCase(Locale.ROOT);
            if (lower.contains("nan") || lower.contains("inf")) {
                throw new QuantityFormatException("'" + text + "' is not a finite number");
            }
            throw new QuantityFormatException("'" + text + "' does not start with a number");
        }
        return new Quantity(parseNumber(number, text), parseUnit(unit));
    }

    static BigDecimal parseNumber(String number, String whole) {
        String n = number;
        if (n.contains(",")) {
            if (!GROUPED.matcher(n).matches()) {
                throw new QuantityFormatException("'" + whole + "': a comma is read only as a thousands separator"
                        + " (129,000); write decimals with a point (1.5)");
            }
            n = n.replace(",", "");
        }
        if (!PLAIN.matcher(n).matches()) {
            throw new QuantityFormatException("'" + whole + "' is not a number hwcalc can read");
        }
        BigDecimal v;
        try {
            v = new BigDecimal(n);
        } catch (NumberFormatException e) { // an exponent beyond int range (found by fuzzing)
            throw new QuantityFormatException("'" + whole + "' is out of range");
        }
        if (Math.abs(Quantity.exponentOf(v)) > Quantity.MAX_EXPONENT) {
            throw new QuantityFormatException("'" + whole + "' is out of range (|exponent| > " + Quantity.MAX_EXPONENT + ")");
        }
        return v.signum() == 0 ? BigDecimal.ZERO : v; // -0 reads as 0
    }

    /** A hint for a symbol that is not a unit, e.g. "did you mean TFLOPS?", or an empty string. */
    static String suggest(String symbol) {
        List<String> candidates = new ArrayList<>(Units.all().keySet());
        for (String c : candidates) {
            if (c.equalsIgnoreCase(symbol)) {
                return "; did you mean " + c + "?";
            }
        }
        if (symbol.toLowerCase(Locale.ROOT).endsWith("ps")) {
            String stem = symbol.substring(0, symbol.length() - 2);
            for (String c : candidates) {
                if (c.equalsIgnoreCase(stem) && Units.lookup(c).dimension().equals(Units.BYTE)) {
                    return "; did you mean " + c + "/s?";
                }
            }
        }
        List<String> near = Names.nearest(symbol, candidates, 3);
        return near.isEmpty() ? "" : "; did you mean " + String.join(" or ", near) + "?";
    }

    private static final class Reader {
        final String s;
        final String original;
        int pos;
        int depth;

        Reader(String s, String original) {
            this.s = s;
            this.original = original;
        }

        Unit expression() {
            Unit u = term();
            while (true) {
                skipSpace();
                if (pos < s.length() && (s.charAt(pos) == '*' || s.charAt(pos) == '·')) {
                    pos++;
                    u = u.times(term());
                } else if (pos < s.length() && s.charAt(pos) == '/') {
                    pos++;
                    u = u.dividedBy(term());
                } else {
                    return u;
                }
            }
        }

        Unit term() {
            skipSpace();
            Unit base;
            if (pos < s.length() && s.charAt(pos) == '(') {
                if (++depth > MAX_UNIT_DEPTH) {
                    throw new QuantityFormatException("unit '" + original + "' nests parentheses deeper than " + MAX_UNIT_DEPTH + " levels");
                }
                pos++;
                base = expression(); // returns at a non-space character or the end
                depth--;
                if (pos >= s.length() || s.charAt(pos) != ')') {
                    throw new QuantityFormatException("unbalanced parenthesis in unit '" + original + "'");
                }
                pos++;
            } else {
                int start = pos;
                while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '$')) {
                    pos++;
                }
                String sym = s.substring(start, pos);
                if (sym.isEmpty()) {
                    throw new QuantityFormatException("missing unit in '" + original + "'");
                }
                NamedUnit named = Units.lookup(sym);
                if (named == null) {
                    throw new QuantityFormatException("unknown unit '" + sym + "'" + suggest(sym));
                }
                base = Unit.of(named);
            }
            skipSpace();
            if (pos < s.length() && s.charAt(pos) == '^') {
                pos++;
                Matcher m = Pattern.compile("-?\\d{1,2}").matcher(s).region(pos, s.length());
                if (!m.lookingAt()) {
                    throw new QuantityFormatException("bad exponent in unit '" + original + "'");
                }
                pos = m.end();
                base = base.pow(Integer.parseInt(m.group()));
            }
            return base;
        }

        void skipSpace() {
            while (pos < s.length() && s.charAt(pos) == ' ') {
                pos++;
            }
        }
    }
}
