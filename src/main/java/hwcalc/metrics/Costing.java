package hwcalc.metrics;

import hwcalc.spec.Core;
import hwcalc.spec.Precision;
import hwcalc.spec.Sparsity;
import hwcalc.spec.SpecSheet;
import hwcalc.units.InputException;
import hwcalc.units.Quantity;
import hwcalc.units.Unit;
import hwcalc.units.Units;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cost of a FLOP budget on a chip: chip-hours = budget / (peak per chip x utilisation),
 * wall time = chip-hours / chips, cost = chip-hours x rate per chip-hour (docs/prices.md).
 */
public final class Costing {

    private static final MathContext MC = MathContext.DECIMAL128;
    private static final Unit HOUR = Units.unit("h");
    private static final Unit USD = Units.unit("USD");
    private static final Unit KWH = Units.unit("kWh");

    private final Metrics metrics;

    public Costing(Metrics metrics) {
        this.metrics = metrics;
    }

    /** What to cost: {@code rate} given outright, or else {@code request.price()} (rental or owned) chooses it. */
    public record Ask(Quantity budget, Precision precision, Sparsity sparsity, Core core, long chips,
                      BigDecimal utilisation, Quantity rate, Request request) {
    }

    public CostEstimate estimate(SpecSheet sheet, Ask ask) {
        List<Caveat> caveats = new ArrayList<>();
        Optional<PeakSelector.Selection> sel = metrics.selector().select(sheet, ask.precision(), ask.sparsity(), ask.core());
        if (sel.isEmpty()) {
            throw new InputException(sheet.id() + " has no " + ask.precision().key() + " " + ask.sparsity().key()
                    + " peak to cost a budget on (try --precision)");
        }
        caveats.addAll(sel.get().caveats());
        Peak peak = sel.get().peak();
        Integer perSheet = Metrics.chips(sheet);
        if (perSheet == null) {
            throw new InputException(sheet.id() + " lists no compute parts, so its chip count is unknown; cost a chip sheet");
        }
        BigDecimal util = ask.utilisation() == null ? BigDecimal.ONE : ask.utilisation();
        // the share is stated in the estimate itself (utilisation, utilisationGiven): every output prints it
        Quantity peakPerChip = new Quantity(peak.value().value().divide(BigDecimal.valueOf(perSheet), MC), peak.value().unit());
        Quantity seconds = ask.budget().dividedBy(peakPerChip.times(util));
        Quantity chipHours = seconds.to(HOUR);
        Quantity wall = new Quantity(chipHours.value().divide(BigDecimal.valueOf(ask.chips()), MC), HOUR);

        Quantity rate;
        CostEstimate.RateKind kind;
        hwcalc.spec.Price price = null;
        List<hwcalc.spec.Price> observations = List.of();
        OwnedRate owned = null;
        if (ask.rate() != null) {
            rate = ask.rate().to(Unit.parse("USD/h"));
            kind = CostEstimate.RateKind.GIVEN;
        } else {
            Request r = ask.request();
            if (!r.price().isRental() && !r.price().owned()) {
                throw new InputException("give --rate (e.g. \"2.49 USD/h\") or --price with a rental kind (on-demand...) or owned");
            }
            MetricValue v = metrics.compute(sheet, Metric.USD_PER_CHIP_HOUR, r);
            if (!v.isAvailable()) {
                throw new UnavailableCostException(sheet.id(), v.missing());
            }
            rate = v.value();
            price = v.price();
            observations = v.observations();
            owned = v.owned();
            kind = owned != null ? CostEstimate.RateKind.OWNED : CostEstimate.RateKind.RENTAL;
            v.caveats().stream().filter(c -> !(c instanceof Caveat.Utilisation)).forEach(caveats::add);
        }
        Quantity cost = new Quantity(chipHours.value().multiply(rate.value()), USD);
        Quantity power = metrics.power(sheet, caveats);
        Quantity powerPerChip = power == null ? null
                : new Quantity(power.to(Units.unit("W")).value().divide(BigDecimal.valueOf(perSheet), MC), Units.unit("W"));
        BigDecimal pue = ask.request().ownership().pue();
        Quantity energy = powerPerChip == null ? null
                : powerPerChip.times(chipHours).times(pue == null ? BigDecimal.ONE : pue).to(KWH);
        BigDecimal tariff = ask.request().ownership().usdPerKwh();
        Quantity energyCost = energy == null || tariff == null ? null : new Quantity(energy.value().multiply(tariff), USD);
        return new CostEstimate(sheet, peak, perSheet, peakPerChip, ask.budget(), util, ask.utilisation() != null,
                ask.chips(), chipHours, wall, rate, kind, price, observations, owned, cost, powerPerChip, pue, energy,
                energyCost, caveats);
    }

    /** No rate per chip-hour for this sheet under --price: the typed reason, for the render side to word. */
    public static final class UnavailableCostException extends InputException {
        private final transient Unavailable why;
        private final String sheetId;

        public UnavailableCostException(String sheetId, Unavailable why) {
            super(sheetId + ": no rate per chip-hour (" + why.reason() + ")");
            this.sheetId = sheetId;
            this.why = why;
        }

        public Unavailable why() {
            return why;
        }

        public String sheetId() {
            return sheetId;
        }
    }
}
