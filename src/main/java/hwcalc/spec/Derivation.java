package hwcalc.spec;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * First-principles inputs for the vector units: units (cores), clocks and FLOP per clock per
 * unit, so a peak can be recomputed: units x FLOP/clock x clock (boost when given, else base).
 */
public record Derivation(Long units, List<String> unitsSources, Figure baseClock, Figure boostClock,
                         Map<Precision, BigDecimal> flopPerClock, Location location) {
    public Derivation {
        unitsSources = List.copyOf(unitsSources);
        flopPerClock = Map.copyOf(flopPerClock);
    }

    /** The clock peaks are computed at: boost when the sheet gives it, else base. */
    public Figure peakClock() {
        return boostClock != null ? boostClock : baseClock;
    }
}
