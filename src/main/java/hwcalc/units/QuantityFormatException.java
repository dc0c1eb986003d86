package hwcalc.units;

/** Text that is not a quantity or unit hwcalc can read; the message says why and, where it can, what was meant. */
public class QuantityFormatException extends InputException {
    private static final long serialVersionUID = 1L;

    public QuantityFormatException(String message) {
        super(message);
    }
}
