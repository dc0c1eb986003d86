package hwcalc.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of sheets may hold price files (docs/prices.md): the loader reads them as price files, not as sheets. */
class PriceFilesSkippedTest {

    @Test
    void a_file_whose_top_level_key_is_prices_for_is_read_as_a_price_file(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("specs", "tesla-t4.yaml"), dir.resolve("tesla-t4.yaml"));
        Files.createDirectories(dir.resolve("prices/epoch"));
        Files.writeString(dir.resolve("prices/epoch/tesla-t4.yaml"), "# generated\nprices-for: tesla-t4\nsources: {}\nprices: []\n");
        SpecLoader.Loaded l = SpecLoader.load(SpecLoader.folderFiles(dir, "d"));
        assertThat(l.sheets()).extracting(SpecSheet::id).containsExactly("tesla-t4");
        assertThat(l.priceFiles()).extracting(PriceFile::sheetId).containsExactly("tesla-t4");
    }

    @Test
    void the_bundled_folder_with_its_price_files_loads_and_every_price_file_names_a_sheet() {
        // specs/ as the build bundles it, price files under specs/prices/ included
        SpecLoader.Loaded l = SpecLoader.load(SpecLoader.folderFiles(Path.of("specs"), "specs"));
        assertThat(l.sheets()).hasSizeGreaterThan(60);
        assertThat(l.priceFiles()).hasSizeGreaterThan(30);
        Catalogue.of(l.sheets()).withPrices(l.priceFiles()); // throws if one names no sheet
    }
}
