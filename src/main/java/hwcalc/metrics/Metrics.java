package hwcalc.metrics;

import hwcalc.spec.Figure;
import hwcalc.spec.Price;
import hwcalc.spec.SpecSheet;
import hwcalc.units.Quantity;
import hwcalc.units.Unit;
import hwcalc.units.Units;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Computes every {@link Metric} for a sheet under a {@link Request}. Each result carries its
 * arithmetic and basis; a missing input gives an unavailable result that says which.
 */
public final class Metrics {

    private final Peaks peaks;
    private final PeakSelector selector;
    private final Cpi cpi;

    public Metrics(Peaks peaks, Cpi cpi) {
        this.peaks = peaks;
        this.selector = new PeakSelector(peaks);
        this.cpi = cpi;
    }

    public PeakSelector selector() {
        return selector;
    }

    public Cpi cpi() {
        return cpi;
    }

    public MetricValue compute(SpecSheet sheet, Metric m, Request r) {
        boolean integer = r.precision().isInteger();
        Unit unit = Unit.parse(m.unit(integer));
        List<Caveat> notes = new ArrayList<>();
        LinkedHashSet<String> urls = new LinkedHashSet<>();
        Peak peak = null;
        if (m.usesPeak()) {
            Optional<PeakSelector.Selection> sel = selector.select(sheet, r.precision(), r.sparsity(), r.core());
            if (sel.isEmpty()) {
                return MetricValue.unavailable(m, sheet, selector.whyMissing(sheet, r.precision(), r.sparsity()));
            }
            peak = sel.get().peak();
            notes.addAll(sel.get().caveats());
            urls.addAll(peak.sourceUrls());
        }
        Price price = null;
        Quantity amount = null;
        Integer year = null;
        if (m == Metric.PRICE || m == Metric.USD_PER_TFLOPS || m == Metric.FLOPS_PER_USD || m == Metric.USD_PER_GB) {
            Optional<Price> p = sheet.price();
            if (p.isEmpty()) {
                return MetricValue.unavailable(m, sheet, Unavailable.of(Unavailable.Reason.NO_PRICE));
            }
            price = p.get();
            amount = price.amount();
            if (!"USD".equals(amount.dimension().currency())) {
                // exchange rates are not spec data; a EUR price is shown by show, never converted silently
                return MetricValue.unavailable(m, sheet, new Unavailable(Unavailable.Reason.NOT_USD, null, null, amount.unit().symbol()));
            }
            year = price.date().year();
            urls.addAll(Peaks.urls(sheet, price.sources()));
            if (r.adjustTo() != null) {
                amount = new Quantity(cpi.adjust(amount.value(), year, r.adjustTo()), amount.unit());
                year = r.adjustTo();
                if (cpi.isProvisional(r.adjustTo()) || cpi.isProvisional(price.date().year())) {
                    notes.add(new Caveat.ProvisionalCpi(cpi.isProvisional(r.adjustTo()) ? r.adjustTo() : price.date().year()));
                }
            }
        }
        return switch (m) {
            case PEAK -> done(m, sheet, peak.value().to(unit), describe(peak), notes, urls, peak, null, null);
            case PRICE -> done(m, sheet, amount, price.amount() + " (" + price.kind().label() + ", " + price.date()
                    + ", per " + price.scope().key() + ")" + (r.adjustTo() == null ? ""
                    : " x CPI-U " + r.adjustTo() + " / CPI-U " + price.date().year()), notes, urls, null, price, year);
            case USD_PER_TFLOPS -> done(m, sheet, amount.dividedBy(peak.value()).to(unit),
                    amount + " / " + peak.value(), notes, urls, peak, price, year);
            case FLOPS_PER_USD -> done(m, sheet, peak.value().dividedBy(amount).to(unit),
                    peak.value() + " / " + amount, notes, urls, peak, price, year);
            case USD_PER_GB -> usdPerGb(m, sheet, amount, unit, notes, urls, price, year);
            case FLOPS_PER_WATT -> flopsPerWatt(m, sheet, peak, unit, notes, urls);
            case BYTES_PER_FLOP, RIDGE_POINT -> balance(m, sheet, peak, unit, notes, urls);
            case ENERGY_COST -> energy(m, sheet, r, notes, urls);
            case TIME_TO_COMPUTE -> time(m, sheet, peak, r, unit, notes, urls);
        };
    }

    private MetricValue usdPerGb(Metric m, SpecSheet sheet, Quantity amount, Unit unit, List<Caveat> notes,
                                 LinkedHashSet<String> urls, Price price, Integer year) {
        Quantity gb = capacity(sheet, notes, urls);
        if (gb == null) {
            return MetricValue.unavailable(m, sheet, Unavailable.of(Unavailable.Reason.NO_MEMORY_CAPACITY));
        }
        return done(m, sheet, amount.dividedBy(gb).to(unit), amount + " / " + gb, notes, urls, null, price, year);
    }

    private MetricValue flopsPerWatt(Metric m, SpecSheet sheet, Peak peak, Unit unit, List<Caveat> notes, LinkedHashSet<String> urls) {
        Quantity w = power(sheet, notes, urls);
        if (w == null) {
            return MetricValue.unavailable(m, sheet, Unavailable.of(Unavailable.Reason.NO_POWER));
        }
        return done(m, sheet, peak.value().dividedBy(w).to(unit), peak.value() + " / " + w, notes, urls, peak, null, null);
    }

