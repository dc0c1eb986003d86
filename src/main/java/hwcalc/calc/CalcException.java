package hwcalc.calc;

import hwcalc.units.InputException;

/** An expression that cannot be evaluated; the message points at the place (column) when it can. */
public class CalcException extends InputException {
    private static final long serialVersionUID = 1L;

    public CalcException(String message) {
        super(message);
    }

    static CalcException at(String input, int pos, String message) {
        String shown = input.length() > 60 ? input.substring(0, 60) + "..." : input;
        return new CalcException(message + " (at column " + (pos + 1) + " of \"" + shown + "\")");
    }
}
