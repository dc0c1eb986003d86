package hwcalc.epoch;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * One price an Epoch row gives, for one sheet, before it is written. Rental amounts are per
 * chip-hour (USD/h), as Epoch records them; purchase amounts are USD (a system's price per GPU
 * when {@code scope} is system).
 *
 * @param chips    the instance's or system's GPU count, or null
 * @param provider the cloud provider (rental kinds), or null
 * @param tier     the provider tier (rental kinds), or null
 * @param region   Epoch's Location, or null
 * @param note     Epoch's row number, description and notes; any flag is added when the file is built
 */
record PriceObservation(String sheet, BigDecimal amount, String kind, String scope, Integer chips, String provider,
                        String tier, String region, LocalDate date, String url, boolean approx, String note, long row) {

    /** The kinds in the order docs/prices.md lists them; files sort by it after the date. */
    static final List<String> KINDS = List.of("list", "reseller", "estimate", "press", "street", "on-demand", "spot",
            "commit-1y", "commit-3y");

    boolean rental() {
        return KINDS.indexOf(kind) >= KINDS.indexOf("on-demand");
    }

    String unit() {
        return rental() ? "USD/h" : "USD";
    }

    /** Date, then provider, kind, amount and Epoch's row: the same rows always give the same file. */
    static final Comparator<PriceObservation> ORDER = Comparator.comparing(PriceObservation::date)
            .thenComparing(o -> o.provider() == null ? "" : o.provider())
            .thenComparingInt(o -> KINDS.indexOf(o.kind()))
            .thenComparing(PriceObservation::amount)
            .thenComparingLong(PriceObservation::row);

    PriceObservation withNote(String more) {
        return new PriceObservation(sheet, amount, kind, scope, chips, provider, tier, region, date, url, approx,
                note + "; " + more, row);
    }
}