    private MetricValue balance(Metric m, SpecSheet sheet, Peak peak, Unit unit, List<Caveat> notes, LinkedHashSet<String> urls) {
        Quantity bw = bandwidth(sheet, notes, urls);
        if (bw == null) {
            return MetricValue.unavailable(m, sheet, Unavailable.of(Unavailable.Reason.NO_MEMORY_BANDWIDTH));
        }
        return m == Metric.BYTES_PER_FLOP
                ? done(m, sheet, bw.dividedBy(peak.value()).to(unit), bw + " / " + peak.value(), notes, urls, peak, null, null)
                : done(m, sheet, peak.value().dividedBy(bw).to(unit), peak.value() + " / " + bw, notes, urls, peak, null, null);
    }

    private MetricValue energy(Metric m, SpecSheet sheet, Request r, List<Caveat> notes, LinkedHashSet<String> urls) {
        if (r.usdPerKwh() == null || r.years() == null) {
            return MetricValue.unavailable(m, sheet, Unavailable.of(Unavailable.Reason.NEEDS_ENERGY_INPUTS));
        }
        Quantity w = power(sheet, notes, urls);
        if (w == null) {
            return MetricValue.unavailable(m, sheet, Unavailable.of(Unavailable.Reason.NO_POWER));
        }
        BigDecimal util = r.utilisation() == null ? BigDecimal.ONE : r.utilisation();
        notes.add(new Caveat.Utilisation(sheet.id(), util, r.utilisation() != null, true));
        Quantity hours = new Quantity(r.years().multiply(new BigDecimal("8766")), Units.unit("h")); // 365.25 days
        Quantity kwh = w.times(hours).times(util).to(Units.unit("kWh"));
        Quantity cost = new Quantity(kwh.value().multiply(r.usdPerKwh()), Units.unit("USD"));
        return done(m, sheet, cost, w + " x " + r.years().toPlainString() + " yr x 8766 h/yr x " + util.toPlainString()
                + " utilisation x " + r.usdPerKwh().toPlainString() + " USD/kWh", notes, urls, null, null, null);
    }

    private MetricValue time(Metric m, SpecSheet sheet, Peak peak, Request r, Unit unit, List<Caveat> notes, LinkedHashSet<String> urls) {
        if (r.flopBudget() == null) {
            return MetricValue.unavailable(m, sheet, Unavailable.of(Unavailable.Reason.NEEDS_FLOP_BUDGET));
        }
        BigDecimal util = r.utilisation() == null ? BigDecimal.ONE : r.utilisation();
        notes.add(new Caveat.Utilisation(sheet.id(), util, r.utilisation() != null, false));
        Quantity effective = peak.value().times(util);
        return done(m, sheet, r.flopBudget().dividedBy(effective).to(unit), r.flopBudget() + " / (" + peak.value() + " x "
                + util.toPlainString() + ")", notes, urls, peak, null, null);
    }

    private static MetricValue done(Metric m, SpecSheet sheet, Quantity v, String arithmetic, List<Caveat> notes,
                                    LinkedHashSet<String> urls, Peak peak, Price price, Integer year) {
        return new MetricValue(m, sheet, v, arithmetic, notes, List.copyOf(urls), peak, price, year, null);
    }

    static String describe(Peak p) {
        return p.value() + " (" + p.tags() + ", " + p.basis().label()
                + (p.arithmetic() == null ? "" : ": " + p.arithmetic()) + ")";
    }

    /** Declared capacity, else the sum over parts. */
    public Quantity capacity(SpecSheet sheet, List<Caveat> notes) {
        return capacity(sheet, notes, new LinkedHashSet<>());
    }

    public Quantity bandwidth(SpecSheet sheet, List<Caveat> notes) {
        return bandwidth(sheet, notes, new LinkedHashSet<>());
    }

    /** TDP or maximum draw; else the parts' TDPs summed, noted as chips only. */
    public Quantity power(SpecSheet sheet, List<Caveat> notes) {
        return power(sheet, notes, new LinkedHashSet<>());
    }

    private Quantity capacity(SpecSheet sheet, List<Caveat> notes, Set<String> urls) {
        return figureOrSum(sheet, sheet.memory().capacity(), s -> s.memory().capacity(), Caveat.Field.MEMORY_CAPACITY, notes, urls);
    }

    private Quantity bandwidth(SpecSheet sheet, List<Caveat> notes, Set<String> urls) {
        return figureOrSum(sheet, sheet.memory().bandwidth(), s -> s.memory().bandwidth(), Caveat.Field.MEMORY_BANDWIDTH, notes, urls);
    }

    private Quantity power(SpecSheet sheet, List<Caveat> notes, Set<String> urls) {
        return figureOrSum(sheet, sheet.power().forMetrics(), s -> s.power().forMetrics(), Caveat.Field.POWER, notes, urls);
    }

    /** The declared figure, else the sum over parts; either way its sources go into urls, so a quote cites them. */
    private Quantity figureOrSum(SpecSheet sheet, Figure declared, java.util.function.Function<SpecSheet, Figure> field,
                                 Caveat.Field what, List<Caveat> notes, Set<String> urls) {
        if (declared != null) {
            urls.addAll(Peaks.urls(sheet, declared.sources()));
            return declared.value();
        }
        Optional<Peaks.Sum> sum = peaks.sumOfParts(sheet, field);
        if (sum.isPresent()) {
            notes.add(new Caveat.SumOfParts(sheet.id(), what, sum.get().arithmetic()));
            urls.addAll(sum.get().sourceUrls());
            return sum.get().value();
        }
        return null;
    }
}
