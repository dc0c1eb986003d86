package hwcalc.check;

import static org.assertj.core.api.Assertions.assertThat;

import hwcalc.spec.RuleId;
import hwcalc.spec.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/checks.md lists exactly the rules of {@link RuleId}, each row with the rule's anchor and
 * severity, so {@link RuleId#docs()} links to the row that explains it.
 */
class RulesDocTest {
    private static final Pattern ROW = Pattern.compile(
            "^\\| <a id=\"([a-z0-9-]+)\"></a>`([a-z]+\\.[a-z0-9-]+)` \\|(?: (error|warning|notice) \\|)?", Pattern.MULTILINE);

    @Test
    void the_rules_page_and_the_rule_list_agree() throws IOException {
        String doc = Files.readString(Path.of(RuleId.DOCS));
        Set<String> documented = new TreeSet<>();
        Matcher m = ROW.matcher(doc);
        while (m.find()) {
            documented.add(m.group(2));
            RuleId r = RuleId.parse(m.group(2)).orElseThrow(() -> new AssertionError("no RuleId " + m.group(2)));
            assertThat(m.group(1)).as("anchor of " + r).isEqualTo(r.anchor());
            // rows without a severity column are the load-time rules, all errors
            assertThat(r.severity().key()).as(m.group(2)).isEqualTo(m.group(3) == null ? "error" : m.group(3));
        }
        Set<String> listed = new TreeSet<>();
        for (RuleId r : RuleId.values()) {
            listed.add(r.id());
        }
        assertThat(documented).isEqualTo(listed);
    }

    @Test
    void ids_parse_exactly_and_anchors_follow_them() {
        assertThat(RuleId.parse(" values.gib-gb ")).contains(RuleId.GIB_GB);
        assertThat(RuleId.parse("values.gib_gb")).isEmpty();
        assertThat(RuleId.parse(null)).isEqualTo(Optional.empty());
        assertThat(RuleId.GIB_GB.anchor()).isEqualTo("values-gib-gb");
        assertThat(RuleId.GIB_GB.docs()).isEqualTo("docs/checks.md#values-gib-gb");
        assertThat(RuleId.GIB_GB.toString()).isEqualTo("values.gib-gb");
        assertThat(RuleId.GIB_GB.severity()).isEqualTo(Severity.WARNING);
        assertThat(RuleId.nearest("values.gib-bg", 1)).containsExactly("values.gib-gb");
    }

    @Test
    void a_problem_no_reader_classified_is_the_fallback_error() {
        CheckFinding f = Checker.finding(new hwcalc.spec.SpecException.Problem(hwcalc.spec.Location.of("x.yaml"), "odd"));
        assertThat(f.rule()).isEqualTo(RuleId.SCHEMA_INVALID);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
    }
}
