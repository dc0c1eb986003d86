package hwcalc.trend;

/** A trend or chart that cannot be made from the data given; the message says why (exit code 2). */
public class TrendException extends hwcalc.units.InputException {
    private static final long serialVersionUID = 1L;

    private final transient Dataset data;

    public TrendException(String message) {
        this(message, null);
    }

    public TrendException(String message, Dataset data) {
        super(message);
        this.data = data;
    }

    /** The dataset that was too small, when that is the problem (its skips explain it); else null. */
    public Dataset data() {
        return data;
    }
}
