package hwcalc.calc;

import hwcalc.metrics.Caveat;
import hwcalc.metrics.PeakBasis;
import hwcalc.metrics.Cpi;
import hwcalc.metrics.Metrics;
import hwcalc.metrics.Peaks;
import hwcalc.spec.Catalogue;
import hwcalc.units.Decimals;
import hwcalc.units.Dimension;
import hwcalc.units.Quantity;
import hwcalc.units.QuantityFormatException;
import hwcalc.units.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unit-aware calculator over spec figures. Grammar (docs/calc.md):
 * <pre>
 * input   = expr [ "to" UNIT | "in" YEAR "dollars" ]
 * expr    = product { ("+" | "-") product }
 * product = unary { ("*" | "/") unary }
 * unary   = "-" unary | atom
 * atom    = NUMBER [UNIT] ["@" YEAR] | "$" NUMBER ["@" YEAR] | REF | "(" expr ")"
 * REF     = ID "." FIELD { "." TAG }       ID may contain hyphens: dgx-1.fp16
 * </pre>
 * A hyphen between letters or digits belongs to a name, so subtraction after a name is written
 * with spaces ({@code dgx-1.price - 1000 USD}).
 */
public final class Calculator {

    public static final int MAX_LENGTH = 10_000;
    public static final int MAX_DEPTH = 100;
    // 129,000 as in claims and sheets: a comma only as a thousands separator (1,5 stops at the comma)
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(,\\d{3})+(\\.\\d*)?|\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*(?:\\.[A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*)*");
    private static final Pattern TO = Pattern.compile("\\s+to\\s+(\\S.*)$");
    private static final Pattern IN_DOLLARS = Pattern.compile("\\s+in\\s+(\\d{4})\\s+(dollars|USD)\\s*$");

    private final Catalogue catalogue;
    private final Metrics metrics;
    private final Cpi cpi;

    public Calculator(Catalogue catalogue, Cpi cpi) {
        this.catalogue = catalogue;
        this.cpi = cpi;
        this.metrics = new Metrics(new Peaks(catalogue), cpi);
    }

    /**
     * Evaluates an expression. A price stated as a range ("$25,000 to $30,000") makes the result a
     * range: the expression is evaluated at the range's bottom and at its top (exact for the
     * expressions claims use, which are monotone in a price), and {@code high} is the larger end.
     */
    public CalcResult evaluate(String input) {
        return evaluate(input, hwcalc.metrics.PriceSelector.DEFAULT);
    }

    /** As {@link #evaluate(String)}, with {@code .price} references choosing by {@code prices} (docs/prices.md). */
    public CalcResult evaluate(String input, hwcalc.metrics.PriceSelector prices) {
        if (prices.owned()) {
            throw new CalcException("'owned' is an hourly cost, not a price a reference can name; use hwcalc cost or compare --price owned");
        }
        Evaluation low = evaluateAt(input, false, prices);
        if (!low.ranged()) {
            return low.result();
        }
        CalcResult a = low.result();
        CalcResult b = evaluateAt(input, true, prices).result();
        Quantity other = b.value().to(a.value().unit());
        boolean swap = other.compareTo(a.value()) < 0;
        return new CalcResult(swap ? other : a.value(), a.dollarYear(), a.references(), a.warnings(), a.sourceUrls(),
                swap ? a.value() : other);
    }

    private record Evaluation(CalcResult result, boolean ranged) {
    }

    private Evaluation evaluateAt(String input, boolean highEnd, hwcalc.metrics.PriceSelector prices) {
        if (input.length() > MAX_LENGTH) {
            throw new CalcException("expression is too long (" + input.length() + " characters; at most " + MAX_LENGTH + ")");
        }
        String text = input.strip();
        Unit target = null;
        Integer toYear = null;
        Matcher in = IN_DOLLARS.matcher(text);
        Matcher to = TO.matcher(text);
        if (in.find()) {
            toYear = Integer.parseInt(in.group(1));
            text = text.substring(0, in.start());
        } else if (to.find()) {
            try {
                target = Unit.parse(to.group(1));
            } catch (QuantityFormatException e) {
                throw new CalcException("after 'to': " + e.getMessage());
            }
            text = text.substring(0, to.start());
        }
        References refs = new References(catalogue, metrics, highEnd, prices);
        Parser p = new Parser(text, refs, cpi);
        CalcValue v;
        try {
            v = p.parseAll();
        } catch (ArithmeticException e) { // BigDecimal's own limits (an underflow): the expression's fault, not a bug
            throw new CalcException("cannot compute '" + text.strip() + "': " + e.getMessage());
        }
        List<Caveat> warnings = new ArrayList<>(p.warnings);
        Quantity q = v.quantity();
        Integer year = v.dollarYear();
        if (toYear != null) {
            int usd = usdExponent(q.dimension());
            if (usd == 0) {
                throw new CalcException("'in " + toYear + " dollars' needs an amount in USD; the result is " + describe(q));
            }
            if (year == null) {
                throw new CalcException("the amount has no year: write e.g. 129000 USD@2016 in " + toYear + " dollars");
            }
            // USD^1 (prices, USD/TFLOPS): one multiplication and one division, as in the worked example
            // 129000 x 313.689 / 240.007; USD^-1 (GFLOPS/USD) divides by the factor instead
            BigDecimal factor = cpi.factor(year, toYear);
            BigDecimal adjusted = usd == 1 ? cpi.adjust(q.value(), year, toYear)
                    : usd > 0 ? q.value().multiply(factor.pow(usd), Quantity.MATH)
                    : q.value().divide(factor.pow(-usd), Quantity.MATH);
            q = new Quantity(adjusted, q.unit());
            if (cpi.isProvisional(toYear) || cpi.isProvisional(year)) {
                warnings.add(new Caveat.ProvisionalCpi(cpi.isProvisional(toYear) ? toYear : year, cpi.file()));
            }
            refs.urls.add(cpi.sourceUrl());
            year = toYear;
        } else if (target != null) {
            try {
                q = q.to(target);
            } catch (IllegalArgumentException e) {
                throw new CalcException("cannot convert " + describe(q) + " to " + target.symbol() + " (" + target.dimension().describe() + ")");
            }
        } else {
            q = ReadableUnit.of(q);
        }
        return new Evaluation(new CalcResult(q, year, refs.resolved, warnings, List.copyOf(refs.urls), null), refs.ranged);
    }

    private static String describe(Quantity q) {
        return q.unit().isOne() ? "a plain number" : q.unit().symbol() + " (" + q.dimension().describe() + ")";
    }

    private static int usdExponent(Dimension d) {
        return d.exponents().getOrDefault("USD", 0);
    }

    /** Recursive-descent parser that evaluates as it goes. */
    private static final class Parser {
        final String s;
        final References refs;
        final Cpi cpi;
        final List<Caveat> warnings = new ArrayList<>();
        int pos;
        int depth;

        Parser(String s, References refs, Cpi cpi) {
            this.s = s;
            this.refs = refs;
            this.cpi = cpi;
        }

        // Whitespace: the text arrives stripped; unary() skips before each operand and product()
        // after it, so expr() and parseAll() always resume at a non-space character or the end.
        CalcValue parseAll() {
            if (pos >= s.length()) {
                throw new CalcException("empty expression");
            }
            CalcValue v = expr();
            if (pos < s.length()) {
                throw CalcException.at(s, pos, s.charAt(pos) == ')' ? "unbalanced ')'" : "unexpected '" + s.substring(pos, Math.min(s.length(), pos + 10)) + "'");
            }
            return v;
        }

        CalcValue expr() {
            CalcValue v = product();
            while (true) {
                if (peek('+') || peek('-')) {
                    char op = s.charAt(pos++);
                    CalcValue r = product();
                    CalcValue c = op == '+' ? combine(v, r, v.quantity().plus(r.quantity()), "add")
                            : combine(v, r, v.quantity().minus(r.quantity()), "subtract");
                    v = new CalcValue(c.quantity(), c.dollarYear(),
                            sumBasis(v, r, op == '+' ? Caveat.Operation.ADD : Caveat.Operation.SUBTRACT));
                } else {
                    return v;
                }
            }
        }

        CalcValue product() {
            CalcValue v = unary();
            while (true) {
                skip();
                if (peek('*') || peek('/')) {
                    char op = s.charAt(pos++);
                    CalcValue r = unary();
                    if (op == '/' && v.peakBasis() != null && r.peakBasis() != null && !v.peakBasis().sameAs(r.peakBasis())) {
                        mixed(v.peakBasis(), r.peakBasis(), Caveat.Operation.DIVIDE);
                    }
                    Quantity q = op == '*' ? v.quantity().times(r.quantity()) : v.quantity().dividedBy(r.quantity());
                    checkRange(q);
                    CalcValue c = combine(v, r, q, op == '*' ? "multiply" : "divide");
                    // a peak times a plain number keeps its basis (8 * p100.fp16); anything else is no longer a peak
                    PeakBasis basis = r.quantity().unit().isOne() && r.peakBasis() == null ? v.peakBasis()
                            : v.quantity().unit().isOne() && v.peakBasis() == null ? r.peakBasis() : null;
                    v = new CalcValue(c.quantity(), c.dollarYear(), basis);
                } else {
                    return v;
                }
            }
        }

        CalcValue unary() {
            skip();
            if (peek('-')) {
                // each minus is one level of recursion: "- - - ... 1" counts against the nesting bound
                if (++depth > MAX_DEPTH) {
                    throw CalcException.at(s, pos, "expression nested deeper than " + MAX_DEPTH + " levels");
                }
                pos++;
                CalcValue v = unary();
                depth--;
                return new CalcValue(v.quantity().times(BigDecimal.ONE.negate()), v.dollarYear(), v.peakBasis());
            }
            return atom();
        }

        CalcValue atom() {
            if (pos >= s.length()) {
                throw CalcException.at(s, pos, "expression ends too early");
            }
            char c = s.charAt(pos);
            if (c == '(') {
                if (++depth > MAX_DEPTH) {
                    throw new CalcException("expression nested deeper than " + MAX_DEPTH + " levels");
                }
                pos++;
                CalcValue v = expr();
                if (!peek(')')) {
                    throw CalcException.at(s, pos, "missing ')'");
                }
                pos++;
                depth--;
                return v;
            }
            if (c == '$') {
                pos++;
                return year(new CalcValue(new Quantity(number(), Unit.parse("USD")), null, null));
            }
            if (Decimals.isAsciiDigit(c) || c == '.') {
                BigDecimal n = number();
                int save = pos;
                skipSpacesOnly();
                if (pos < s.length() && Character.isLetter(s.charAt(pos)) && !keywordAhead()) {
                    int start = pos;
                    while (pos < s.length() && !Character.isWhitespace(s.charAt(pos)) && s.charAt(pos) != ')' && s.charAt(pos) != '@') {
                        pos++;
                    }
                    String unitText = s.substring(start, pos);
                    try {
                        return year(new CalcValue(new Quantity(n, Unit.parse(unitText)), null, null));
                    } catch (QuantityFormatException e) {
                        throw CalcException.at(s, start, e.getMessage());
                    }
                }
                pos = save;
                return CalcValue.of(Quantity.number(n));
            }
            Matcher m = NAME.matcher(s).region(pos, s.length());
            if (m.lookingAt()) {
                pos = m.end();
                return refs.resolve(m.group());
            }
            throw CalcException.at(s, pos, "unexpected '" + c + "'");
        }

        private boolean keywordAhead() {
            return s.startsWith("to ", pos) || s.startsWith("in ", pos);
        }

        private CalcValue year(CalcValue v) {
            if (peek('@')) {
                pos++;
                int start = pos;
                while (pos < s.length() && Decimals.isAsciiDigit(s.charAt(pos))) { // ٢٠١٦ is not a year here
                    pos++;
                }
                if (pos - start != 4) {
                    throw CalcException.at(s, start, "write the year of the dollars as @YYYY, e.g. 129000 USD@2016");
                }
                if (usdExponent(v.quantity().dimension()) == 0) {
                    throw CalcException.at(s, start, "@YEAR applies to amounts of money only");
                }
                int year = Integer.parseInt(s.substring(start, pos));
                // a dollar year is a year of the price index: @9999 would otherwise print as '9999 dollars'
                if (year < cpi.firstYear() || year > cpi.lastYear()) {
                    throw CalcException.at(s, start, "no CPI-U for " + year + ": dollar years run from " + cpi.firstYear()
                            + " to " + cpi.lastYear());
                }
                return new CalcValue(v.quantity(), year, null);
            }
            return v;
        }

        private BigDecimal number() {
            Matcher m = NUMBER.matcher(s).region(pos, s.length());
            if (!m.lookingAt()) {
                throw CalcException.at(s, pos, "expected a number");
            }
            pos = m.end();
            if (pos + 1 < s.length() && s.charAt(pos) == ',' && Decimals.isAsciiDigit(s.charAt(pos + 1))) {
                throw CalcException.at(s, pos, "a comma is read only as a thousands separator (129,000); write decimals"
                        + " with a point (1.5)");
            }
            BigDecimal n;
            try {
                n = new BigDecimal(m.group().replace(",", ""));
            } catch (NumberFormatException e) { // exponent beyond int range
                throw CalcException.at(s, m.start(), "number out of range");
            }
            if (Math.abs(Quantity.exponentOf(n)) > Quantity.MAX_EXPONENT) {
                throw CalcException.at(s, m.start(), "number out of range (|exponent| > " + Quantity.MAX_EXPONENT + ")");
            }
            return n;
        }

        /**
         * The basis of a sum: a peak plus a peak of the same basis (or plus a rate that is no peak)
         * keeps it, so a ratio of sums is still compared like with like; two bases are flagged here.
         */
        private PeakBasis sumBasis(CalcValue a, CalcValue b, Caveat.Operation op) {
            if (a.peakBasis() != null && b.peakBasis() != null && !a.peakBasis().sameAs(b.peakBasis())) {
                mixed(a.peakBasis(), b.peakBasis(), op);
            }
            return a.peakBasis() != null ? a.peakBasis() : b.peakBasis();
        }

        private void mixed(PeakBasis a, PeakBasis b, Caveat.Operation op) {
            Caveat.MixedBases m = new Caveat.MixedBases(a, b, op);
            if (!warnings.contains(m)) {
                warnings.add(m);
            }
        }

        private CalcValue combine(CalcValue a, CalcValue b, Quantity q, String op) {
            Integer ya = a.dollarYear();
            Integer yb = b.dollarYear();
            if (ya != null && yb != null && !ya.equals(yb)) {
                throw new CalcException("cannot " + op + " " + ya + " dollars and " + yb
                        + " dollars; convert one first, e.g. (X in " + yb + " dollars)");
            }
            return new CalcValue(q, ya != null ? ya : yb, null);
        }

        private static void checkRange(Quantity q) {
            BigDecimal v = q.value();
            if (Math.abs(Quantity.exponentOf(v)) > Quantity.MAX_RESULT_EXPONENT) {
                throw new CalcException("result out of range (|exponent| > " + Quantity.MAX_RESULT_EXPONENT + ")");
            }
        }

        private boolean peek(char c) {
            return pos < s.length() && s.charAt(pos) == c;
        }

        private void skip() {
            skipSpacesOnly();
        }

        private void skipSpacesOnly() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }
    }
}
