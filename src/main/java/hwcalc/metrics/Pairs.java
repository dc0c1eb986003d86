package hwcalc.metrics;

import hwcalc.spec.SpecSheet;
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

    /**
     * Receives one pair: a's peak over b's, as a double. Millions of pairs are compared to order
     * or filter them; a ratio that is printed is recomputed exactly with
     * {@link Comparison#ratio} (see docs/benchmarks.md for the measured difference).
     */
    @FunctionalInterface
    public interface Visitor {
        void pair(SpecSheet a, SpecSheet b, double ratio);
    }

    /** Returns the number of pairs visited. */
    public static long forEach(PeakSelector selector, List<SpecSheet> sheets, Request r, Visitor visitor) {
        List<SpecSheet> with = new ArrayList<>();
        List<Double> base = new ArrayList<>();
        for (SpecSheet s : sheets) {
            Optional<PeakSelector.Selection> sel = selector.select(s, r.precision(), r.sparsity(), r.core());
            if (sel.isPresent() && !sel.get().fallback()) {
                with.add(s);
                base.add(sel.get().peak().value().baseValue().doubleValue());
            }
        }
        double[] peaks = base.stream().mapToDouble(Double::doubleValue).toArray();
        long n = 0;
        for (int i = 0; i < peaks.length; i++) {
            double a = peaks[i];
            for (int j = i + 1; j < peaks.length; j++) {
                visitor.pair(with.get(i), with.get(j), a / peaks[j]);
                n++;
            }
        }
        return n;
    }
}
