package hwcalc.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hwcalc.units.InputException;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

/** Dates known to the year, month or day, read by hand as the written form's pattern reads them. */
class PartialDateTest {

    /** The written form as a pattern: what the hand-written parser must read, and nothing else. */
    private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private static boolean matchesForm(String text) {
        return FORM.matcher(text.strip()).matches();
    }

    @Test
    void reads_a_year_a_month_or_a_day() {
        assertThat(PartialDate.parse("2016")).isEqualTo(new PartialDate(2016, null, null));
        assertThat(PartialDate.parse(" 2016-04 ")).isEqualTo(new PartialDate(2016, 4, null));
        assertThat(PartialDate.parse("2023-05-29")).isEqualTo(new PartialDate(2023, 5, 29));
        assertThat(PartialDate.parse("1900-01-01")).isEqualTo(new PartialDate(1900, 1, 1));
    }

    @Test
    void refuses_other_forms_and_dates_that_do_not_exist() {
        for (String bad : List.of("", "201", "20166", "2016-4", "2016-04-1", "2016/04", "2016-04-01x", "2016-0a", "x016",
                "2016--04", "2016-04-", "\u0662\u0660\u0661\u0666", "+016", "-016", "2016 -04")) {
            assertThat(matchesForm(bad)).as(bad).isFalse();
            assertThatThrownBy(() -> PartialDate.parse(bad)).as(bad).isInstanceOf(InputException.class).hasMessageContaining("is not a date");
        }
        assertThatThrownBy(() -> PartialDate.parse("2023-02-30")).hasMessageContaining("is not a valid date");
        assertThatThrownBy(() -> PartialDate.parse("2016-13")).hasMessageContaining("month 13");
        assertThatThrownBy(() -> PartialDate.parse("1899")).hasMessageContaining("year 1899");
    }

    /** Any text of digits, dashes and spaces: parse reads it exactly when the pattern matches it, to the same date. */
    @Property(tries = 2000)
    void reads_exactly_what_the_pattern_matches(@ForAll @StringLength(max = 12) @Chars({'0', '1', '2', '9', '-', ' ', 'a'}) String text) {
        boolean matches = matchesForm(text);
        PartialDate read;
        try {
            read = PartialDate.parse(text);
        } catch (InputException e) {
            // refused as a form exactly when the pattern does not match; else out of range (1899, month 13, 02-30)
            assertThat(e.getMessage().contains("is not a date")).as(text).isEqualTo(!matches);
            return;
        }
        assertThat(matches).as(text).isTrue();
        String t = text.strip();
        assertThat(read).isEqualTo(new PartialDate(Integer.parseInt(t.substring(0, 4)),
                t.length() >= 7 ? Integer.valueOf(t.substring(5, 7)) : null, t.length() == 10 ? Integer.valueOf(t.substring(8, 10)) : null));
    }
}
