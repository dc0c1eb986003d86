package hwcalc.epoch;

/**
 * A CSV the importer cannot read: not UTF-8, too large, not Epoch's columns, or broken CSV
 * (an unclosed quote, a repeated or blank header). The message starts with the file and, where
 * known, the line. A user error (exit 2), hence an IllegalArgumentException.
 */
public final class CsvFormatException extends hwcalc.units.InputException {
    private static final long serialVersionUID = 1L;

    public CsvFormatException(String message) {
        super(message);
    }
}
