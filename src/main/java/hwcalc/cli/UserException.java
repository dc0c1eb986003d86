package hwcalc.cli;

/** An error caused by what the user asked or gave; printed as one line, exit code 2. */
public class UserException extends hwcalc.units.InputException {
    private static final long serialVersionUID = 1L;

    public UserException(String message) {
        super(message);
    }
}
