package hwcalc.check;

import hwcalc.spec.RuleId;
import static org.assertj.core.api.Assertions.assertThat;

import hwcalc.spec.Severity;
import hwcalc.spec.SpecLoader.SpecFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every broken sheet fails with exactly the rule ids and lines its {@code # expect:} comments
 * name (the wording may change; the rule and the line may not), with the sound sheets of
 * check/good as the context parts resolve against.
 */
class BrokenCorpusTest {

    @TestFactory
    Stream<DynamicTest> each_broken_case_fails_with_its_rule_and_line() {
        return CheckFixtures.brokenCases().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            List<SpecFile> files = CheckFixtures.files(p, "broken/" + p.getFileName());
            Set<String> expected = CheckFixtures.expectations(files);
            assertThat(expected).as("a broken case says what it expects").isNotEmpty();
            CheckReport r = new Checker(CheckFixtures.TODAY).check(CheckFixtures.good(), files);
            assertThat(CheckFixtures.found(r, expected)).as(r.findings().toString()).isEqualTo(expected);
        }));
    }

    @Test
    void every_rule_has_a_broken_case() {
        Set<String> covered = new TreeSet<>();
        for (Path p : CheckFixtures.brokenCases()) {
            for (String e : CheckFixtures.expectations(CheckFixtures.files(p, "x"))) {
                covered.add(e.substring(e.indexOf(' ') + 1));
            }
        }
        Set<String> rules = new TreeSet<>();
        for (RuleId r : RuleId.values()) {
            rules.add(r.id());
        }
        rules.remove(RuleId.SCHEMA_INVALID.id()); // the fallback for problems no reader classified
        rules.remove(RuleId.LAYER_REPLACED.id()); // needs two PATHs, which a case folder is not: cli.SpecsLayeringTest
        assertThat(covered).containsAll(rules);
    }

    @Test
    void the_good_sheets_pass_strictly() {
        CheckReport r = new Checker(CheckFixtures.TODAY).check(List.of(), CheckFixtures.good());
        assertThat(r.findings()).filteredOn(f -> f.severity() != Severity.NOTICE).isEmpty();
        assertThat(r.failed(true)).isFalse();
        assertThat(r.files()).isEqualTo(8);
    }
}
