package hwcalc.cli.options;

import hwcalc.units.Decimals;
import hwcalc.units.Dimension;
import hwcalc.units.Quantity;
import hwcalc.units.QuantityFormatException;
import hwcalc.units.Units;
import java.math.BigDecimal;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters for numeric options, each with its bound. Every number on the command line goes
 * through {@link Decimals} (ASCII digits only, within 10^±60), so {@code --top ５},
 * {@code --usd-per-kwh 1e999999999} and {@code --flop-budget "-3.14e23 FLOP"} are refused
 * where they are typed, with picocli's "Invalid value for option '--x': ..." and exit 2, instead
 * of ranking the slowest first or running out of memory later.
 */
public final class Bounded {

    private Bounded() {
    }

    static BigDecimal decimal(String text, BigDecimal min, boolean minIncluded, BigDecimal max, String what) {
        BigDecimal v;
        try {
            v = Decimals.parse(text);
        } catch (QuantityFormatException e) {
            throw new TypeConversionException(e.getMessage());
        }
        int low = v.compareTo(min);
        if (low < 0 || low == 0 && !minIncluded || v.compareTo(max) > 0) {
            throw new TypeConversionException("'" + text.strip() + "' is out of range: " + what);
        }
        return v;
    }

    static int whole(String text, int min, int max, String what) {
        int v;
        try {
            v = Decimals.parseInt(text);
        } catch (QuantityFormatException e) {
            throw new TypeConversionException(e.getMessage());
        }
        if (v < min || v > max) {
            throw new TypeConversionException("'" + text.strip() + "' is out of range: " + what);
        }
        return v;
    }

    /** {@code --digits}: significant figures, 1 to 30. */
    public static final class Digits implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return whole(value, 1, 30, "significant figures run from 1 to 30");
        }
    }

    /** {@code --top}: how many to show, 1 to 1,000,000; 0 (the default) means all. */
    public static final class Top implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return whole(value, 1, 1_000_000, "show 1 to 1000000 (leave --top out to show all)");
        }
    }

    /** {@code --since}, {@code --adjust-to}: a year, 1900 to 2200 (the years a sheet may carry). */
    public static final class Year implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return whole(value, 1900, 2200, "a year from 1900 to 2200");
        }
    }

    /** {@code --usd-per-kwh}: 0 to 100 US dollars per kWh (energy costs about 0.05 to 0.50). */
    public static final class UsdPerKwh implements ITypeConverter<BigDecimal> {
        @Override
        public BigDecimal convert(String value) {
            return decimal(value, BigDecimal.ZERO, true, BigDecimal.valueOf(100), "0 to 100 US dollars per kWh");
        }
    }

    /** {@code --pue}: 1 to 3 (a data centre cannot use less than its IT load; 3 is a very poor facility). */
    public static final class Pue implements ITypeConverter<BigDecimal> {
        @Override
        public BigDecimal convert(String value) {
            return decimal(value, BigDecimal.ONE, true, BigDecimal.valueOf(3), "1 to 3");
        }
    }

    /** {@code --depreciation}: more than 0 and at most 2 orders of magnitude a year. */
    public static final class Depreciation implements ITypeConverter<BigDecimal> {
        @Override
        public BigDecimal convert(String value) {
            return decimal(value, BigDecimal.ZERO, false, BigDecimal.valueOf(2), "more than 0 and at most 2 orders of magnitude a year");
        }
    }

    /** {@code --years}: more than 0 and at most 100 years of operation. */
    public static final class Years implements ITypeConverter<BigDecimal> {
        @Override
        public BigDecimal convert(String value) {
            return decimal(value, BigDecimal.ZERO, false, BigDecimal.valueOf(100), "more than 0 and at most 100 years");
        }
    }

    /** {@code --utilisation}: a fraction in (0, 1]. */
    public static final class Utilisation implements ITypeConverter<BigDecimal> {
        @Override
        public BigDecimal convert(String value) {
            // 40% is 0.4: people write utilisation both ways
            String t = value.strip();
            if (t.endsWith("%")) {
                return decimal(t.substring(0, t.length() - 1).strip(), BigDecimal.ZERO, false, BigDecimal.valueOf(100),
                        "a percentage in (0, 100], e.g. 40%").movePointLeft(2);
            }
            return decimal(t, BigDecimal.ZERO, false, BigDecimal.ONE, "a fraction in (0, 1], e.g. 0.4 for 40%");
        }
    }

    /** {@code --flop-budget}: a positive FLOP count such as {@code 3.14e23 FLOP}; kept as the text the option holds. */
    public static final class FlopBudget implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            Quantity q;
            try {
                q = Quantity.parse(value, List.<Dimension>of(Units.FLOP));
            } catch (QuantityFormatException e) {
                throw new TypeConversionException(e.getMessage());
            }
            if (!q.isPositive()) {
                throw new TypeConversionException("'" + value.strip() + "' is out of range: a FLOP count above zero");
            }
            return value;
        }
    }
}
