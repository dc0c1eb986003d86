package hwcalc.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hwcalc.metrics.CostEstimate;
import hwcalc.spec.Price;
import hwcalc.units.Quantity;
import hwcalc.units.Units;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Words and digits for {@link CostEstimate}: chip-hours, wall time, cost and energy, with the
 * precision, utilisation and price basis on every output (text, JSON, CSV).
 */
public final class CostReport {

    private final CostEstimate e;
    private final int digits;
    private final Wording wording;

    public CostReport(CostEstimate e, int digits, Wording wording) {
        this.e = e;
        this.digits = digits;
        this.wording = wording;
    }

    /** "BF16 dense tensor": the basis every output names. */
    public String basis() {
        return e.peak().precision().name() + " " + e.peak().sparsity().key() + " " + e.peak().core().key();
    }

    public String rateBasis() {
        return switch (e.rateKind()) {
            case GIVEN -> "the rate given, " + Money.text(e.rate(), digits) + " per chip";
            case RENTAL -> e.price().kind().label() + " " + Money.text(e.rate(), digits) + " per chip, "
                    + CompareReport.observed(e.price());
            case OWNED -> CompareReport.owned(e.owned());
        };
    }

    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append("Cost of ").append(sci(e.budget().value())).append(' ').append(e.budget().unit().symbol())
                .append(" on ").append(e.sheet().id()).append(" at ").append(basis()).append(", ")
                .append(Numbers.format(e.utilisation().movePointRight(2), 4)).append("% utilisation")
                .append(e.utilisationGiven() ? "" : " (none given: peak, so a lower bound on time and cost)").append(".\n\n");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("chip-hours", Numbers.group(e.chipHours().value().setScale(0, java.math.RoundingMode.HALF_UP).toPlainString()),
                sci(e.budget().value()) + " " + e.budget().unit().symbol() + " / (" + Numbers.format(e.peakPerChip().value(), 5) + " "
                        + e.peakPerChip().unit().symbol() + " per chip x " + e.utilisation().toPlainString() + ") / 3600"));
        rows.add(List.of("wall time on " + e.chips() + " chip" + (e.chips() == 1 ? "" : "s"), duration(e.wallTime()),
                "chip-hours / " + e.chips()));
        // whole dollars, then the figure a reader quotes: $1,747,692 (about $1.75 million)
        String dollars = "$" + Numbers.group(e.cost().value().setScale(0, java.math.RoundingMode.HALF_UP).toPlainString());
        String about = LocalNumbers.usdEn(e.cost().value(), 3);
        rows.add(List.of("cost", dollars + (about.equals(dollars) ? "" : " (about " + about + ")"),
                "chip-hours x " + Money.text(e.rate(), 4) + " per chip"));
        if (e.energy() != null) {
            rows.add(List.of("energy", Numbers.format(e.energy().value(), digits) + " kWh",
                    "chip-hours x " + e.powerPerChip() + " per chip" + (e.pue() == null ? " (chips only; no --pue given)"
                            : " x PUE " + e.pue().toPlainString())));
        }
        if (e.energyCost() != null) {
            rows.add(List.of("energy cost", Money.text(e.energyCost(), digits),
                    e.rateKind() == CostEstimate.RateKind.OWNED && e.owned().energy() != null ? "included in the cost above"
                            : e.rateKind() == CostEstimate.RateKind.OWNED ? "not in the cost above (hardware only)"
                            : "included in a rental rate; shown for scale"));
        }
        b.append(new Table(List.of("figure", "value", "how"), rows).toText());
        b.append("\nBasis:\n");
        b.append("  peak: ").append(e.peak().value()).append(" (").append(basis()).append(", ")
                .append(e.peak().basis().name().toLowerCase(java.util.Locale.ROOT)).append(")")
                .append(e.chipsPerSheet() > 1 ? " over " + e.chipsPerSheet() + " chips" : "").append('\n');
        b.append("  rate: ").append(rateBasis()).append('\n');
        LinkedHashSet<String> notes = new LinkedHashSet<>();
        e.caveats().forEach(c -> notes.add(wording.caveat(c)));
        notes.forEach(n -> b.append("  ").append(n).append('\n'));
        List<String> urls = sources();
        if (!urls.isEmpty()) {
            b.append("\nSources:\n");
            for (int i = 0; i < urls.size(); i++) {
                b.append("  [").append(i + 1).append("] ").append(urls.get(i)).append('\n');
            }
        }
        credits().forEach(c -> b.append("\nData credit: ").append(c.text()).append(c.url() == null ? "" : ", " + c.url()).append('\n'));
        return b.toString();
    }

    private List<String> sources() {
        LinkedHashSet<String> out = new LinkedHashSet<>(e.peak().sourceUrls());
        for (Price p : e.observations()) {
            out.addAll(hwcalc.metrics.Peaks.urls(e.sheet(), p.sources()));
        }
        if (e.owned() != null) {
            out.addAll(hwcalc.metrics.Peaks.urls(e.sheet(), e.owned().purchase().sources()));
        }
        return List.copyOf(out);
    }

    private List<Price.Credit> credits() {
        LinkedHashSet<Price.Credit> out = new LinkedHashSet<>();
        e.observations().forEach(p -> {
            if (p.credit() != null) {
                out.add(p.credit());
            }
        });
        return List.copyOf(out);
    }

    /** A budget as people write it: 1e24, 3.14e23; small counts in digits. */
    static String sci(BigDecimal v) {
        if (v.abs().compareTo(new BigDecimal("1e7")) < 0) {
            return Numbers.group(v.stripTrailingZeros().toPlainString());
        }
        return v.stripTrailingZeros().toString().replace("E+", "e").replace("E", "e");
    }

    /** Hours under two days, else days, else years: the unit a reader thinks in. */
    static String duration(Quantity hours) {
        BigDecimal h = hours.to(Units.unit("h")).value();
        if (h.compareTo(BigDecimal.valueOf(48)) < 0) {
            return Numbers.format(h, 3) + " hours";
        }
        BigDecimal days = h.divide(BigDecimal.valueOf(24), java.math.MathContext.DECIMAL128);
        if (days.compareTo(BigDecimal.valueOf(730)) < 0) {
            return Numbers.format(days, 3) + " days";
        }
        return Numbers.format(days.divide(new BigDecimal("365.25"), java.math.MathContext.DECIMAL128), 3) + " years";
    }

    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        o.put("id", e.sheet().id());
        o.put("budgetFlop", Json.plain(e.budget().to(Units.unit("FLOP")).value()));
        o.put("precision", e.peak().precision().key());
        o.put("sparsity", e.peak().sparsity().key());
        o.put("core", e.peak().core().key());
        o.put("peakPerChip", Json.plain(e.peakPerChip().value()));
        o.put("peakPerChipUnit", e.peakPerChip().unit().symbol());
        o.put("utilisation", Json.plain(e.utilisation()));
        o.put("utilisationGiven", e.utilisationGiven());
        o.put("chips", e.chips());
        o.put("chipHours", Json.plain(e.chipHours().value()));
        o.put("wallTimeHours", Json.plain(e.wallTime().value()));
        o.put("ratePerChipHour", Json.plain(e.rate().value()));
        o.put("rateKind", Json.key(e.rateKind()));
        o.put("rateBasis", rateBasis());
        if (e.price() != null) {
            o.put("priceKind", e.price().kind().key());
            o.put("priceDate", e.price().date().toString());
            if (e.price().provider() != null) {
                o.put("provider", e.price().provider());
                o.put("providerTier", e.price().providerTier().key());
            }
        }
        o.put("costUsd", Json.plain(e.cost().value()));
        if (e.energy() != null) {
            o.put("energyKwh", Json.plain(e.energy().value()));
        }
        if (e.pue() != null) {
            o.put("pue", Json.plain(e.pue()));
        }
        if (e.energyCost() != null) {
            o.put("energyCostUsd", Json.plain(e.energyCost().value()));
        }
        ArrayNode notes = o.putArray("notes");
        e.caveats().forEach(c -> notes.add(wording.caveat(c)));
        ArrayNode src = o.putArray("sources");
        sources().forEach(src::add);
        ArrayNode cr = o.putArray("credits");
        credits().forEach(c -> cr.addObject().put("text", c.text()).put("url", c.url()));
        return o;
    }

    /** One row, exact numbers, units in the header: for spreadsheets. */
    public Table data() {
        return new Table(List.of("id", "precision", "sparsity", "core", "utilisation", "chips", "chipHours", "wallTimeHours",
                "ratePerChipHourUsd", "rateKind", "costUsd", "energyKwh", "energyCostUsd"),
                List.of(List.of(e.sheet().id(), e.peak().precision().key(), e.peak().sparsity().key(), e.peak().core().key(),
                        e.utilisation().toPlainString(), Long.toString(e.chips()), e.chipHours().value().toPlainString(),
                        e.wallTime().value().toPlainString(), e.rate().value().toPlainString(), Json.key(e.rateKind()),
                        e.cost().value().toPlainString(), e.energy() == null ? "" : e.energy().value().toPlainString(),
                        e.energyCost() == null ? "" : e.energyCost().value().toPlainString())));
    }
}
