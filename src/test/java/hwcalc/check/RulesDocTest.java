package hwcalc.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/checks.md lists exactly the rules hwcalc.check.Rules has, with the same severities. */
class RulesDocTest {
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z]+\\.[a-z0-9-]+)` \\|(?: (error|warning) \\|)?", Pattern.MULTILINE);

    @Test
    void the_rules_page_and_the_rule_list_agree() throws IOException {
        String doc = Files.readString(Path.of("docs/checks.md"));
        Set<String> documented = new TreeSet<>();
        Matcher m = ROW.matcher(doc);
        while (m.find()) {
            documented.add(m.group(1));
            Rule r = Rules.byId(m.group(1));
            // rows without a severity column are the load-time rules, all errors
            assertThat(r.severity().key()).as(m.group(1)).isEqualTo(m.group(2) == null ? "error" : m.group(2));
        }
        Set<String> listed = new TreeSet<>();
        Rules.all().forEach(r -> listed.add(r.id()));
        assertThat(documented).isEqualTo(listed);
    }

    @Test
    void unknown_ids_are_errors_and_a_missing_id_is_the_fallback() {
        assertThat(Rules.byId("something.new").severity()).isEqualTo(Severity.ERROR);
        assertThat(Rules.byId(null)).isEqualTo(Rules.SCHEMA_INVALID);
    }
}
