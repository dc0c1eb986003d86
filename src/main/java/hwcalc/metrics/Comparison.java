package hwcalc.metrics;

import hwcalc.spec.Core;
import hwcalc.spec.Precision;
import hwcalc.spec.SpecSheet;
import hwcalc.spec.Sparsity;
import hwcalc.spec.Throughput;
import hwcalc.units.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Metrics of several sheets side by side on one basis, ratios against the first sheet, and
 * every warning a reader needs: fallbacks, tensor vs vector, headline figures on another basis,
 * prices of different kinds or years.
 */
public record Comparison(List<SpecSheet> sheets, Request request, Map<Metric, List<MetricValue>> values,
                         List<Caveat> warnings, List<LikeForLike> likeForLike, Optional<String> cpiFile) {

    /** A ratio at one precision that every sheet in it has natively, shown beside a ratio that mixes in a fallback. */
    public record LikeForLike(Precision precision, Sparsity sparsity, String sheetId, Quantity value,
                              String baseId, Quantity baseValue, BigDecimal ratio) {
    }

    /** The order in which an unspecified precision is chosen: the first all sheets have. */
    static final List<Precision> AUTO_ORDER = List.of(Precision.FP16, Precision.BF16, Precision.FP32,
            Precision.FP64, Precision.FP8, Precision.INT8);

    public static Comparison of(Metrics metrics, List<SpecSheet> sheets, Request request, List<Metric> wanted) {
        Map<Metric, List<MetricValue>> values = new LinkedHashMap<>();
        LinkedHashSet<Caveat> warnings = new LinkedHashSet<>();
        for (Metric m : wanted) {
            List<MetricValue> row = new ArrayList<>();
            for (SpecSheet s : sheets) {
                MetricValue v = metrics.compute(s, m, request);
                row.add(v);
                for (Caveat c : v.caveats()) {
                    if (c.isWarning()) {
                        warnings.add(c);
                    }
                }
            }
            values.put(m, row);
        }
        List<MetricValue> peaks = values.getOrDefault(Metric.PEAK, List.of());
        Optional<Caveat> mixed = coresMixed(peaks);
        if (mixed.isPresent()) {
            warnings.add(mixed.get());
        }
        boolean usesPeak = false;
        for (Metric m : wanted) {
            usesPeak |= m.usesPeak();
        }
        if (usesPeak) { // a price or power comparison uses no peak: no headline to warn of
            for (SpecSheet s : sheets) {
                Optional<Caveat> h = headline(s, request);
                if (h.isPresent()) {
                    warnings.add(h.get());
                }
            }
        }
        warnings.addAll(priceWarnings(values, request));
        List<LikeForLike> lfl = likeForLike(metrics, sheets, peaks);
        return new Comparison(List.copyOf(sheets), request, values, List.copyOf(warnings), lfl, metrics.cpi().file());
    }

    /** Tensor and vector peaks side by side, if the values' peaks mix them. */
    static Optional<Caveat> coresMixed(List<MetricValue> values) {
        List<Caveat.SheetCore> cores = new ArrayList<>();
        Set<Core> distinct = new HashSet<>(); // null (not stated) is a value of its own, as distinct() counted it
        for (MetricValue v : values) {
            if (v.isAvailable() && v.peak() != null) {
                cores.add(new Caveat.SheetCore(v.sheet().id(), v.peak().core()));
                distinct.add(v.peak().core());
            }
        }
        return distinct.size() > 1 ? Optional.of(new Caveat.CoresMixed(cores)) : Optional.empty();
    }

    /** The precision to compare at when none is given: the first in AUTO_ORDER every sheet has. */
    public static Precision autoPrecision(Peaks peaks, List<SpecSheet> sheets, Sparsity s) {
        for (Precision p : AUTO_ORDER) {
            if (allHave(peaks, sheets, p, s)) {
                return p;
            }
        }
        return Precision.FP16;
    }

    private static boolean allHave(Peaks peaks, List<SpecSheet> sheets, Precision p, Sparsity s) {
        for (SpecSheet sheet : sheets) {
            if (peaks.peak(sheet, p, s, null).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Warns when a sheet's largest declared figure is on another basis than the comparison. */
    static Optional<Caveat> headline(SpecSheet s, Request r) {
        Throughput top = null;
        for (Throughput t : s.throughput()) {
            if (top == null || t.figure().value().baseValue().compareTo(top.figure().value().baseValue()) > 0) {
                top = t;
            }
        }
        if (top == null || top.precision() == r.precision() && top.sparsity() == r.sparsity()) {
            return Optional.empty();
        }
        return Optional.of(new Caveat.HeadlineOnOtherBasis(s.id(), top.figure().value(), top.precision(), top.sparsity(),
                top.core(), new PeakBasis(r.precision(), r.sparsity(), r.core())));
    }

    static List<Caveat> priceWarnings(Map<Metric, List<MetricValue>> values, Request r) {
        // loops, not streams: each lambda is a bootstrap on compare's start-up path (issue 17)
        LinkedHashSet<Caveat.SheetKind> kinds = new LinkedHashSet<>();
        LinkedHashSet<Caveat.SheetYear> years = new LinkedHashSet<>();
        LinkedHashSet<Caveat.SheetTier> tiers = new LinkedHashSet<>();
        LinkedHashSet<Caveat.SheetScope> scopes = new LinkedHashSet<>();
        Set<Object> distinctKinds = new HashSet<>();
        Set<Object> distinctYears = new HashSet<>();
        Set<Object> distinctTiers = new HashSet<>();
        Set<Object> distinctScopes = new HashSet<>();
        for (List<MetricValue> row : values.values()) {
            for (MetricValue v : row) {
                if (!v.isAvailable() || v.price() == null) {
                    continue;
                }
                String id = v.sheet().id();
                hwcalc.spec.Price p = v.price();
                kinds.add(new Caveat.SheetKind(id, p.kind()));
                distinctKinds.add(p.kind());
                years.add(new Caveat.SheetYear(id, p.date().year()));
                distinctYears.add(p.date().year());
                if (p.providerTier() != null) {
                    tiers.add(new Caveat.SheetTier(id, p.providerTier()));
                    distinctTiers.add(p.providerTier());
                }
                scopes.add(new Caveat.SheetScope(id, p.scope()));
                distinctScopes.add(p.scope());
            }
        }
        List<Caveat> out = new ArrayList<>();
        if (distinctKinds.size() > 1) {
            out.add(new Caveat.PriceKindsDiffer(List.copyOf(kinds)));
        }
        if (r.adjustTo() == null && distinctYears.size() > 1) {
            out.add(new Caveat.PriceYearsDiffer(List.copyOf(years)));
        }
        if (distinctTiers.size() > 1) {
            out.add(new Caveat.ProviderTiersDiffer(List.copyOf(tiers)));
        }
        if (distinctScopes.size() > 1) {
            out.add(new Caveat.PriceScopesDiffer(List.copyOf(scopes)));
        }
        return out;
    }

    /**
     * When some peak is a fallback (another precision), the ratios at the fallback's precision
     * for every sheet that has it, so the like-for-like figure stands beside the mixed one.
     */
    private static List<LikeForLike> likeForLike(Metrics metrics, List<SpecSheet> sheets, List<MetricValue> peaks) {
        List<LikeForLike> out = new ArrayList<>();
        if (peaks.isEmpty() || !peaks.get(0).isAvailable()) {
            return out;
        }
        LinkedHashSet<Precision> used = new LinkedHashSet<>();
        for (MetricValue v : peaks) {
            if (v.isAvailable()) {
                used.add(v.peak().precision());
            }
        }
        if (used.size() < 2) {
            return out;
        }
        for (Precision p : used) {
            Sparsity s = peaks.get(0).peak().sparsity();
            Optional<Peak> base = metrics.selector().select(sheets.get(0), p, s, null)
                    .filter(sel -> !sel.fallback()).map(PeakSelector.Selection::peak);
            if (base.isEmpty()) {
                continue;
            }
            for (SpecSheet other : sheets.subList(1, sheets.size())) {
                metrics.selector().select(other, p, s, null).filter(sel -> !sel.fallback()).ifPresent(sel -> {
                    out.add(new LikeForLike(p, s, other.id(), sel.peak().value(), sheets.get(0).id(), base.get().value(),
                            ratio(sel.peak().value(), base.get().value())));
                });
            }
        }
        return out;
    }

    /** a / b for two quantities of one dimension. */
    public static BigDecimal ratio(Quantity a, Quantity b) {
        return a.dividedBy(b).value();
    }

    /** value(i) / value(0) for a metric, or null where either is unavailable. */
    public BigDecimal ratioToFirst(Metric m, int i) {
        List<MetricValue> row = values.get(m);
        MetricValue first = row.get(0);
        MetricValue v = row.get(i);
        if (!first.isAvailable() || !v.isAvailable() || first.value().value().signum() == 0) {
            return null;
        }
        return ratio(v.value(), first.isRange() ? first.high() : first.value());
    }

    /**
     * The top of the ratio when sheet i's value or the first's is a range: its top over the first's
     * bottom (the ratio itself, {@link #ratioToFirst}, is then bottom over top). Null when neither is.
     */
    public BigDecimal ratioHighToFirst(Metric m, int i) {
        List<MetricValue> row = values.get(m);
        MetricValue first = row.get(0);
        MetricValue v = row.get(i);
        if (!first.isAvailable() || !v.isAvailable() || !first.isRange() && !v.isRange()
                || first.value().value().signum() == 0) {
            return null;
        }
        return ratio(v.isRange() ? v.high() : v.value(), first.value());
    }

    /** Core used by the peak of sheet i, or null. */
    public Core coreOf(int i) {
        MetricValue v = values.getOrDefault(Metric.PEAK, List.of()).stream().skip(i).findFirst().orElse(null);
        return v == null || !v.isAvailable() ? null : v.peak().core();
    }
}
