package hwcalc.spec;

import hwcalc.units.InputException;

import java.util.List;

/** An id or alias that names no sheet; carries the nearest ids for the message. */
public class UnknownIdException extends InputException {
    private static final long serialVersionUID = 1L;
    private final List<String> suggestions;

    public UnknownIdException(String id, List<String> suggestions) {
        super("unknown id '" + id + "'" + (suggestions.isEmpty() ? "; see 'hwcalc list'"
                : "; did you mean " + String.join(", ", suggestions) + "?"));
        this.suggestions = List.copyOf(suggestions);
    }

    public List<String> suggestions() {
        return suggestions;
    }
}
