package hwcalc.claims;

import hwcalc.units.InputException;
import hwcalc.metrics.Caveat;
import hwcalc.metrics.Comparison;
import hwcalc.metrics.Cpi;
import hwcalc.metrics.Metric;
import hwcalc.metrics.MetricValue;
import hwcalc.metrics.Metrics;
import hwcalc.metrics.Request;
import hwcalc.spec.Catalogue;
import hwcalc.spec.SpecSheet;
import hwcalc.spec.Source;
import hwcalc.units.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Gathers the facts of a quote through the same metrics and comparison rules as compare. */
public final class Quotes {

    private final Metrics metrics;
    private final Catalogue catalogue;

    public Quotes(Metrics metrics, Catalogue catalogue) {
        this.metrics = metrics;
        this.catalogue = catalogue;
    }

    /**
     * One metric of {@code subject}; with {@code other}, the same metric of both and their ratio
     * ({@code speedup} is the ratio of peaks). An unavailable metric is an error naming why.
     */
    public Quote quote(SpecSheet subject, Metric metric, boolean speedup, SpecSheet other, Request request) {
        if (speedup && other == null) {
            throw new InputException("speedup compares two sheets: add --vs ID");
        }
        Metric m = speedup ? Metric.PEAK : metric;
        List<SpecSheet> sheets = other == null ? List.of(subject) : List.of(subject, other);
        Comparison cmp = Comparison.of(metrics, sheets, request, List.of(m));
        MetricValue v = cmp.values().get(m).get(0);
        MetricValue o = other == null ? null : cmp.values().get(m).get(1);
        for (MetricValue x : other == null ? List.of(v) : List.of(v, o)) {
            if (!x.isAvailable()) {
                throw new UnavailableQuoteException(m, x.sheet().id(), x.missing());
            }
        }
        BigDecimal ratio = o == null ? null : Comparison.ratio(v.value(), o.value());
        List<Caveat> notes = new ArrayList<>();
        Quantity power = m == Metric.FLOPS_PER_WATT || m == Metric.ENERGY_COST ? metrics.power(subject, notes) : null;
        Quantity memory = m == Metric.USD_PER_GB ? metrics.capacity(subject, notes) : null;
        Quantity bandwidth = m == Metric.BYTES_PER_FLOP || m == Metric.RIDGE_POINT ? metrics.bandwidth(subject, notes) : null;
        List<Caveat> warnings = new ArrayList<>(cmp.warnings());
        for (MetricValue x : o == null ? List.of(v) : List.of(v, o)) {
            x.caveats().stream().filter(n -> !warnings.contains(n)).forEach(warnings::add);
        }
        notes.stream().filter(n -> !warnings.contains(n)).forEach(warnings::add);
        Quantity adjusted = v.price() == null || request.adjustTo() == null ? null : new Quantity(metrics.cpi().adjust(
                v.price().amount().value(), v.price().date().year(), request.adjustTo()), v.price().amount().unit());
        return new Quote(subject, other, m, speedup, v, o, ratio, request, adjusted, power, memory, bandwidth, warnings,
                citations(o == null ? List.of(v) : List.of(v, o), request));
    }

    private List<Quote.Citation> citations(List<MetricValue> values, Request request) {
        Map<String, Quote.Citation> out = new LinkedHashMap<>();
        for (MetricValue v : values) {
            for (String url : v.sourceUrls()) {
                out.putIfAbsent(url, cite(v.sheet(), url));
            }
        }
        if (request.adjustTo() != null && values.stream().anyMatch(v -> v.price() != null)) {
            Cpi cpi = metrics.cpi();
            // a user's series (--cpi FILE) is cited as that file: the BLS did not publish it
            out.putIfAbsent(cpi.sourceUrl(), cpi.file().isPresent()
                    ? new Quote.Citation(cpi.sourceUrl(), "Consumer price index series given with --cpi", null)
                    : new Quote.Citation(Cpi.SOURCE_URL, "Consumer Price Index for All Urban Consumers (CPI-U), series CUUR0000SA0",
                    "U.S. Bureau of Labor Statistics"));
        }
        // vendor sources first, then independent, then secondary, then untiered; order kept within a tier
        List<Quote.Citation> sorted = new ArrayList<>(out.values());
        sorted.sort(java.util.Comparator.comparingInt(c -> c.tier() == null ? 3 : c.tier().ordinal()));
        return List.copyOf(sorted);
    }

    // a URL may come from a part's sheet (8 x tesla-p100-sxm2), so look there after the sheet itself
    private Quote.Citation cite(SpecSheet sheet, String url) {
        List<SpecSheet> where = new ArrayList<>(List.of(sheet));
        where.addAll(catalogue.sheets());
        for (SpecSheet sh : where) {
            for (Source s : sh.sources().values()) {
                if (s.url().equals(url) && (s.title() != null || s.publisher() != null || s.tier() != null)) {
                    return new Quote.Citation(url, s.title(), s.publisher(), s.tier());
                }
            }
        }
        return new Quote.Citation(url, null, null);
    }
}
