package hwcalc.metrics;

import hwcalc.spec.SpecSheet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Sheets ordered by one metric on one basis. Fallback peaks (another precision) are left out of
 * a ranking, since a rank mixes them silently; they are counted among the skipped.
 */
public record Ranking(Metric metric, Request request, List<MetricValue> ranked, List<MetricValue> skipped,
                      List<Caveat> warnings) {

    public Ranking {
        ranked = List.copyOf(ranked);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    public static Ranking of(Metrics metrics, Iterable<SpecSheet> sheets, Metric metric, Request request, int top) {
        List<MetricValue> ok = new ArrayList<>();
        List<MetricValue> skipped = new ArrayList<>();
        for (SpecSheet s : sheets) {
            MetricValue v = metrics.compute(s, metric, request);
            boolean fallback = v.isFallback();
            boolean fp16Accumulate = v.caveats().stream().anyMatch(Caveat.Fp16AccumulateOnly.class::isInstance);
            if (fp16Accumulate && !fallback) {
                // a GeForce FP16-accumulate rate is twice the FP32-accumulate rate datacenter sheets quote
                skipped.add(MetricValue.unavailable(metric, s, Unavailable.peak(Unavailable.Reason.ONLY_FP16_ACCUMULATE,
                        request.precision(), request.sparsity())));
            } else if (v.isAvailable() && !fallback) {
                ok.add(v);
            } else {
                skipped.add(fallback ? MetricValue.unavailable(metric, s,
                        Unavailable.peak(Unavailable.Reason.ONLY_FALLBACK, v.peak().precision(), request.sparsity())) : v);
            }
        }
        // Every value of one metric has the same unit, so the values order the sheets. Sorting on a
        // double key first is exact: rounding to double never reverses an order, and equal keys
        // fall back to the exact comparison (34-digit BigDecimal compares dominate otherwise).
        record Keyed(double key, MetricValue v) {
        }
        List<Keyed> keyed = new ArrayList<>(ok.size());
        for (MetricValue v : ok) {
            double k = v.value().value().doubleValue();
            keyed.add(new Keyed(metric.higherIsBetter() ? -k : k, v));
        }
        Comparator<Keyed> order = Comparator.comparingDouble(Keyed::key);
        Comparator<MetricValue> exact = Comparator.comparing(v -> v.value().value());
        keyed.sort(order.thenComparing(Keyed::v, metric.higherIsBetter() ? exact.reversed() : exact)
                .thenComparing(k -> k.v().sheet().id()));
        ok = new ArrayList<>(keyed.size());
        for (Keyed k : keyed) {
            ok.add(k.v());
        }
        List<MetricValue> shown = top > 0 && ok.size() > top ? List.copyOf(ok.subList(0, top)) : List.copyOf(ok);
        // the warnings compare would give for the rows shown: cores, price kinds, years and scopes, CPI
        java.util.LinkedHashSet<Caveat> warnings = new java.util.LinkedHashSet<>();
        shown.forEach(v -> v.caveats().stream().filter(Caveat::isWarning).forEach(warnings::add));
        Comparison.coresMixed(shown).ifPresent(warnings::add);
        warnings.addAll(Comparison.priceWarnings(java.util.Map.of(metric, shown), request));
        return new Ranking(metric, request, shown, List.copyOf(skipped), List.copyOf(warnings));
    }
}
