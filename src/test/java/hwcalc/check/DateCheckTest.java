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
        // (availability before the announcement is itself an error, dates.order, but the price rule still takes the earlier)
        assertThat(findings("t", "accelerator", "dates: {announced: 2020-05-14, available: 2019-03}", "prices:",
                "  - {amount: 15000 USD, kind: list, date: 2018-06, scope: chip, source: s}")).containsExactly(
                "7 dates.order: available date 2019-03 is before the announcement (2020-05-14): a date in the wrong field,"
                        + " or the wrong year?");
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

    @Test
    void launch_and_availability_before_the_announcement_are_errors_only_when_no_day_overlaps() {
        // 2020 (to 2020-12-31) vs 2020-05-14: could be after, so fine; 2020-05-13 is the day before
        assertThat(findings("t", "accelerator", "dates: {announced: 2020-05-14, launched: 2020, available: 2020-05}")).isEmpty();
        assertThat(findings("t", "accelerator", "dates: {announced: 2020-05-14, launched: 2020-05-14, available: 2020-05-14}"))
                .isEmpty();
        assertThat(findings("t", "accelerator", "dates: {announced: 2020-05-14, launched: 2020-05-13}")).containsExactly(
                "7 dates.order: launched date 2020-05-13 is before the announcement (2020-05-14): a date in the wrong"
                        + " field, or the wrong year?");
        // no announcement: nothing to order against
        assertThat(findings("t", "accelerator", "dates: {launched: 2019, available: 2018}")).isEmpty();
    }

    @Test
    void a_launch_date_after_today_is_a_future_date_and_counts_as_a_release() {
        assertThat(findings("t", "accelerator", "dates: {launched: 2026-12}")).containsExactly(
                "7 dates.future: launched date 2026-12 is after today (2026-11-28)");
        // release = the earliest of the three: launched 2019-03; a price to 2018-06-30 is within a year of 2019-03-01
        assertThat(findings("t", "accelerator", "dates: {launched: 2019-03, available: 2020-05-14}", "prices:",
                "  - {amount: 15000 USD, kind: list, date: 2018-06, scope: chip, source: s}")).isEmpty();
        assertThat(findings("t", "accelerator", "dates: {launched: 2019-08, available: 2020-05-14}", "prices:",
                "  - {amount: 15000 USD, kind: list, date: 2018-06, scope: chip, source: s}")).singleElement().asString()
                .startsWith("9 price.date-before-release:");
    }

    @Test
    void a_preliminary_figure_goes_stale_a_year_after_the_last_day_its_date_can_mean() {
        // today 2026-11-28. 2025-11 ends 2025-11-30; + 1 year = 2026-11-30, not before today: fine.
        // 2025-11-27 + 1 year = 2026-11-27, before today: stale. 2025-11-28 + 1 year is today itself: fine.
        assertThat(findings("t", "accelerator", "power:", "  tdp: {value: 1 kW, source: s, preliminary: true, date: 2025-11}"))
                .isEmpty();
        assertThat(findings("t", "accelerator", "power:",
                "  tdp: {value: 1 kW, source: s, preliminary: true, date: 2025-11-28}")).isEmpty();
        assertThat(findings("t", "accelerator", "power:",
                "  tdp: {value: 1 kW, source: s, preliminary: true, date: 2025-11-27}")).containsExactly(
                "8 dates.stale-preliminary: TDP 1 kW is preliminary, stated 2025-11-27, more than a year before today"
                        + " (2026-11-28): look for the shipping figure; if it is out, make it the value and keep this one as"
                        + " a preliminary alternative");
        // a final figure with a date, and a final figure with an old preliminary alternative, are not stale
        assertThat(findings("t", "accelerator", "power:", "  tdp: {value: 1 kW, source: s, date: 2020}",
                "  max: {value: 2 kW, source: s, alternatives: [{value: 1.8 kW, source: s, preliminary: true, date: 2020}]}"))
                .isEmpty();
    }

    @Test
    void a_stale_preliminary_value_with_a_final_alternative_says_to_swap_them() {
        assertThat(findings("t", "chip", "derivation:", "  units: 10", "  units_source: s",
                "  boost_clock: {value: 1 GHz, source: s, preliminary: true, date: 2020, alternatives: [{value: 1.1 GHz, source: s}]}"))
                .containsExactly("10 dates.stale-preliminary: boost clock 1 GHz is preliminary, stated 2020, more than a"
                        + " year before today (2026-11-28): an alternative is final; make it the value and keep this one as a"
                        + " preliminary alternative");
    }
}
