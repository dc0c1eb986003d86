package hwcalc.cli;

import hwcalc.spec.Catalogue;
import hwcalc.spec.SpecLoader;
import hwcalc.spec.SpecSheet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Which sheets a command sees: the bundled ones, plus or instead of the user's folders. */
public class CatalogueOptions {

    @Option(names = "--specs", paramLabel = "DIR", description = "Also load the spec sheets under DIR (repeatable); "
            + "a sheet with a bundled sheet's id replaces it.")
    List<Path> specDirs = new ArrayList<>();

    @Option(names = "--no-bundled", description = "Do not load the bundled spec sheets.")
    boolean noBundled;

    private Catalogue cached;

    /** Loads once per run; any problem in any file aborts with every problem listed. */
    public Catalogue catalogue() {
        if (cached == null) {
            List<SpecSheet> bundled = noBundled ? List.of() : SpecLoader.readAll(SpecLoader.bundledFiles());
            List<SpecSheet> mine = new ArrayList<>();
            for (Path dir : specDirs) {
                mine.addAll(SpecLoader.readAll(SpecLoader.folderFiles(dir, dir.toString().replace('\\', '/'))));
            }
            cached = Catalogue.of(bundled, mine);
        }
        return cached;
    }
}
