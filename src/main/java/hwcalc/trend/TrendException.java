package hwcalc.trend;

/** A trend or chart that cannot be made from the data given; the message says why (exit code 2). */
public class TrendException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public TrendException(String message) {
        super(message);
    }
}
