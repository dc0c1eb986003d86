package hwcalc.units;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;

/**
 * An exact decimal value with a unit: {@code 170 TFLOPS}, {@code 129000 USD}, {@code 732 GB/s}.
 *
 * <p>Values are {@link BigDecimal}: spec figures are decimal numbers quoted in print, and
 * {@code 0.1 + 0.2} must stay {@code 0.3} until the one rounding at display. Products are exact;
 * quotients use {@link #MATH} (34 significant digits, half-even), far below any display rounding.
 *
 * <p>{@code equals} is strict (same unit, numerically equal value after stripping trailing
 * zeros); {@link #isEquivalentTo} compares across units of one dimension.
 * {@code toString} and {@link #parse} are inverses. This class is immutable and thread-safe.
 */
public record Quantity(BigDecimal value, Unit unit) implements Comparable<Quantity> {

    /** The precision of every division in hwcalc. */
    public static final MathContext MATH = MathContext.DECIMAL128;

    /** Numbers read from text are bounded at 10^±60: far beyond any hardware figure, and BigDecimal stays fast. */
    public static final int MAX_EXPONENT = 60;

    /**
     * Results and intermediate values are bounded at 10^±1000: inputs within 10^±60 reach it only
     * through long chains of products, and the bound keeps any path that escaped the input bound
     * from building a number BigDecimal takes minutes or gigabytes to print.
     */
    public static final int MAX_RESULT_EXPONENT = 1000;

    public Quantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        if (Math.abs(exponentOf(value)) > MAX_RESULT_EXPONENT) {
            throw new InputException("result out of range (|exponent| > " + MAX_RESULT_EXPONENT + ")");
        }
        value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    // written out, as a record's would be: the generated ones link an invokedynamic bootstrap on
    // first use, about a millisecond each at start-up (issue 17; RecordEqualityTest)
    @Override
    public boolean equals(Object other) {
        return other instanceof Quantity o && value.equals(o.value) && unit.equals(o.unit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, unit);
    }

    /**
     * The power of ten of v's leading digit (1.2e3: 3, 0.05: -2, zero: 0), as a long: for
     * 10e2147483647 it is 2^31, which wraps to a negative int and would pass an int bound.
     */
    public static long exponentOf(BigDecimal v) {
        return v.signum() == 0 ? 0 : (long) v.precision() - v.scale() - 1;
    }

    public static Quantity of(String value, String unitSymbol) {
        return new Quantity(new BigDecimal(value), Unit.parse(unitSymbol));
    }

    public static Quantity of(BigDecimal value, Unit unit) {
        return new Quantity(value, unit);
    }

    public static Quantity number(BigDecimal value) {
        return new Quantity(value, Unit.ONE);
    }

    /** Reads {@code 170 TFLOPS}, {@code 1.979 PFLOPS}, {@code 170 TFLOP/s}, {@code $129,000}. */
    public static Quantity parse(CharSequence text) {
        return UnitParser.parseQuantity(text.toString());
    }

    /**
     * Reads a quantity that must have one of the given dimensions; a wrong one is an error that
     * says what the unit is and suggests the likely intent ("TFLOP is a FLOP count; did you mean
     * TFLOPS?").
     */
    public static Quantity parse(CharSequence text, List<Dimension> expected) {
        Quantity q = parse(text);
        if (!expected.contains(q.unit.dimension())) {
            String names = String.join(" or ", expected.stream().map(Dimension::describe).toList());
            String sym = q.unit.symbol();
            String hint = "";
            for (String candidate : List.of(sym + "S", sym + "/s", sym.endsWith("S") ? sym.substring(0, sym.length() - 1) : sym)) {
                NamedUnit n = Units.lookup(candidate);
                Unit cu = n != null ? Unit.of(n) : null;
                if (cu == null && candidate.endsWith("/s")) {
                    try {
                        cu = Unit.parse(candidate);
                    } catch (QuantityFormatException e) {
                        cu = null;
                    }
                }
                if (cu != null && expected.contains(cu.dimension())) {
                    hint = "; did you mean " + cu.symbol() + "?";
                    break;
                }
            }
            String what = q.unit.isOne() ? "'" + text + "' has no unit" :
                    "'" + text + "': " + sym + " is " + article(q.unit.dimension().describe());
            throw new QuantityFormatException(what + ", expected " + names + hint);
        }
        return q;
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun;
    }

    public Dimension dimension() {
        return unit.dimension();
    }

    /** This quantity in another unit of the same dimension. */
    public Quantity to(Unit target) {
        if (target.equals(unit)) {
            return this;
        }
        if (!target.dimension().equals(unit.dimension())) {
            throw new DimensionMismatchException("convert between", unit, target);
        }
        BigDecimal v = value.multiply(unit.factor()).divide(target.factor(), MATH);
        return new Quantity(v, target);
    }

    /** The value in the base unit of the dimension (FLOP/s, B, W, USD). */
    public BigDecimal baseValue() {
        return value.multiply(unit.factor());
    }

    public Quantity plus(Quantity other) {
        requireSameDimension("add", other);
        return new Quantity(value.add(other.to(unit).value), unit);
    }

    public Quantity minus(Quantity other) {
        requireSameDimension("subtract", other);
        return new Quantity(value.subtract(other.to(unit).value), unit);
    }

    public Quantity times(Quantity other) {
        return simplify(value.multiply(other.value), unit.times(other.unit));
    }

    public Quantity times(BigDecimal factor) {
        return new Quantity(value.multiply(factor), unit);
    }

    /** This divided by other; a zero divisor is an input error naming it. */
    public Quantity dividedBy(Quantity other) {
        if (other.value.signum() == 0) {
            throw new InputException("division by zero (" + other + ")");
        }
        return simplify(value.divide(other.value, MATH), unit.dividedBy(other.unit));
    }

    // a dimensionless result (TFLOPS/GFLOPS) becomes a plain number with the scale folded in
    private static Quantity simplify(BigDecimal v, Unit u) {
        if (u.dimension().isNone() && !u.isOne()) {
            return new Quantity(v.multiply(u.factor()).round(MATH), Unit.ONE);
        }
        return new Quantity(v, u);
    }

    public boolean isPositive() {
        return value.signum() > 0;
    }

    public boolean isEquivalentTo(Quantity other) {
        return dimension().equals(other.dimension()) && compareTo(other) == 0;
    }

    /** Orders by value in the base unit; both sides must share a dimension. */
    @Override
    public int compareTo(Quantity other) {
        requireSameDimension("compare", other);
        return baseValue().compareTo(other.baseValue());
    }

    private void requireSameDimension(String op, Quantity other) {
        if (!dimension().equals(other.dimension())) {
            throw new DimensionMismatchException(op, unit, other.unit);
        }
    }

    @Override
    public String toString() {
        String v = value.toPlainString();
        return unit.isOne() ? v : v + " " + unit.symbol();
    }
}
