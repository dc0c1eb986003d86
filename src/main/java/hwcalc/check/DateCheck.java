package hwcalc.check;

import hwcalc.spec.RuleId;
import hwcalc.spec.Dates;
import hwcalc.spec.Location;
import hwcalc.spec.PartialDate;
import hwcalc.spec.Price;
import hwcalc.spec.Source;
import java.time.LocalDate;
import java.util.List;

/**
 * Dates that cannot be right: after today (a partial date counts from its first day, so
 * 2026-11 is fine on 2026-11-28), and prices dated more than a year before the chip was
 * announced (a predecessor's price, or the wrong year typed).
 */
final class DateCheck implements SheetCheck {

    @Override
    public void check(CheckedSheet cs, CheckContext ctx, List<CheckFinding> out) {
        Dates d = cs.sheet().dates();
        future(d.announced(), "announced", cs.at("dates", "announced"), ctx.today(), out);
        future(d.available(), "available", cs.at("dates", "available"), ctx.today(), out);
        for (Source s : cs.sheet().sources().values()) {
            future(s.seen(), "source '" + s.key() + "' seen", cs.at("sources", s.key(), "seen"), ctx.today(), out);
        }
        PartialDate release = earliest(d.announced(), d.available());
        for (Price p : cs.sheet().prices()) {
            future(p.date(), "price", p.location(), ctx.today(), out);
            if (release != null && end(p.date()).isBefore(release.start().minusYears(1))) {
                long months = java.time.temporal.ChronoUnit.MONTHS.between(end(p.date()), release.start());
                out.add(new CheckFinding(p.location(), RuleId.PRICE_BEFORE_RELEASE, "price " + p.amount() + " dated " + p.date()
                        + " is " + months + " months before the release (" + release + "; a year is allowed):"
                        + " a predecessor's price, or the wrong year?"));
            }
        }
    }

    private static void future(PartialDate date, String what, Location at, LocalDate today, List<CheckFinding> out) {
        if (date != null && date.start().isAfter(today)) {
            out.add(new CheckFinding(at, RuleId.DATES_FUTURE, what + " date " + date + " is after today (" + today + ")"));
        }
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
