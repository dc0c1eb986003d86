package hwcalc.spec;

import java.util.Locale;

/**
 * The accumulator precision of a tensor rate. GeForce cards publish FP16 with FP16 accumulate
 * at 2 x their FP32-accumulate rate; datacenter sheets quote FP32 accumulate, which is also what
 * an untagged rate means by convention.
 */
public enum Accumulate {
    FP32, FP16;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What an entry's tag means: untagged (null) counts as FP32 accumulate. */
    public static Accumulate effective(Accumulate tag) {
        return tag == null ? FP32 : tag;
    }
}
