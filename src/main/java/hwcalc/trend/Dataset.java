package hwcalc.trend;

import hwcalc.metrics.Metric;
import hwcalc.metrics.MetricValue;
import hwcalc.metrics.Metrics;
import hwcalc.metrics.Request;
import hwcalc.metrics.Unavailable;
import hwcalc.spec.Core;
import hwcalc.spec.PartialDate;
import hwcalc.metrics.PriceSelector;
import hwcalc.spec.Price;
import hwcalc.spec.PriceKind;
import hwcalc.spec.PriceScope;
import hwcalc.spec.SpecSheet;
import hwcalc.units.Quantity;
import hwcalc.units.Units;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The points of a chart or trend: one metric on one basis for each sheet that has it, against
 * the release date, price or power. Sheets without the metric, with only a fallback precision
 * (a chart mixes precisions silently otherwise), or without the x value are skipped, each with
 * its reason. {@code since} keeps sheets released in that year or later.
 */
public record Dataset(Metric metric, Request request, XAxis xAxis, Integer since, List<Observation> points,
                      List<Skip> skipped, int beforeSince, java.util.Optional<String> cpiFile) {

    /** A sheet left out, and why. */
    public record Skip(SpecSheet sheet, Unavailable reason) {
    }

    public Dataset {
        points = List.copyOf(points);
        skipped = List.copyOf(skipped);
    }

    public static Dataset collect(Metrics metrics, Collection<SpecSheet> sheets, Metric metric, Request request,
                                  XAxis xAxis, Integer since) {
        if (request.adjustTo() != null) {
            metrics.cpi().value(request.adjustTo()); // refuses a year outside the CPI-U data, naming the range
        }
        boolean needsPrice = usesPrice(metric) || xAxis == XAxis.PRICE;
        List<Observation> points = new ArrayList<>();
        List<Skip> skipped = new ArrayList<>();
        int before = 0;
        for (SpecSheet s : sheets) {
            PartialDate release = s.dates().release();
            if ((since != null || xAxis == XAxis.RELEASE) && release == null) {
                skipped.add(new Skip(s, Unavailable.of(Unavailable.Reason.NO_RELEASE_DATE)));
                continue;
            }
            if (since != null && release.year() < since) {
                before++;
                continue;
            }
            if (xAxis == XAxis.OBSERVED) { // before the default price's CPI check: a history judges each observation's year
                history(metrics, s, metric, request, points, skipped);
                continue;
            }
            if (needsPrice && request.adjustTo() != null && s.price().isPresent()
                    && !cpiCovers(metrics, s.price().get().date().year())) {
                skipped.add(new Skip(s, outsideCpi(metrics)));
                continue;
            }
            MetricValue v = metrics.compute(s, metric, request);
            Unavailable unusable = unusable(v, request);
            if (unusable != null) {
                skipped.add(new Skip(s, unusable));
                continue;
            }
            Unavailable noX = null;
            double x = 0;
            switch (xAxis) {
                case RELEASE -> x = release.decimalYear();
                case PRICE -> {
                    MetricValue p = metrics.compute(s, Metric.PRICE, request);
                    if (p.isAvailable()) {
                        x = p.value().value().doubleValue();
                    } else {
                        noX = p.missing();
                    }
                }
                case OBSERVED -> throw new IllegalStateException("a price history is collected by history()");
                case POWER -> {
                    Quantity w = metrics.power(s, new ArrayList<>());
                    if (w != null) {
                        x = w.to(Units.unit("W")).value().doubleValue();
                    } else {
                        noX = Unavailable.of(Unavailable.Reason.NO_POWER);
                    }
                }
            }
            if (noX != null) {
                skipped.add(new Skip(s, noX));
                continue;
            }
            points.add(new Observation(s, x, v.value().value().doubleValue(), v));
        }
        return new Dataset(metric, request, xAxis, since, points, skipped, before, metrics.cpi().file());
    }

    /**
     * A sheet's price history: the metric at each observation the selector admits (its statistic
     * aside), placed at the observation's date. Each is computed as if it were the sheet's only
     * price, through the same metric code as every other output. A sheet with none, or whose
     * observations all fail (a price in EUR), is skipped once, with the reason.
     */
    private static void history(Metrics metrics, SpecSheet s, Metric metric, Request request, List<Observation> points,
                                List<Skip> skipped) {
        PriceSelector sel = request.price();
        List<Price> admitted = sel.candidates(s.prices()); // without kinds: the purchase prices
        // one observation, chosen as any other: the user's kinds, else every purchase kind (never the sheet's default alone)
        Set<PriceKind> kinds = sel.kinds().isEmpty() && !sel.owned()
                ? java.util.Arrays.stream(PriceKind.values()).filter(k -> !k.isRental()).collect(java.util.stream.Collectors.toSet())
                : sel.kinds();
        Request one = request.withPrice(new PriceSelector(kinds, sel.owned(), sel.provider(), sel.tier(), sel.year(),
                PriceSelector.Statistic.FIRST), request.ownership());
        Unavailable why = null;
        int before = points.size();
        for (Price p : admitted) {
            if (request.adjustTo() != null && !cpiCovers(metrics, p.date().year())) {
                why = why == null ? outsideCpi(metrics) : why;
                continue;
            }
            MetricValue v = metrics.compute(s.withOnlyPrice(p), metric, one);
            Unavailable unusable = unusable(v, request);
            if (unusable != null) {
                why = why == null ? unusable : why;
            } else {
                points.add(new Observation(s, p.date().decimalYear(), v.value().value().doubleValue(), v));
            }
        }
        if (points.size() == before) {
            // none admitted: the reason the sheet's one value would have (no price, no matching observation, no peak)
            Unavailable none = why != null ? why : metrics.compute(s, metric, request).missing();
            skipped.add(new Skip(s, none != null ? none : Unavailable.of(Unavailable.Reason.NO_PRICE)));
        }
    }

    /** Why a computed value cannot be a point: it is missing, or only a fallback precision has it; null if it can. */
    private static Unavailable unusable(MetricValue v, Request request) {
        if (!v.isAvailable()) {
            return v.missing();
        }
        return v.peak() != null && v.peak().precision() != request.precision()
                ? Unavailable.peak(Unavailable.Reason.ONLY_FALLBACK, v.peak().precision(), null) : null;
    }

    private static Unavailable outsideCpi(Metrics metrics) {
        return new Unavailable(Unavailable.Reason.PRICE_OUTSIDE_CPI, null, null, metrics.cpi().firstYear() + "-" + metrics.cpi().lastYear());
    }

    /** How many sheets the points come from (a price history has several points per sheet). */
    public long sheetCount() {
        return points.stream().map(o -> o.sheet().id()).distinct().count();
    }

    /** The credits of the price files whose observations the points used (Epoch AI's, CC BY 4.0), each once. */
    public List<String> priceCredits() {
        return Observation.priceCredits(points);
    }

    /**
     * The price behind a point: the one its value used (the --price selector's choice, or the
     * observation of a history), else, when only x is a price, the sheet's default one.
     */
    private static java.util.Optional<Price> usedPrice(Observation o) {
        return o.value().price() != null ? java.util.Optional.of(o.value().price()) : o.sheet().price();
    }

    private static boolean usesPrice(Metric m) {
        return m == Metric.PRICE || m == Metric.USD_PER_TFLOPS || m == Metric.FLOPS_PER_USD || m == Metric.USD_PER_GB
                || m.perChipHour();
    }

    private static boolean cpiCovers(Metrics metrics, int year) {
        return year >= metrics.cpi().firstYear() && year <= metrics.cpi().lastYear();
    }

    /** The unit of y, e.g. GFLOPS/USD (GOPS/USD at an integer precision). */
    public String yUnit() {
        return points.isEmpty() ? metric.unit(request.precision().isInteger()) : points.get(0).value().value().unit().symbol();
    }

    /** The unit of x: year, USD or W. */
    public String xUnit() {
        return switch (xAxis) {
            case RELEASE, OBSERVED -> "year";
            case PRICE -> "USD";
            case POWER -> "W";
        };
    }

    /** Skip reasons with their counts, most frequent first. */
    public Map<Unavailable, Integer> skipReasons() {
        Map<Unavailable, Integer> counts = new LinkedHashMap<>();
        for (Skip s : skipped) {
            counts.merge(s.reason(), 1, Integer::sum);
        }
        Map<Unavailable, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<Unavailable, Integer>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }


    /**
     * What the points stand on, for titles and printouts: the precision and sparsity (and which
     * units, counted when they mix), the price kinds and what the prices buy (counted when they
     * mix), and which year's dollars.
     */
    public List<String> basis() {
        List<String> parts = new ArrayList<>();
        if (metric.usesPeak()) {
            Map<Core, Integer> cores = new EnumMap<>(Core.class);
            points.forEach(o -> cores.merge(o.value().peak().core(), 1, Integer::sum));
            String b = request.basis();
            if (request.core() == null && cores.size() == 1) {
                b += " " + cores.keySet().iterator().next().key();
            } else if (cores.size() > 1) {
                List<String> mix = new ArrayList<>();
                cores.forEach((c, n) -> mix.add(c.key() + " " + n));
                b += " (mixed units: " + String.join(", ", mix) + ")";
            }
            parts.add(b);
        }
        if (usesPrice(metric) || xAxis == XAxis.PRICE) {
            Map<PriceKind, Integer> kinds = new EnumMap<>(PriceKind.class);
            points.forEach(o -> usedPrice(o).ifPresent(p -> kinds.merge(p.kind(), 1, Integer::sum)));
            if (kinds.size() == 1) {
                parts.add(plural(kinds.keySet().iterator().next()));
            } else if (kinds.size() > 1) {
                List<String> mix = new ArrayList<>();
                kinds.forEach((k, n) -> mix.add(n + " " + k.key()));
                parts.add("mixed price kinds: " + String.join(", ", mix));
            }
            // a system's price buys more than its chips: say what the prices buy
            Map<PriceScope, Integer> scopes = new EnumMap<>(PriceScope.class);
            points.forEach(o -> usedPrice(o).ifPresent(p -> scopes.merge(p.scope(), 1, Integer::sum)));
            if (scopes.size() == 1) {
                parts.add("prices per " + scopes.keySet().iterator().next().key());
            } else if (scopes.size() > 1) {
                List<String> mix = new ArrayList<>();
                scopes.forEach((k, n) -> mix.add(n + " " + k.key()));
                parts.add("mixed price scopes: " + String.join(", ", mix));
            }
            // rates from hyperscalers, neoclouds and marketplaces differ by design: say which stand together
            Map<hwcalc.spec.ProviderTier, Integer> tiers = new EnumMap<>(hwcalc.spec.ProviderTier.class);
            points.forEach(o -> usedPrice(o).filter(p -> p.isRental() && p.providerTier() != null)
                    .ifPresent(p -> tiers.merge(p.providerTier(), 1, Integer::sum)));
            if (tiers.size() == 1) {
                parts.add(tiers.keySet().iterator().next().key() + " providers");
            } else if (tiers.size() > 1) {
                List<String> mix = new ArrayList<>();
                tiers.forEach((k, n) -> mix.add(n + " " + k.key()));
                parts.add("mixed provider tiers: " + String.join(", ", mix));
            }
            parts.add(request.adjustTo() != null ? request.adjustTo() + " US dollars ("
                    + cpiFile.map(f -> "the CPI series in " + f).orElse("CPI-U") + ")"
                    : "dollars of each price's year (not adjusted for inflation)");
        }
        return parts;
    }

    private static String plural(PriceKind k) {
        return switch (k) {
            case LIST -> "list prices";
            case RESELLER -> "reseller quotes";
            case ESTIMATE -> "analyst estimates";
            case PRESS -> "press reports";
            case STREET -> "street prices";
            case ON_DEMAND -> "on-demand rates";
            case SPOT -> "spot rates";
            case COMMIT_1Y -> "1-year commitment rates";
            case COMMIT_3Y -> "3-year commitment rates";
        };
    }
}
