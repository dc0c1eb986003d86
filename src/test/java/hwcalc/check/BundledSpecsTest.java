package hwcalc.check;

import static org.assertj.core.api.Assertions.assertThat;

import hwcalc.spec.Severity;
import hwcalc.spec.SpecLoader;
import hwcalc.spec.SpecLoader.SpecFile;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The sheets hwcalc ships pass check --strict (the same gate .ci/run applies to specs/). */
class BundledSpecsTest {

    @Test
    void the_bundled_sheets_pass_strictly() {
        List<SpecFile> bundled = SpecLoader.bundledFiles();
        Assumptions.assumeFalse(bundled.isEmpty(), "skipped: no bundled sheets in this build (specs/ is empty)");
        CheckReport r = new Checker(LocalDate.now()).check(List.of(), bundled);
        // notices (a source without a tier) never fail a run; errors and warnings do under --strict
        assertThat(r.findings()).as(r.summary()).filteredOn(f -> f.severity() != Severity.NOTICE).isEmpty();
        assertThat(r.failed(true)).isFalse();
    }
}
