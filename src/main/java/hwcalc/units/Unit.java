package hwcalc.units;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit: a product of named units with integer exponents, such as {@code USD/TFLOPS} or
 * {@code GB/s}. Units are built by algebra on named units, never by joining strings, so
 * {@code (USD/TFLOPS)*TFLOPS} cancels back to {@code USD}. Terms keep the order they were
 * written in, so the numerator prints first. Equality ignores that order.
 * This class is immutable and thread-safe.
 */
public final class Unit {

    /** The unit of a pure number (ratios, counts). */
    /** What the constructor removes from the terms: declared before {@link #ONE}, which the constructor makes. */
    private static final java.util.Set<Integer> ZERO = java.util.Set.of(0);
    public static final Unit ONE = new Unit(new LinkedHashMap<>());

    private final Map<NamedUnit, Integer> terms; // insertion-ordered, unmodifiable
    private final BigDecimal factor;
    private final Dimension dimension;
    private final String symbol;
    private final int hash;

    /** Results of unit algebra, memoised: the same few products and quotients recur in every metric. */
    private static final Memo<Pair, Unit> TIMES = Memo.bounded(4096);
    private static final Memo<Unit, Unit> INVERSE = Memo.bounded(4096);

    private record Pair(Unit left, Unit right) {
        // written out, as a record's would be: the generated ones link an invokedynamic bootstrap on
        // first use, about a millisecond each at start-up (issue 17)
        @Override
        public boolean equals(Object other) {
            return other instanceof Pair o && left.equals(o.left) && right.equals(o.right);
        }

        @Override
        public int hashCode() {
            return 31 * left.hashCode() + right.hashCode();
        }
    }

    /**
     * No named unit is raised beyond this power (GB/s^2 is 2; a real figure never needs more than
     * 3). The bound is checked before the factor is computed, so an exponent bomb such as
     * {@code (((lb^99)^99)^99)^9} is one error instead of minutes of BigDecimal powers.
     */
    public static final int MAX_POWER = 12;

    private Unit(LinkedHashMap<NamedUnit, Integer> t) {
        t.values().removeAll(ZERO); // not removeIf with a lambda: each lambda is a bootstrap at start-up (issue 17)
        for (Map.Entry<NamedUnit, Integer> e : t.entrySet()) {
            if (Math.abs(e.getValue()) > MAX_POWER) {
                throw new QuantityFormatException("unit power out of range: " + e.getKey().symbol() + "^" + e.getValue()
                        + " (at most ^" + MAX_POWER + ")");
            }
        }
        this.terms = java.util.Collections.unmodifiableMap(t);
        BigDecimal f = BigDecimal.ONE;
        Dimension d = Dimension.NONE;
        for (Map.Entry<NamedUnit, Integer> e : t.entrySet()) {
            int exp = e.getValue();
            BigDecimal base = e.getKey().factor();
            f = exp > 0 ? f.multiply(base.pow(exp)) : f.divide(base.pow(-exp), MathContext.DECIMAL128);
            d = d.times(e.getKey().dimension().pow(exp));
        }
        this.factor = f;
        this.dimension = d;
        this.symbol = format(t);
        this.hash = terms.hashCode();
    }

    public static Unit of(NamedUnit named) {
        LinkedHashMap<NamedUnit, Integer> t = new LinkedHashMap<>();
        t.put(named, 1);
        return new Unit(t);
    }

    /**
     * The product of named units raised to powers, in that order ({@code GB/s}: {@code ["GB", "s"]},
     * {@code [1, -1]}): what generated code writes (spec.Precompiled), with no parser run.
     */
    public static Unit product(String[] symbols, int[] powers) {
        if (symbols.length != powers.length) {
            throw new IllegalArgumentException(symbols.length + " symbols but " + powers.length + " powers");
        }
        LinkedHashMap<NamedUnit, Integer> t = new LinkedHashMap<>();
        for (int i = 0; i < symbols.length; i++) {
            NamedUnit named = Units.named(symbols[i]);
            t.put(named, t.getOrDefault(named, 0) + powers[i]);
        }
        return new Unit(t);
    }

    /** The symbols of the named units this unit is built of, in order (with {@link #powers}: {@link #product}'s arguments). */
    public String[] symbols() {
        return terms.keySet().stream().map(NamedUnit::symbol).toArray(String[]::new);
    }

    /** The power of each named unit, in the order of {@link #symbols}. */
    public int[] powers() {
        return terms.values().stream().mapToInt(Integer::intValue).toArray();
    }

    /** Parses a unit such as {@code TFLOPS}, {@code USD/GFLOPS} or {@code GB/s}. */
    public static Unit parse(String text) {
        return UnitParser.parseUnit(text);
    }

    public Unit times(Unit other) {
        return TIMES.get(new Pair(this, other), p -> multiply(other));
    }

    private Unit multiply(Unit other) {
        LinkedHashMap<NamedUnit, Integer> t = new LinkedHashMap<>(terms);
        for (Map.Entry<NamedUnit, Integer> e : other.terms.entrySet()) {
            t.put(e.getKey(), t.getOrDefault(e.getKey(), 0) + e.getValue());
        }
        return new Unit(t);
    }

    public Unit pow(int power) {
        LinkedHashMap<NamedUnit, Integer> t = new LinkedHashMap<>();
        // exponents are within MAX_POWER, so only an absurd power can overflow an int here
        for (Map.Entry<NamedUnit, Integer> e : terms.entrySet()) {
            t.put(e.getKey(), (int) Math.max(Integer.MIN_VALUE + 1, Math.min(Integer.MAX_VALUE, (long) e.getValue() * power)));
        }
        return new Unit(t);
    }

    public Unit dividedBy(Unit other) {
        return times(INVERSE.get(other, o -> o.pow(-1)));
    }

    /** Exact factor from this unit to the base unit of its dimension (TFLOPS: 1e12). */
    public BigDecimal factor() {
        return factor;
    }

    public Dimension dimension() {
        return dimension;
    }

    public String symbol() {
        return symbol;
    }

    /** How many named units this unit is built of (USD/TFLOPS: 2), and the largest power among them. */
    public int termCount() {
        return terms.size();
    }

    public int maxPower() {
        return terms.values().stream().mapToInt(Math::abs).max().orElse(0);
    }

    public boolean isOne() {
        return terms.isEmpty();
    }

    /** The single named unit this unit is, or null for compound units. */
    public NamedUnit named() {
        if (terms.size() == 1) {
            Map.Entry<NamedUnit, Integer> only = terms.entrySet().iterator().next();
            return only.getValue() == 1 ? only.getKey() : null;
        }
        return null;
    }

    private static String format(Map<NamedUnit, Integer> t) {
        List<String> num = new ArrayList<>();
        List<String> den = new ArrayList<>();
        for (Map.Entry<NamedUnit, Integer> e : t.entrySet()) {
            int exp = e.getValue();
            (exp > 0 ? num : den).add(e.getKey().symbol() + (Math.abs(exp) == 1 ? "" : "^" + Math.abs(exp)));
        }
        String top = num.isEmpty() ? (den.isEmpty() ? "" : "1") : String.join("*", num);
        if (den.isEmpty()) {
            return top;
        }
        String bottom = String.join("*", den);
        return top + "/" + (den.size() > 1 ? "(" + bottom + ")" : bottom);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Unit u && u.terms.equals(terms);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return symbol;
    }
}
