package hwcalc.claims;

import hwcalc.units.InputException;
import java.util.Arrays;
import java.util.Locale;

/** What checking a claim found. The rules are in docs/claims.md. */
public enum Verdict {
    /** The plain reading agrees with the claimed value, on one basis. */
    HOLDS,
    /** Neither the plain reading nor any stated basis agrees; the right figure is shown. */
    OFF,
    /** Agrees only on a mismatched basis (sparse vs dense, FP8 vs FP16, peak vs measured, cores vs CPUs...). */
    MISLEADING,
    /** The data needed to check it is missing, and is named. */
    UNVERIFIABLE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Verdict parse(String text) {
        for (Verdict v : values()) {
            if (v.key().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return v;
            }
        }
        throw new InputException("'" + text + "' is not a verdict (one of "
                + String.join(", ", Arrays.stream(values()).map(Verdict::key).toList()) + ")");
    }
}
