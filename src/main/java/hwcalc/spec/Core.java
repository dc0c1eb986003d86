package hwcalc.spec;

import java.util.Locale;

/** Which unit a peak runs on: tensor/matrix units, or the vector (CUDA core, SIMD) units. */
public enum Core {
    TENSOR, VECTOR;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
