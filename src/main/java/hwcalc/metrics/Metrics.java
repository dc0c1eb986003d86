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
        Quantity high = null;
        Integer year = null;
        List<Price> observations = List.of();
        boolean usesPrice = m == Metric.PRICE || m == Metric.USD_PER_TFLOPS || m == Metric.FLOPS_PER_USD
                || m == Metric.USD_PER_GB || m.perChipHour();
        if (usesPrice) {
            PriceSelector sel = r.price();
            boolean hourly = sel.isRental() || sel.owned();
            if (m.perChipHour() && !hourly) {
                return MetricValue.unavailable(m, sheet, Unavailable.of(Unavailable.Reason.NEEDS_HOURLY_PRICE));
            }
            if (!m.perChipHour() && m != Metric.PRICE && sel.isRental()) {
                return MetricValue.unavailable(m, sheet, Unavailable.of(Unavailable.Reason.RENTAL_NOT_PURCHASE));
            }
            Optional<PriceChoice> choice = sel.isDefault()
                    ? sheet.price().map(p -> new PriceChoice(p, List.of(p), PriceSelector.Statistic.FIRST))
                    : PriceChoice.choose(sheet.prices(), sel);
            if (choice.isEmpty()) {
                return MetricValue.unavailable(m, sheet, sel.isDefault() || sel.owned() && sel.kinds().isEmpty()
                        && sel.year() == null ? Unavailable.of(Unavailable.Reason.NO_PRICE)
                        : new Unavailable(Unavailable.Reason.NO_MATCHING_PRICE, null, null,
                        sel.kinds().stream().map(hwcalc.spec.PriceKind::key).sorted().collect(java.util.stream.Collectors.joining(", "))));
            }
            price = choice.get().price();
            observations = choice.get().observations();
            amount = price.amount();
            high = price.high();
            String currency = price.isRental() ? amount.dimension().currencyPerTime() : amount.dimension().currency();
            if (!"USD".equals(currency)) {
                // exchange rates are not spec data; a EUR price is shown by show, never converted silently
                return MetricValue.unavailable(m, sheet, new Unavailable(Unavailable.Reason.NOT_USD, null, null, amount.unit().symbol()));
            }
            year = price.date().year();
            for (Price o : observations) {
                urls.addAll(Peaks.urls(sheet, o.sources()));
            }
            if (r.adjustTo() != null) {
                amount = new Quantity(cpi.adjust(amount.value(), year, r.adjustTo()), amount.unit());
                high = high == null ? null : new Quantity(cpi.adjust(high.value(), year, r.adjustTo()), high.unit());
                year = r.adjustTo();
                if (cpi.isProvisional(r.adjustTo()) || cpi.isProvisional(price.date().year())) {
                    notes.add(new Caveat.ProvisionalCpi(cpi.isProvisional(r.adjustTo()) ? r.adjustTo() : price.date().year(), cpi.file()));
                }
            }
        }
        if (m.perChipHour()) {
            return hourly(m, sheet, r, peak, price, amount, high, year, observations, notes, urls);
        }
        return switch (m) {
            case PEAK -> done(m, sheet, peak.value().to(unit), describe(peak), notes, urls, peak, null, null);
            case PRICE -> ranged(done(m, sheet, amount, price.amount() + (price.high() == null ? "" : " to " + price.high())
                    + " (" + price.kind().label() + ", " + price.date()
                    + ", per " + price.scope().key() + ")" + (r.adjustTo() == null ? ""
                    : " x " + cpi.symbol() + " " + r.adjustTo() + " / " + cpi.symbol() + " " + price.date().year()), notes, urls, null, price, year),
                    high, observations);
            case USD_PER_TFLOPS -> ranged(done(m, sheet, amount.dividedBy(peak.value()).to(unit),
                    amount + " / " + peak.value(), notes, urls, peak, price, year),
                    high == null ? null : high.dividedBy(peak.value()).to(unit), observations);
            // more dollars buy fewer FLOP/s per dollar: the range's top price gives its bottom value
            case FLOPS_PER_USD -> high == null ? done(m, sheet, peak.value().dividedBy(amount).to(unit),
                    peak.value() + " / " + amount, notes, urls, peak, price, year)
                    : ranged(done(m, sheet, peak.value().dividedBy(high).to(unit), peak.value() + " / " + high, notes, urls,
                    peak, price, year), peak.value().dividedBy(amount).to(unit), observations);
            case USD_PER_GB -> usdPerGb(m, sheet, amount, unit, notes, urls, price, year);
            case FLOPS_PER_WATT -> flopsPerWatt(m, sheet, peak, unit, notes, urls);
            case BYTES_PER_FLOP, RIDGE_POINT -> balance(m, sheet, peak, unit, notes, urls);
            case ENERGY_COST -> energy(m, sheet, r, notes, urls);
            case TIME_TO_COMPUTE -> time(m, sheet, peak, r, unit, notes, urls);
            case USD_PER_CHIP_HOUR, USD_PER_PFLOP_HOUR -> throw new IllegalStateException("handled above");
        };
    }

    /** How many chips a sheet's figures cover: its compute parts' counts, or one for a part-less chip; null for a part-less system. */
    public static Integer chips(SpecSheet sheet) {
        int n = 0;
        for (hwcalc.spec.Part p : sheet.parts()) {
            if (p.role() == hwcalc.spec.Part.Role.COMPUTE) {
                n += p.count();
            }
        }
        if (n > 0) {
            return n;
        }
        return switch (sheet.kind()) {
            case CHIP, ACCELERATOR, CPU -> 1;
            case SYSTEM, SERVER, CLUSTER -> null;
        };
    }

    /** Dollars per chip-hour (a rental rate, or the owned cost) and per effective PFLOP-hour. */
    private MetricValue hourly(Metric m, SpecSheet sheet, Request r, Peak peak, Price price, Quantity amount, Quantity high,
                               Integer year, List<Price> observations, List<Caveat> notes, LinkedHashSet<String> urls) {
        Integer chips = chips(sheet);
        Quantity rate;
        Quantity rateHigh = null;
        OwnedRate owned = null;
        String arithmetic;
        if (r.price().owned()) {
            if (chips == null || price.scope() == hwcalc.spec.PriceScope.SYSTEM && sheet.parts().isEmpty()) {
                return MetricValue.unavailable(m, sheet, Unavailable.of(Unavailable.Reason.NO_CHIP_COUNT));
            }
            // a chip's own price buys one chip; a board or system price buys every compute chip in it
            // with chips: the amount is already per chip (a system's price / its chips, as Epoch stores DGX prices)
            int bought = price.scope() == hwcalc.spec.PriceScope.CHIP || price.chips() != null ? 1 : chips;
            Quantity power = power(sheet, notes, urls);
            Quantity powerBought = power == null ? null : bought == chips ? power
                    : new Quantity(power.value().multiply(BigDecimal.valueOf(bought)).divide(BigDecimal.valueOf(chips),
                    java.math.MathContext.DECIMAL128), power.unit());
            owned = OwnedRate.of(price, amount, bought, powerBought, r.ownership());
            if (owned.energy() == null) {
                notes.add(new Caveat.EnergyNotCounted(sheet.id()));
            }
            rate = owned.perChipHour();
            if (high != null) {
                rateHigh = OwnedRate.of(price, high, bought, powerBought, r.ownership()).perChipHour();
            }
            arithmetic = amount + " / " + bought + " chip(s) x " + r.ownership().depreciation().toPlainString()
                    + " x ln 10 / 8760 h" + (owned.energy() == null ? "" : " + " + owned.powerPerChip() + " x PUE "
                    + r.ownership().pue().toPlainString() + " x " + r.ownership().usdPerKwh().toPlainString() + " USD/kWh");
        } else {
            rate = amount;
            rateHigh = high;
            arithmetic = amount + " (" + price.kind().label() + (price.provider() == null ? "" : ", " + price.provider())
                    + ", " + price.date() + ")";
        }
        if (m == Metric.USD_PER_CHIP_HOUR) {
            return new MetricValue(m, sheet, rate, arithmetic, notes, List.copyOf(urls), null, price, year, null, rateHigh,
                    observations, owned);
        }
        if (chips == null) {
            return MetricValue.unavailable(m, sheet, Unavailable.of(Unavailable.Reason.NO_CHIP_COUNT));
        }
        BigDecimal util = r.utilisation() == null ? BigDecimal.ONE : r.utilisation();
        notes.add(new Caveat.Utilisation(sheet.id(), util, r.utilisation() != null, false));
        java.math.MathContext mc = java.math.MathContext.DECIMAL128;
        Quantity perChipPeak = new Quantity(peak.value().value().divide(BigDecimal.valueOf(chips), mc), peak.value().unit());
        Quantity effective = perChipPeak.times(util);
        hwcalc.units.Unit unit = hwcalc.units.Unit.parse(m.unit(r.precision().isInteger()));
        Quantity v = rate.dividedBy(effective).to(unit);
        Quantity vHigh = rateHigh == null ? null : rateHigh.dividedBy(effective).to(unit);
        return new MetricValue(m, sheet, v, rate + " / (" + perChipPeak + " per chip x " + util.toPlainString() + ")", notes,
                List.copyOf(urls), peak, price, year, null, vHigh, observations, owned);
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

    private static MetricValue ranged(MetricValue v, Quantity high, List<Price> observations) {
        return new MetricValue(v.metric(), v.sheet(), v.value(), v.arithmetic(), v.caveats(), v.sourceUrls(), v.peak(),
                v.price(), v.dollarYear(), v.missing(), high, observations, null);
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
