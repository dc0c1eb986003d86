package hwcalc.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of sheets may hold price files (docs/prices.md); the sheet loader leaves them to the price-file reader. */
class PriceFilesSkippedTest {

    @Test
    void a_file_whose_top_level_key_is_prices_for_is_not_read_as_a_sheet(@TempDir Path dir) throws IOException {
        Path sheet = Path.of("specs", "tesla-t4.yaml");
        Files.copy(sheet, dir.resolve("tesla-t4.yaml"));
        Files.createDirectories(dir.resolve("prices/epoch"));
        Files.writeString(dir.resolve("prices/epoch/tesla-t4.yaml"), "# generated\nprices-for: tesla-t4\nprices: []\n");
        assertThat(SpecLoader.folderFiles(dir, "d")).extracting(SpecLoader.SpecFile::displayName).containsExactly("d/tesla-t4.yaml");
        assertThat(SpecLoader.isPriceFile(new SpecLoader.SpecFile("x", "id: x\nnote: \"prices-for: y\"\n".getBytes()))).isFalse();
    }

    @Test
    void the_bundled_folder_with_its_price_files_loads(@TempDir Path dir) {
        // specs/ as the build bundles it, price files under specs/prices/ included: every file read is a sheet
        assertThat(SpecLoader.readAll(SpecLoader.folderFiles(Path.of("specs"), "specs"))).hasSizeGreaterThan(60);
    }
}
