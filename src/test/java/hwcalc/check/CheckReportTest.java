package hwcalc.check;

import hwcalc.spec.RuleId;
import static org.assertj.core.api.Assertions.assertThat;

import hwcalc.spec.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Counting, failing and summing up findings, and the order and text of one finding. */
class CheckReportTest {

    private static CheckFinding error(int line) {
        return new CheckFinding(new Location("a.yaml", line, 3), RuleId.DATES_FUTURE, "e" + line);
    }

    private static CheckFinding warning(int line) {
        return new CheckFinding(new Location("a.yaml", line, 3), RuleId.GIB_GB, "w" + line);
    }

    @Test
    void errors_and_warnings_are_counted_apart() {
        CheckReport r = new CheckReport(3, List.of(error(1), warning(2), warning(3)));
        assertThat(r.errors()).isEqualTo(1);
        assertThat(r.warnings()).isEqualTo(2);
        assertThat(r.summary()).isEqualTo("3 files checked: 1 error, 2 warnings");
    }

    @Test
    void the_summary_uses_the_singular_for_one() {
        assertThat(new CheckReport(1, List.of(warning(1))).summary()).isEqualTo("1 file checked: 0 errors, 1 warning");
        assertThat(new CheckReport(2, List.of(error(1), error(2))).summary()).isEqualTo("2 files checked: 2 errors, 0 warnings");
    }

    @Test
    void errors_fail_always_and_warnings_only_when_strict() {
        CheckReport warned = new CheckReport(1, List.of(warning(1)));
        assertThat(warned.failed(false)).isFalse();
        assertThat(warned.failed(true)).isTrue();
        CheckReport erred = new CheckReport(1, List.of(error(1)));
        assertThat(erred.failed(false)).isTrue();
        assertThat(new CheckReport(1, List.of()).failed(true)).isFalse();
    }

    @Test
    void findings_are_sorted_by_place_then_rule_then_message() {
        Location at = new Location("a.yaml", 5, 3);
        CheckFinding date = new CheckFinding(at, RuleId.DATES_FUTURE, "z");
        CheckFinding gibB = new CheckFinding(at, RuleId.GIB_GB, "b");
        CheckFinding gibA = new CheckFinding(at, RuleId.GIB_GB, "a");
        CheckFinding earlier = new CheckFinding(new Location("a.yaml", 4, 9), RuleId.GIB_GB, "z");
        // "dates.future" < "values.gib-gb"
        assertThat(new CheckReport(1, List.of(gibB, date, gibA, earlier)).findings()).containsExactly(earlier, date, gibA, gibB);
        assertThat(gibA.compareTo(gibB)).isNegative();
        assertThat(gibB.compareTo(gibA)).isPositive();
    }

    @Test
    void a_finding_prints_as_place_severity_message_and_rule() {
        assertThat(warning(7)).hasToString("a.yaml:7:3: warning: w7 [values.gib-gb]");
        assertThat(error(2)).hasToString("a.yaml:2:3: error: e2 [dates.future]");
    }
}
