package hwcalc.metrics;

import hwcalc.spec.SpecSheet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Sheets ordered by one metric on one basis. Fallback peaks (another precision) are left out of
 * a ranking, since a rank mixes them silently; they are counted among the skipped.
 */
public record Ranking(Metric metric, Request request, List<MetricValue> ranked, List<MetricValue> skipped) {

    public static Ranking of(Metrics metrics, Iterable<SpecSheet> sheets, Metric metric, Request request, int top) {
        List<MetricValue> ok = new ArrayList<>();
        List<MetricValue> skipped = new ArrayList<>();
        for (SpecSheet s : sheets) {
            MetricValue v = metrics.compute(s, metric, request);
            boolean fallback = v.notes().stream().anyMatch(n -> n.contains("FALLBACK"));
            if (v.isAvailable() && !fallback) {
                ok.add(v);
            } else {
                skipped.add(fallback ? MetricValue.unavailable(metric, s, "only a fallback precision") : v);
            }
        }
        Comparator<MetricValue> byValue = Comparator.comparing(v -> v.value().baseValue());
        if (metric.higherIsBetter()) {
            byValue = byValue.reversed();
        }
        ok.sort(byValue.thenComparing(v -> v.sheet().id()));
        List<MetricValue> shown = top > 0 && ok.size() > top ? List.copyOf(ok.subList(0, top)) : List.copyOf(ok);
        return new Ranking(metric, request, shown, List.copyOf(skipped));
    }
}
