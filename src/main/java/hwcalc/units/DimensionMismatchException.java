package hwcalc.units;

/**
 * Arithmetic or a comparison that mixes dimensions (FLOP/s with W, USD with EUR). Carries both
 * sides, like Joda-Money's CurrencyMismatchException.
 */
public class DimensionMismatchException extends InputException {
    private static final long serialVersionUID = 1L;
    private final transient Unit left;
    private final transient Unit right;

    public DimensionMismatchException(String operation, Unit left, Unit right) {
        super("cannot " + operation + " " + describe(left) + " and " + describe(right));
        this.left = left;
        this.right = right;
    }

    private static String describe(Unit u) {
        return (u.isOne() ? "a plain number" : u.symbol()) + " (" + u.dimension().describe() + ")";
    }

    public Unit left() {
        return left;
    }

    public Unit right() {
        return right;
    }
}
