package hwcalc.cli;

import hwcalc.engine.Engine;
import hwcalc.engine.Specs;
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

    private Engine cached;

    /** The engine over these sheets, loaded once per run; any problem in any file aborts with every problem listed. */
    public Engine engine() {
        if (cached == null) {
            cached = Engine.load(new Specs(!noBundled, specDirs));
        }
        return cached;
    }

    public Catalogue catalogue() {
        return engine().catalogue();
    }
}
