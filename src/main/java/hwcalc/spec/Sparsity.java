package hwcalc.spec;

import java.util.Locale;

/** Dense, or with 2:4 structured sparsity (NVIDIA's "with sparsity" doubles the dense figure). */
public enum Sparsity {
    DENSE, SPARSE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
