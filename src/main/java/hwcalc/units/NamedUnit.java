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

    // written out, as a record's would be: the generated ones link an invokedynamic bootstrap on
    // first use, about a millisecond each at start-up (issue 17; RecordEqualityTest)
    @Override
    public boolean equals(Object other) {
        return other instanceof NamedUnit o && symbol.equals(o.symbol) && factor.equals(o.factor) && dimension.equals(o.dimension);
    }

    @Override
    public int hashCode() {
        return Objects.hash(symbol, factor, dimension);
    }
}
