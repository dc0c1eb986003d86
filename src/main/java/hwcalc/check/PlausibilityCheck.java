package hwcalc.check;

import hwcalc.spec.RuleId;
import hwcalc.spec.Kind;
import hwcalc.spec.PartialDate;
import hwcalc.spec.SpecSheet;
import hwcalc.spec.Throughput;
import hwcalc.units.Quantity;
import hwcalc.units.Units;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

/**
 * Bounds on one chip's figures that catch prefix slips (TFLOPS for GFLOPS, kW for W) and
 * whole-system figures on a chip sheet. Systems, servers and clusters are not bounded.
 * The bounds and their evidence are in docs/checks.md.
 */
final class PlausibilityCheck implements SheetCheck {

    private static final Set<Kind> SINGLE_CHIP = Set.of(Kind.CHIP, Kind.ACCELERATOR, Kind.CPU);
    /** 500 TFLOPS in 2016, about ten times the fastest chip of that year (P100 21 TFLOPS, P40 47 TOPS). */
    static final BigDecimal PEAK_2016 = new BigDecimal("5E14");
    static final BigDecimal GROWTH_FROM_2016 = BigDecimal.valueOf(2);
    static final BigDecimal GROWTH_BEFORE_2016 = new BigDecimal("1.5");
    private static final BigDecimal TERA = BigDecimal.TEN.pow(12);
    /** The bound as a message shows it: 4 significant digits (500/1.5^2 = 222.2 TFLOPS). */
    private static final MathContext SHOWN = new MathContext(4, RoundingMode.HALF_UP);
    static final Quantity MAX_BANDWIDTH = Quantity.parse("100 TB/s");
    /**
     * A die above this is wafer-scale (a reticle is about 858 mm2): its memory is SRAM on the wafer,
     * which Cerebras quotes at 9 to 21 PB/s, so it is held to {@link #MAX_WAFER_BANDWIDTH} instead.
     */
    static final Quantity WAFER_SCALE_DIE = Quantity.parse("10000 mm2");
    static final Quantity MAX_WAFER_BANDWIDTH = Quantity.parse("100 PB/s");
    static final Quantity MAX_TDP = Quantity.parse("30 kW");

    /** The highest peak rate (FLOP/s or OP/s, any precision, dense or sparse) plausible for one chip of that year. */
    static BigDecimal peakBound(int year) {
        if (year >= 2016) {
            return PEAK_2016.multiply(GROWTH_FROM_2016.pow(year - 2016)); // exact
        }
        return PEAK_2016.divide(GROWTH_BEFORE_2016.pow(2016 - year), Quantity.MATH);
    }

    /** The bound in TFLOPS (or TOPS) as printed: 222.2, 500, 1000. */
    static String shownInTera(BigDecimal bound) {
        return bound.divide(TERA, SHOWN).stripTrailingZeros().toPlainString();
    }

    @Override
    public void check(CheckedSheet cs, CheckContext ctx, List<CheckFinding> out) {
        SpecSheet s = cs.sheet();
        if (!SINGLE_CHIP.contains(s.kind())) {
            return;
        }
        PartialDate release = s.dates().release();
        if (release != null) {
            BigDecimal bound = peakBound(release.year());
            for (Throughput t : s.throughput()) {
                if (t.figure().value().baseValue().compareTo(bound) > 0) {
                    String unit = t.precision().isInteger() ? "TOPS" : "TFLOPS";
                    out.add(new CheckFinding(t.figure().location(), RuleId.IMPLAUSIBLE_PEAK, Figures.tags(t) + " "
                            + t.figure().value() + " is above the bound for a single " + s.kind().key() + " released in "
                            + release.year() + " (" + shownInTera(bound) + " " + unit + "): a prefix slip, or a system figure on a chip sheet?"));
                }
            }
        }
        var bw = s.memory().bandwidth();
        boolean wafer = s.dieSize() != null && s.dieSize().value().dimension().equals(WAFER_SCALE_DIE.dimension())
                && s.dieSize().value().compareTo(WAFER_SCALE_DIE) > 0;
        Quantity maxBandwidth = wafer ? MAX_WAFER_BANDWIDTH : MAX_BANDWIDTH;
        if (bw != null && bw.value().dimension().equals(Units.BYTE_RATE) && bw.value().compareTo(maxBandwidth) > 0) {
            out.add(new CheckFinding(bw.location(), RuleId.IMPLAUSIBLE_BANDWIDTH, "memory bandwidth " + bw.value()
                    + " is above " + maxBandwidth + ", more than any single " + (wafer ? "wafer-scale " : "") + "chip's memory"
                    + " delivers: a prefix slip, bits for bytes, or an aggregate over several chips?"));
        }
        var tdp = s.power().tdp();
        if (tdp != null && tdp.value().dimension().equals(Units.POWER) && tdp.value().compareTo(MAX_TDP) > 0) {
            out.add(new CheckFinding(tdp.location(), RuleId.IMPLAUSIBLE_POWER, "TDP " + tdp.value() + " is above " + MAX_TDP
                    + " for a single " + s.kind().key() + " (a wafer-scale engine draws about 23 kW): W for kW,"
                    + " or a system's power on a chip sheet?"));
        }
    }
}
