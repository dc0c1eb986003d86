package hwcalc.metrics;

import hwcalc.spec.SpecSheet;
import hwcalc.units.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Peak ratios of every unordered pair of sheets on one basis, streamed to a visitor so memory
 * stays that of the peaks themselves, whatever the number of pairs. Each sheet's peak is found
 * once; sheets without an exact (non-fallback) peak are left out.
 */
public final class Pairs {

    private Pairs() {
    }

    /** Receives one pair: a over b. */
    @FunctionalInterface
    public interface Visitor {
        void pair(SpecSheet a, SpecSheet b, BigDecimal ratio);
    }

    /** Returns the number of pairs visited. */
    public static long forEach(PeakSelector selector, List<SpecSheet> sheets, Request r, Visitor visitor) {
        List<SpecSheet> with = new ArrayList<>();
        List<BigDecimal> base = new ArrayList<>();
        for (SpecSheet s : sheets) {
            Optional<PeakSelector.Selection> sel = selector.select(s, r.precision(), r.sparsity(), r.core());
            if (sel.isPresent() && !sel.get().fallback()) {
                with.add(s);
                base.add(sel.get().peak().value().baseValue());
            }
        }
        long n = 0;
        for (int i = 0; i < with.size(); i++) {
            BigDecimal a = base.get(i);
            for (int j = i + 1; j < with.size(); j++) {
                visitor.pair(with.get(i), with.get(j), a.divide(base.get(j), Quantity.MATH));
                n++;
            }
        }
        return n;
    }
}
