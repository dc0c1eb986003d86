package hwcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** hwcalc import epoch through Main.run: the report, the overwrite guard, and the sheets passing check. */
class ImportCommandTest {

    private static String sample() {
        try {
            return Path.of(ImportCommandTest.class.getResource("/epoch/chip-dataset-sample.csv").toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void imports_reports_and_the_result_passes_check(@TempDir Path dir) {
        Path out = dir.resolve("epoch");
        Cli r = Cli.run("import", "epoch", sample(), "--out", out.toString(), "--seen", "2026-11-28");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("read 12 rows; wrote 9 spec sheets to " + out)
                .contains("skipped 3 rows:").contains("ragged row (3 of 53 fields)")
                .contains("1 row was cut in two by a stray carriage return");
        Cli check = Cli.run("check", "--no-bundled", "--today", "2026-11-28", out.toString());
        assertThat(check.code()).isZero();
        // every imported source is tier secondary (its figures come through Epoch's CSV), so each headline figure
        // warns source.secondary-only until someone reads the datasheet; nothing else is found
        assertThat(check.out()).endsWith("9 files checked: 0 errors, 25 warnings\n");
        assertThat(check.out().lines().filter(l -> l.contains(": warning: "))).hasSize(25)
                .allMatch(l -> l.endsWith("[source.secondary-only]"));
    }

    @Test
    void refuses_to_overwrite_without_force(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a100-example.yaml"), "mine\n");
        Cli r = Cli.run("import", "epoch", sample(), "--out", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("a100-example.yaml").contains("--force");
        assertThat(Files.readString(dir.resolve("a100-example.yaml"))).isEqualTo("mine\n");
        assertThat(Cli.run("import", "epoch", sample(), "--out", dir.toString(), "--force").code()).isZero();
        assertThat(Files.readString(dir.resolve("a100-example.yaml"))).contains("id: a100-example");
    }

    @Test
    void a_missing_csv_or_out_option_is_bad_input(@TempDir Path dir) {
        assertThat(Cli.run("import", "epoch", dir.resolve("none.csv").toString(), "--out", dir.toString()).code()).isEqualTo(2);
        Cli noOut = Cli.run("import", "epoch", sample());
        assertThat(noOut.code()).isEqualTo(2);
        assertThat(noOut.err()).contains("--out");
    }
}
