package hwcalc.calc;

/**
 * The expression is well formed but a sheet lacks a figure it needs ("dgx-1 has no weight").
 * Separate from other errors because a claim that needs it is unverifiable, not wrong.
 */
public class MissingFigureException extends CalcException {
    private static final long serialVersionUID = 1L;

    public MissingFigureException(String message) {
        super(message);
    }
}
