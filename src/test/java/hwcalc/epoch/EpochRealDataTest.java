package hwcalc.epoch;

import static org.assertj.core.api.Assertions.assertThat;

import hwcalc.check.CheckReport;
import hwcalc.check.Checker;
import hwcalc.spec.RuleId;
import hwcalc.spec.Severity;
import hwcalc.spec.SpecLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports Epoch's full chip dataset when ../shared/data/epoch holds it (it is not part of this
 * repository): every row is written or skipped with a reason, and every sheet loads.
 */
class EpochRealDataTest {
    private static final Path REAL = Path.of("..", "shared", "data", "epoch", "chip-dataset.csv");

    @Test
    void imports_every_row_of_the_real_dataset(@TempDir Path out) throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(REAL), "skipped: " + REAL.toAbsolutePath() + " is not present");
        ImportReport r = new EpochImport(EpochImportTest.SEEN).run(REAL, out, false);
        assertThat(r.rows()).isGreaterThan(5000);
        assertThat(r.written().size() + r.skipped()).isEqualTo(r.rows());
        assertThat(r.skippedRows().keySet()).noneMatch(reason -> reason.startsWith("sheet would not load"));
        List<SpecLoader.SpecFile> files = SpecLoader.folderFiles(out, "out");
        assertThat(SpecLoader.readAll(files)).hasSize(r.written().size());
        CheckReport check = new Checker(EpochImportTest.SEEN).check(List.of(), files);
        assertThat(check.findings()).noneMatch(f -> f.rule().id().startsWith("schema.") || f.rule().id().startsWith("yaml.")
                || f.rule().id().startsWith("provenance."));
    }

    /**
     * Issue 16: check over a fresh import, beside the bundled sheets, passes with a folder of
     * corrections on top. Its one error is cerebras-cs-3's 21 PB/s without a die size; the
     * correction (src/test/resources/epoch/corrections) adds the WSE-3's 46,225 mm2.
     */
    @Test
    void check_over_the_real_import_passes_with_the_corrections_folder_on_top(@TempDir Path out) throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(REAL), "skipped: " + REAL.toAbsolutePath() + " is not present");
        new EpochImport(EpochImportTest.SEEN).run(REAL, out, false);
        List<SpecLoader.SpecFile> imported = SpecLoader.folderFiles(out, "out");
        Path fixes = Path.of("src", "test", "resources", "epoch", "corrections");
        List<SpecLoader.SpecFile> corrections = SpecLoader.folderFiles(fixes, "fixes");
        Checker checker = new Checker(LocalDate.of(2026, 12, 2)); // the corrections were written then

        CheckReport alone = checker.checkLayers(SpecLoader.bundledFiles(), List.of(imported));
        assertThat(alone.findings()).filteredOn(f -> f.severity() == Severity.ERROR)
                .extracting(f -> f.location().file() + " " + f.rule().id())
                .containsExactly("out/cerebras-cs-3.yaml values.implausible-bandwidth");

        CheckReport layered = checker.checkLayers(SpecLoader.bundledFiles(), List.of(imported, corrections));
        assertThat(layered.failed(false)).as(layered.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList().toString())
                .isFalse();
        assertThat(layered.findings()).filteredOn(f -> f.rule() == RuleId.LAYER_REPLACED)
                .extracting(f -> f.location().file()).containsExactly("out/cerebras-cs-3.yaml");
    }
}
