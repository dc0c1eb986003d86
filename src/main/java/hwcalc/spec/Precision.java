package hwcalc.spec;

import hwcalc.units.InputException;
import java.util.Arrays;
import java.util.Locale;

/** Number formats a peak rate is quoted for. Integer formats count OPS, floats FLOPS. */
public enum Precision {
    FP64, FP32, TF32, BF16, FP16, FP8, FP6, FP4, INT8, INT4;

    public boolean isInteger() {
        return this == INT8 || this == INT4;
    }

    /** The lower-case name used in files and on the command line (fp16). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Precision parse(String text) {
        for (Precision p : values()) {
            if (p.key().equalsIgnoreCase(text.strip())) {
                return p;
            }
        }
        throw new InputException("unknown precision '" + text + "' (known: "
                + String.join(", ", Arrays.stream(values()).map(Precision::key).toList()) + ")");
    }
}
