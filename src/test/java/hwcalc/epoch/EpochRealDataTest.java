package hwcalc.epoch;

import static org.assertj.core.api.Assertions.assertThat;

import hwcalc.check.CheckReport;
import hwcalc.check.Checker;
import hwcalc.spec.SpecLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
