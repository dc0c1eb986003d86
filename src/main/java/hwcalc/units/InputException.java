package hwcalc.units;

/**
 * Bad input from the user: a file, an option, an expression. The CLI maps it (and only it, with
 * the spec and usage errors) to exit code 2; any other exception is a bug and exits 3.
 */
public class InputException extends IllegalArgumentException {

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
