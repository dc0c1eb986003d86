package hwcalc.calc;

import hwcalc.units.Dimension;
import hwcalc.units.Quantity;
import hwcalc.units.Unit;
import hwcalc.units.Units;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The unit a calc result is shown in when no {@code to UNIT} is written (docs/calc.md, "Result
 * units"). A result whose unit is one named unit, or a quotient of two (USD/TFLOPS, GB/s), stays
 * as computed: the writer chose it. A longer product (FLOP*USD/(TFLOPS*h)) is simplified by its
 * dimension: a pure number to a number; a time to the largest of yr, day, h, min, s in which it is
 * at least 1; money to its currency; money per time to currency per hour; and the dimensions in
 * {@link #CANONICAL} to theirs. Any other dimension keeps the unit it has.
 */
final class ReadableUnit {

    private static final List<Unit> TIMES = List.of(Units.unit("yr"), Units.unit("day"), Units.unit("h"),
            Units.unit("min"), Units.unit("s"));

    /** Dimension to the unit shown for it. */
    static final Map<Dimension, Unit> CANONICAL = new LinkedHashMap<>();

    static {
        CANONICAL.put(Units.FLOP, Unit.parse("FLOP"));
        CANONICAL.put(Units.FLOP_RATE, Unit.parse("TFLOPS"));
        CANONICAL.put(Units.BYTE, Unit.parse("GB"));
        CANONICAL.put(Units.BYTE_RATE, Unit.parse("GB/s"));
        CANONICAL.put(Units.POWER, Unit.parse("W"));
        CANONICAL.put(Units.JOULE, Unit.parse("kWh"));
    }

    private ReadableUnit() {
    }

    static Quantity of(Quantity q) {
        Unit u = q.unit();
        Dimension d = q.dimension();
        if (d.equals(Dimension.NONE)) {
            return q.to(Unit.ONE);
        }
        if (d.equals(Units.SECOND)) {
            for (Unit t : TIMES) {
                Quantity in = q.to(t);
                if (in.value().abs().compareTo(BigDecimal.ONE) >= 0 || t == TIMES.get(TIMES.size() - 1)) {
                    return in;
                }
            }
        }
        String currency = d.currency();
        if (currency != null) {
            return q.to(Unit.parse(currency));
        }
        String perTime = d.currencyPerTime();
        if (perTime != null) {
            return q.to(Unit.parse(perTime + "/h"));
        }
        if (u.termCount() <= 2 && u.maxPower() <= 1) {
            return q; // TFLOPS, USD/TFLOPS, GB/s, W*h: as the writer composed it
        }
        Unit canonical = CANONICAL.get(d);
        return canonical == null ? q : q.to(canonical);
    }
}
