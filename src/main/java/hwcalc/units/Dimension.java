package hwcalc.units;

import java.util.Map;
import java.util.TreeMap;

/**
 * A physical dimension as a product of base dimensions with integer exponents, e.g. FLOP·s⁻¹.
 * Each currency is a base dimension of its own, so USD and EUR never mix silently.
 * This class is immutable and thread-safe.
 */
public record Dimension(Map<String, Integer> exponents) {

    public static final Dimension NONE = new Dimension(Map.of());

    // written out, as a record's would be: the generated ones link an invokedynamic bootstrap on
    // first use, about a millisecond each at start-up (issue 17; RecordEqualityTest)
    @Override
    public boolean equals(Object other) {
        return other instanceof Dimension o && exponents.equals(o.exponents);
    }

    @Override
    public int hashCode() {
        return exponents.hashCode();
    }

    public Dimension {
        // loops, not lambdas, here and in the unit algebra: each lambda is a bootstrap at start-up (issue 17)
        TreeMap<String, Integer> clean = new TreeMap<>();
        for (Map.Entry<String, Integer> e : exponents.entrySet()) {
            if (e.getValue() != 0) {
                clean.put(e.getKey(), e.getValue());
            }
        }
        exponents = Map.copyOf(clean);
    }

    public static Dimension of(String base) {
        return new Dimension(Map.of(base, 1));
    }

    public Dimension times(Dimension other) {
        TreeMap<String, Integer> sum = new TreeMap<>(exponents);
        for (Map.Entry<String, Integer> e : other.exponents.entrySet()) {
            sum.put(e.getKey(), sum.getOrDefault(e.getKey(), 0) + e.getValue());
        }
        return new Dimension(sum);
    }

    public Dimension pow(int power) {
        TreeMap<String, Integer> scaled = new TreeMap<>();
        for (Map.Entry<String, Integer> e : exponents.entrySet()) {
            scaled.put(e.getKey(), e.getValue() * power);
        }
        return new Dimension(scaled);
    }

    public Dimension dividedBy(Dimension other) {
        return times(other.pow(-1));
    }

    public boolean isNone() {
        return exponents.isEmpty();
    }

    /** The currency code when this is a plain amount of money, else null. */
    /** The currency of money per unit of time (a rental rate, USD/h), or null. */
    public String currencyPerTime() {
        if (exponents.size() == 2 && Integer.valueOf(-1).equals(exponents.get("s"))) {
            for (Map.Entry<String, Integer> e : exponents.entrySet()) {
                if (e.getValue() == 1 && Units.isCurrency(e.getKey())) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    public String currency() {
        if (exponents.size() == 1) {
            Map.Entry<String, Integer> only = exponents.entrySet().iterator().next();
            if (only.getValue() == 1 && Units.isCurrency(only.getKey())) {
                return only.getKey();
            }
        }
        return null;
    }

    /** A readable name, e.g. "FLOP rate" for FLOP/s, else the base formula. */
    public String describe() {
        String known = Units.dimensionName(this);
        if (known != null) { // includes NONE, "dimensionless"
            return known;
        }
        StringBuilder out = new StringBuilder();
        new TreeMap<>(exponents).forEach((base, exp) -> {
            if (out.length() > 0) {
                out.append('·');
            }
            out.append(base);
            if (exp != 1) {
                out.append('^').append(exp);
            }
        });
        return out.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
