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

    @Option(names = "--cpi", paramLabel = "FILE", description = "Adjust for inflation with this price index instead of "
            + "the bundled BLS CPI-U: lines year,value (optionally ,provisional), # comments; bad lines are named FILE:LINE.")
    Path cpi;

    private Engine cached;

    /** The engine over these sheets, loaded once per run; any problem in any file aborts with every problem listed. */
    public Engine engine() {
        if (cached == null) {
            Engine e = Engine.load(new Specs(!noBundled, specDirs));
            cached = cpi == null ? e : e.withCpi(hwcalc.metrics.Cpi.read(cpi));
        }
        return cached;
    }

    public Catalogue catalogue() {
        return engine().catalogue();
    }
}
