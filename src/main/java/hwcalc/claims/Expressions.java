package hwcalc.claims;

import hwcalc.calc.CalcException;
import hwcalc.calc.CalcResult;
import hwcalc.units.Names;
import hwcalc.units.Quantity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What claims add to calc expressions: evidence names, replaced by their values in parentheses,
 * {@code months_per_doubling(G)}, since calc has no logarithms, and {@code (X in YEAR dollars)}
 * anywhere inside an expression (calc takes it only at the end), replaced by its value with
 * {@code @YEAR}. Each replacement is recorded
 * as a reference, so the arithmetic stays visible.
 */
final class Expressions {

    static final String DOUBLING = "months_per_doubling";
    /** Function calls per expression (each one is a calc evaluation, and nested calls recurse). */
    static final int MAX_CALLS = 100;
    private static final Pattern NAME = Pattern.compile("(?<![A-Za-z0-9_.\\-])([a-z][a-z0-9]*(?:_[a-z0-9]+)+)(?![A-Za-z0-9_.\\-])");

    private Expressions() {
    }

    record Expanded(String text, List<String> references, List<String> sources) {
    }

    /** The expression with evidence and functions replaced; the references say by what. */
    static Expanded expand(String text, Map<String, Evidence> evidence, Function<String, CalcResult> calc) {
        if (text.length() > hwcalc.calc.Calculator.MAX_LENGTH) {
            throw new CalcException("expression is too long (" + text.length() + " characters; at most "
                    + hwcalc.calc.Calculator.MAX_LENGTH + ")");
        }
        int calls = text.split(DOUBLING + "\\s*\\(", -1).length - 1;
        if (calls > MAX_CALLS) {
            throw new CalcException("too many " + DOUBLING + " calls (" + calls + "; at most " + MAX_CALLS + ")");
        }
        List<String> refs = new ArrayList<>();
        LinkedHashSet<String> sources = new LinkedHashSet<>();
        String s = functions(text, evidence, calc, refs, sources);
        s = dollars(s, evidence, calc, refs, sources);
        s = names(s, evidence, refs, sources);
        return new Expanded(s, refs, List.copyOf(sources));
    }

    private static String names(String text, Map<String, Evidence> evidence, List<String> refs, LinkedHashSet<String> sources) {
        Matcher m = NAME.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            Evidence e = evidence.get(name);
            if (e == null) {
                List<String> near = Names.nearest(name, evidence.keySet(), 1);
                throw new CalcException("unknown evidence '" + name + "'" + (near.isEmpty()
                        ? (evidence.isEmpty() ? " (this claim has no evidence)" : " (known: " + String.join(", ", evidence.keySet()) + ")")
                        : "; did you mean '" + near.get(0) + "'?"));
            }
            String ref = name + " = " + e.value() + (e.label() == null ? "" : " " + e.label()) + " (" + e.source() + ")";
            if (!refs.contains(ref)) {
                refs.add(ref);
            }
            sources.add(e.source());
            m.appendReplacement(out, Matcher.quoteReplacement("(" + e.value() + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String functions(String text, Map<String, Evidence> evidence, Function<String, CalcResult> calc,
                                    List<String> refs, LinkedHashSet<String> sources) {
        String s = text;
        int at;
        while ((at = s.indexOf(DOUBLING + "(")) >= 0) {
            int open = at + DOUBLING.length();
            int close = matching(s, open);
            String inner = s.substring(open + 1, close);
            Expanded arg = expand(inner, evidence, calc);
            refs.addAll(arg.references());
            sources.addAll(arg.sources());
            Quantity g = calc.apply(arg.text()).value();
            BigDecimal months = monthsPerDoubling(g);
            refs.add(DOUBLING + "(" + inner.strip() + ") = 12 / log2(" + g + ") = " + months.toPlainString());
            s = s.substring(0, at) + "(" + months.toPlainString() + ")" + s.substring(close + 1);
        }
        return s;
    }

    private static final Pattern IN_DOLLARS = Pattern.compile("\\s+in\\s+(\\d{4})\\s+(?:dollars|USD)\\s*\\)");

    /**
     * Each parenthesised {@code (X in YEAR dollars)}, innermost first, evaluated through calc and
     * replaced by {@code (VALUE UNIT@YEAR)}, so {@code (dgx-1.price in 2024 dollars) / dgx-1.fp16}
     * divides 2024 dollars.
     */
    private static String dollars(String text, Map<String, Evidence> evidence, Function<String, CalcResult> calc,
                                  List<String> refs, LinkedHashSet<String> sources) {
        String s = text;
        Matcher m;
        while ((m = IN_DOLLARS.matcher(s)).find()) {
            int close = m.end() - 1;
            int open = opening(s, m.start());
            String inner = s.substring(open + 1, m.start());
            Expanded arg = expand(inner, evidence, calc);
            refs.addAll(arg.references());
            sources.addAll(arg.sources());
            CalcResult r = calc.apply("(" + arg.text() + ") in " + m.group(1) + " dollars");
            r.references().stream().filter(x -> !refs.contains(x)).forEach(refs::add);
            sources.addAll(r.sourceUrls());
            Quantity q = r.value();
            String replaced = q.value().toPlainString() + (q.unit().isOne() ? "" : " " + q.unit().symbol()) + "@" + r.dollarYear();
            refs.add("(" + inner.strip() + " in " + m.group(1) + " dollars) = " + replaced);
            s = s.substring(0, open) + "(" + replaced + ")" + s.substring(close + 1);
        }
        return s;
    }

    private static int opening(String s, int before) {
        int depth = 0;
        for (int i = before - 1; i >= 0; i--) {
            if (s.charAt(i) == ')') {
                depth++;
            } else if (s.charAt(i) == '(' && depth-- == 0) {
                return i;
            }
        }
        throw new CalcException("'in YEAR dollars' inside an expression needs parentheses around it: (X in 2024 dollars)");
    }

    /**
     * Months per doubling for growth by G per year: 12 x ln 2 / ln G. Computed in double (there is
     * no BigDecimal logarithm) and cut to 12 significant digits, which clears the last-bit noise
     * so that 4x per year gives exactly 6.
     */
    static BigDecimal monthsPerDoubling(Quantity growth) {
        if (!growth.unit().isOne()) {
            throw new CalcException(DOUBLING + " takes a growth factor per year, a plain number; got " + growth);
        }
        double g = growth.value().doubleValue();
        if (!(g > 1)) {
            throw new CalcException(DOUBLING + " needs growth above 1 per year; got " + growth);
        }
        double months = 12 / (Math.log(g) / Math.log(2));
        return BigDecimal.valueOf(months).round(new MathContext(12)).stripTrailingZeros();
    }

    private static int matching(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '(') {
                depth++;
            } else if (s.charAt(i) == ')' && --depth == 0) {
                return i;
            }
        }
        throw new CalcException("missing ')' after " + DOUBLING + "(");
    }
}
