package hwcalc.check;

import hwcalc.spec.RuleId;
import hwcalc.spec.Dates;
import hwcalc.spec.Figure;
import hwcalc.spec.Location;
import hwcalc.spec.PartialDate;
import hwcalc.spec.Price;
import hwcalc.spec.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * Dates that cannot be right: after today (a partial date counts from its first day, so
 * 2026-11 is fine on 2026-11-28); a launch or availability before the announcement (only when
 * every day the one can mean is before every day the other can: 2016 vs 2016-04 is not a
 * finding); prices dated more than a year before the chip was announced (a predecessor's price,
 * or the wrong year typed). And a figure still marked preliminary more than a year after it was
 * stated: the shipping figure is out by then.
 */
final class DateCheck implements SheetCheck {

    @Override
    public void check(CheckedSheet cs, CheckContext ctx, List<CheckFinding> out) {
        Dates d = cs.sheet().dates();
        // a location is looked up only for a finding: most dates are fine
        LocalDate today = ctx.today();
        future(d.announced(), "announced", () -> cs.at("dates", "announced"), today, out);
        future(d.launched(), "launched", () -> cs.at("dates", "launched"), today, out);
        future(d.available(), "available", () -> cs.at("dates", "available"), today, out);
        beforeAnnounced(d.launched(), "launched", () -> cs.at("dates", "launched"), d.announced(), out);
        beforeAnnounced(d.available(), "available", () -> cs.at("dates", "available"), d.announced(), out);
        for (Figures.Named n : Figures.all(cs.sheet())) {
            stalePreliminary(n, today, out);
        }
        for (Source s : cs.sheet().sources().values()) {
            future(s.seen(), "source '" + s.key() + "' seen", () -> cs.at("sources", s.key(), "seen"), today, out);
        }
        PartialDate release = earliest(earliest(d.announced(), d.launched()), d.available());
        for (Price p : cs.sheet().prices()) {
            future(p.date(), "price", p::location, today, out);
            if (release != null && end(p.date()).isBefore(release.start().minusYears(1))) {
                long months = java.time.temporal.ChronoUnit.MONTHS.between(end(p.date()), release.start());
                out.add(new CheckFinding(p.location(), RuleId.PRICE_BEFORE_RELEASE, "price " + p.amount() + " dated " + p.date()
                        + " is " + months + " months before the release (" + release + "; a year is allowed):"
                        + " a predecessor's price, or the wrong year?"));
            }
        }
    }

    /** A price file's prices dated after today. */
    static void futurePrices(List<Price> prices, LocalDate today, List<CheckFinding> out) {
        for (Price p : prices) {
            future(p.date(), "price", p::location, today, out);
        }
    }

    private static void future(PartialDate date, String what, Supplier<Location> at, LocalDate today, List<CheckFinding> out) {
        if (date != null && date.start().isAfter(today)) {
            out.add(new CheckFinding(at.get(), RuleId.DATES_FUTURE, what + " date " + date + " is after today (" + today + ")"));
        }
    }

    private static void beforeAnnounced(PartialDate date, String what, Supplier<Location> at, PartialDate announced,
                                        List<CheckFinding> out) {
        if (date != null && announced != null && end(date).isBefore(announced.start())) {
            out.add(new CheckFinding(at.get(), RuleId.DATES_ORDER, what + " date " + date + " is before the announcement ("
                    + announced + "): a date in the wrong field, or the wrong year?"));
        }
    }

    /** A preliminary figure whose stated date ended more than a year before today. */
    private static void stalePreliminary(Figures.Named n, LocalDate today, List<CheckFinding> out) {
        Figure f = n.figure();
        if (!f.preliminary() || f.date() == null || !end(f.date()).plusYears(1).isBefore(today)) {
            return;
        }
        boolean finalAlternative = f.alternatives().stream().anyMatch(a -> !a.preliminary());
        out.add(new CheckFinding(f.location(), RuleId.STALE_PRELIMINARY, n.name() + " " + f.value()
                + " is preliminary, stated " + f.date() + ", more than a year before today (" + today + "): "
                + (finalAlternative ? "an alternative is final; make it the value and keep this one as a preliminary"
                + " alternative" : "look for the shipping figure; if it is out, make it the value and keep this one"
                + " as a preliminary alternative")));
    }

    private static PartialDate earliest(PartialDate a, PartialDate b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** The last day a partial date can mean: 2016 -> 2016-12-31, 2016-04 -> 2016-04-30. */
    static LocalDate end(PartialDate d) {
        if (d.month() == null) {
            return LocalDate.of(d.year(), 12, 31);
        }
        LocalDate first = LocalDate.of(d.year(), d.month(), 1);
        return d.day() == null ? first.withDayOfMonth(first.lengthOfMonth()) : first.withDayOfMonth(d.day());
    }
}
