package hwcalc.check;

import static hwcalc.check.Sheets.findings;
import static org.assertj.core.api.Assertions.assertThat;

import hwcalc.spec.PartialDate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** dates.future and price.date-before-release, with today fixed at 2026-11-28. */
class DateCheckTest {

    @Test
    void an_availability_date_after_today_is_flagged_and_this_month_is_not() {
        assertThat(findings("t", "accelerator", "dates: {announced: 2026-11, available: 2026-12}")).containsExactly(
                "7 dates.future: available date 2026-12 is after today (2026-11-28)");
    }

    @Test
    void a_price_dated_after_today_is_flagged() {
        assertThat(findings("t", "accelerator", "prices:",
                "  - {amount: 15000 USD, kind: list, date: 2026-12, scope: chip, source: s}")).containsExactly(
                "8 dates.future: price date 2026-12 is after today (2026-11-28)");
    }

    @Test
    void the_release_is_the_earlier_of_announcement_and_availability() {
        // price to 2018-06-30; a year before 2019-03-01 is 2018-03-01: allowed. Against 2020-05-14 it would not be.
        assertThat(findings("t", "accelerator", "dates: {announced: 2020-05-14, available: 2019-03}", "prices:",
                "  - {amount: 15000 USD, kind: list, date: 2018-06, scope: chip, source: s}")).isEmpty();
        assertThat(findings("t", "accelerator", "dates: {announced: 2019-03, available: 2020-05-14}", "prices:",
                "  - {amount: 15000 USD, kind: list, date: 2018-06, scope: chip, source: s}")).isEmpty();
    }

    @Test
    void a_price_more_than_a_year_before_the_release_is_flagged_in_months() {
        // release 2020-05-14 (announced, before availability 2020-06); 2019-04 ends 2019-04-30, before 2019-05-14;
        // 2019-04-30 to 2020-05-14 is 12 whole months
        assertThat(findings("t", "accelerator", "dates: {announced: 2020-05-14, available: 2020-06}", "prices:",
                "  - {amount: 15000 USD, kind: list, date: 2019-04, scope: chip, source: s}")).containsExactly(
                "9 price.date-before-release: price 15000 USD dated 2019-04 is 12 months before the release (2020-05-14;"
                        + " a year is allowed): a predecessor's price, or the wrong year?");
    }

    @Test
    void a_partial_date_ends_on_its_last_possible_day() {
        assertThat(DateCheck.end(PartialDate.parse("2016"))).isEqualTo(LocalDate.of(2016, 12, 31));
        assertThat(DateCheck.end(PartialDate.parse("2016-02"))).isEqualTo(LocalDate.of(2016, 2, 29)); // leap year
        assertThat(DateCheck.end(PartialDate.parse("2016-04-05"))).isEqualTo(LocalDate.of(2016, 4, 5));
    }
}
