package hwcalc.units;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A unit with a symbol of its own (TFLOPS, GiB, W, USD), defined by an exact factor to the base
 * unit of its dimension (TFLOPS = 10^12 FLOP/s, GiB = 2^30 B).
 */
public record NamedUnit(String symbol, BigDecimal factor, Dimension dimension) {
    public NamedUnit {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(dimension, "dimension");
    }
}
