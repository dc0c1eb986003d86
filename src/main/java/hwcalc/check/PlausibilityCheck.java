package hwcalc.check;

import hwcalc.spec.Kind;
import hwcalc.spec.PartialDate;
import hwcalc.spec.SpecSheet;
import hwcalc.spec.Throughput;
import hwcalc.units.Quantity;
import hwcalc.units.Units;
import java.math.BigDecimal;
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
    static final double PEAK_2016 = 5e14;
    static final double GROWTH_FROM_2016 = 2.0;
    static final double GROWTH_BEFORE_2016 = 1.5;
    static final Quantity MAX_BANDWIDTH = Quantity.parse("100 TB/s");
    static final Quantity MAX_TDP = Quantity.parse("30 kW");

    /** The highest peak rate (FLOP/s or OP/s, any precision, dense or sparse) plausible for one chip of that year. */
    static double peakBound(int year) {
        double growth = year >= 2016 ? GROWTH_FROM_2016 : GROWTH_BEFORE_2016;
        return PEAK_2016 * Math.pow(growth, year - 2016);
    }

    @Override
    public void check(CheckedSheet cs, CheckContext ctx, List<Finding> out) {
        SpecSheet s = cs.sheet();
        if (!SINGLE_CHIP.contains(s.kind())) {
            return;
        }
        PartialDate release = s.dates().release();
        if (release != null) {
            double bound = peakBound(release.year());
            for (Throughput t : s.throughput()) {
                if (t.figure().value().baseValue().doubleValue() > bound) {
                    String unit = t.precision().isInteger() ? "TOPS" : "TFLOPS";
                    out.add(new Finding(t.figure().location(), Rules.IMPLAUSIBLE_PEAK, Figures.tags(t) + " "
                            + t.figure().value() + " is above the bound for a single " + s.kind().key() + " released in "
                            + release.year() + " (" + new BigDecimal(bound / 1e12).stripTrailingZeros().toPlainString()
                            + " " + unit + "): a prefix slip, or a system figure on a chip sheet?"));
                }
            }
        }
        var bw = s.memory().bandwidth();
        if (bw != null && bw.value().dimension().equals(Units.BYTE_RATE) && bw.value().compareTo(MAX_BANDWIDTH) > 0) {
            out.add(new Finding(bw.location(), Rules.IMPLAUSIBLE_BANDWIDTH, "memory bandwidth " + bw.value()
                    + " is above " + MAX_BANDWIDTH + ", more than any single chip's memory delivers: a prefix slip,"
                    + " bits for bytes, or an aggregate over several chips?"));
        }
        var tdp = s.power().tdp();
        if (tdp != null && tdp.value().dimension().equals(Units.POWER) && tdp.value().compareTo(MAX_TDP) > 0) {
            out.add(new Finding(tdp.location(), Rules.IMPLAUSIBLE_POWER, "TDP " + tdp.value() + " is above " + MAX_TDP
                    + " for a single " + s.kind().key() + " (a wafer-scale engine draws about 23 kW): W for kW,"
                    + " or a system's power on a chip sheet?"));
        }
    }
}
