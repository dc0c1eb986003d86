package hwcalc.claims;

import hwcalc.units.InputException;
import java.util.Arrays;
import java.util.Locale;

/** How a claimed value must relate to the computed one for the claim to agree. */
public enum Relation {
    /** |claimed - computed| <= tolerance x |computed| */
    ABOUT("about", "within"),
    /** computed >= claimed x (1 - tolerance): "above $3 trillion" */
    AT_LEAST("at-least", "at least"),
    /** computed <= claimed x (1 + tolerance) */
    AT_MOST("at-most", "at most"),
    /** claimed inside [low, high] of a computed range, widened by the tolerance */
    WITHIN("within", "inside");

    private final String key;
    private final String words;

    Relation(String key, String words) {
        this.key = key;
        this.words = words;
    }

    public String key() {
        return key;
    }

    /** For sentences: "within", "at least". */
    public String words() {
        return words;
    }

    public static Relation parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Relation r : values()) {
            if (r.key.equals(t)) {
                return r;
            }
        }
        throw new InputException("'" + text + "' is not a relation (one of "
                + String.join(", ", Arrays.stream(values()).map(Relation::key).toList()) + ")");
    }
}
