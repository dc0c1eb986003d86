package hwcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** hwcalc import epoch-prices through Main.run: the report, the overwrite guard, bad input. */
class ImportEpochPricesCommandTest {

    private static String sample() {
        try {
            return Path.of(ImportEpochPricesCommandTest.class.getResource("/epoch/hardware-prices-sample.csv").toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void imports_and_reports_counts_by_reason(@TempDir Path dir) {
        Path out = dir.resolve("prices");
        Cli r = Cli.run("import", "epoch-prices", sample(), "--out", out.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        // 19 rows: 13 prices from 10 rows, 9 rows skipped (counted in EpochPriceImportTest)
        assertThat(r.out()).startsWith("read 19 rows; wrote 13 prices for 7 sheets to " + out)
                .contains("rows with no price written: 9").contains("1  Example Chip X: hardware name not in the mapping table");
        assertThat(out.resolve("h100-sxm5.yaml")).isRegularFile();
    }

    @Test
    void refuses_to_overwrite_without_force(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("tpu-v5e.yaml"), "mine\n");
        Cli r = Cli.run("import", "epoch-prices", sample(), "--out", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("tpu-v5e.yaml").contains("--force");
        assertThat(Files.readString(dir.resolve("tpu-v5e.yaml"))).isEqualTo("mine\n");
        assertThat(dir.resolve("h100-sxm5.yaml")).doesNotExist(); // nothing at all was written
        assertThat(Cli.run("import", "epoch-prices", sample(), "--out", dir.toString(), "--force").code()).isZero();
        assertThat(Files.readString(dir.resolve("tpu-v5e.yaml"))).contains("prices-for: tpu-v5e");
    }

    @Test
    void a_missing_or_foreign_csv_is_bad_input(@TempDir Path dir) throws IOException {
        assertThat(Cli.run("import", "epoch-prices", dir.resolve("none.csv").toString(), "--out", dir.toString()).code())
                .isEqualTo(2);
        Path chips = dir.resolve("chips.csv");
        Files.writeString(chips, "Hardware name,Type\nX,GPU\n");
        Cli r = Cli.run("import", "epoch-prices", chips.toString(), "--out", dir.resolve("o").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("not Epoch's hardware price file");
    }
}
