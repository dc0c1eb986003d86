package hwcalc.epoch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports Epoch's full price file when ../shared/data/epoch holds it (it is not part of this
 * repository): every row is written or skipped with a reason, more than 200 on-demand prices
 * are matched, every name is in the mapping table, and the bundled specs/prices/epoch files are
 * exactly what the importer makes from it (so they are regenerated, never edited by hand).
 */
class EpochPricesRealDataTest {
    private static final Path REAL = Path.of("..", "shared", "data", "epoch", "hardware-prices.csv");
    private static final Path BUNDLED = Path.of("specs", "prices", "epoch");

    private static void assumeReal() {
        Assumptions.assumeTrue(Files.isRegularFile(REAL), "skipped: " + REAL.toAbsolutePath() + " is not present");
    }

    @Test
    void imports_every_row_of_the_real_file(@TempDir Path out) throws IOException {
        assumeReal();
        PriceImportReport r = new EpochPriceImport().run(REAL, out, false);
        assertThat(r.rows()).isEqualTo(591);
        assertThat(r.pricesByKind().get("on-demand")).isGreaterThan(200);
        assertThat(r.unmatched().values()).noneMatch(u -> u.reason().equals(PriceModels.Reason.NOT_IN_TABLE.words));
        assertThat(r.skippedRows().keySet()).noneMatch(k -> k.startsWith("provider not in the tier table"));
        // each row is either written (one price or more) or skipped with one reason
        long written = r.written().stream().mapToLong(EpochPricesRealDataTest::rowsIn).sum();
        assertThat(written + r.skipped()).isEqualTo(r.rows());
        // the sheets the issue names are all there
        assertThat(r.written()).extracting(p -> p.getFileName().toString().replace(".yaml", "")).contains("a100-sxm4-40gb",
                "a100-sxm4-80gb", "h100-sxm5", "h100-pcie", "tesla-k80", "tesla-t4", "tpu-v3", "tpu-v4", "tpu-v5e", "tpu-v6e",
                "rtx-3090", "rtx-4090", "l40s", "a10", "a10g", "l40", "rtx-a6000", "a100-pcie-40gb", "a100-pcie-80gb");
    }

    @Test
    void the_bundled_price_files_are_what_the_importer_makes(@TempDir Path out) throws IOException {
        assumeReal();
        PriceImportReport r = new EpochPriceImport().run(REAL, out, false);
        List<String> bundled;
        try (Stream<Path> s = Files.list(BUNDLED)) {
            bundled = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
        }
        assertThat(bundled).containsExactlyElementsOf(r.written().stream().map(p -> p.getFileName().toString()).sorted().toList());
        for (Path f : r.written()) {
            assertThat(Files.readString(BUNDLED.resolve(f.getFileName()))).as(f.getFileName().toString())
                    .isEqualTo(Files.readString(f));
        }
    }

    /** The distinct Epoch rows a file's notes name ("Epoch row 437"). */
    private static long rowsIn(Path file) {
        try {
            return java.util.regex.Pattern.compile("Epoch row (\\d+)[;\"]").matcher(Files.readString(file)).results()
                    .map(m -> m.group(1)).distinct().count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
