package hwcalc;

import hwcalc.spec.Catalogue;
import hwcalc.spec.SpecLoader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** Test catalogues from src/test/resources/fixtures, located on the class path (not the working directory). */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path dir(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** chip-a (a P100-like chip: 21.2 TFLOPS FP16, $10,500) and box-b (8 x chip-a, 170 TFLOPS, $129,000). */
    public static Catalogue basic() {
        return Catalogue.of(SpecLoader.readAll(SpecLoader.folderFiles(dir("basic"), "basic")), List.of());
    }
}
