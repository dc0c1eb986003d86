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

    @Option(names = "--specs", paramLabel = "DIR", description = "Also load the spec sheets under DIR (repeatable; "
            + "later folders over earlier). A sheet replaces the bundled or earlier sheet of its id; an imported "
            + "(hwcalc import epoch) sheet that duplicates a curated one gives way to it, with a notice.")
    List<Path> specDirs = new ArrayList<>();

    @Option(names = "--no-bundled", description = "Do not load the bundled spec sheets.")
    boolean noBundled;

    @Option(names = "--cpi", paramLabel = "FILE", description = "Adjust for inflation with this price index instead of "
            + "the bundled BLS CPI-U: lines year,value (optionally ,provisional), # comments; bad lines are named FILE:LINE.")
    Path cpi;

    private Engine cached;
    /** Set by DirectRun: load tentatively ({@link Engine#loadTentatively}), confirmed by {@link #confirmed}. */
    boolean tentative;
    private Engine.Tentative loaded;

    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec mixee;
    /** Where notices go when the command was built without picocli (DirectRun), which sets no mixee. */
    java.io.PrintWriter directErr;

    /** The engine over these sheets, loaded once per run; any problem in any file aborts with every problem listed. */
    public Engine engine() {
        if (cached == null) {
            Specs specs = new Specs(!noBundled, specDirs);
            Engine e;
            if (tentative) {
                loaded = Engine.loadTentatively(specs);
                e = loaded.engine();
            } else {
                e = Engine.load(specs);
            }
            cached = cpi == null ? e : e.withCpi(hwcalc.metrics.Cpi.read(cpi));
            java.io.PrintWriter err = mixee != null ? mixee.commandLine().getErr() : directErr;
            if (err != null) { // a notice, not an error: the run goes on with the curated sheet
                List<hwcalc.spec.Layers.Matched> m = cached.matched();
                if (m.size() == 1) {
                    err.println("hwcalc: notice: " + m.get(0).imported().file() + ": " + m.get(0).message());
                } else if (!m.isEmpty()) {
                    List<String> pairs = new ArrayList<>(m.size()); // a loop: a lambda is a bootstrap at start-up (issue 17)
                    for (hwcalc.spec.Layers.Matched x : m) {
                        pairs.add(x.imported().id() + " = " + (x.family().isEmpty() ? x.curated().id() : String.join("|", x.family())));
                    }
                    err.println("hwcalc: notice: " + m.size() + " imported sheets duplicate curated ones,"
                            + " which are used instead: " + String.join(", ", pairs));
                }
            }
        }
        return cached;
    }

    /** Whether what the engine was loaded from still holds (true if it was not loaded, or not tentatively). */
    boolean confirmed() {
        return loaded == null || loaded.confirmed();
    }

    /** Forgets the engine, to load it again, for certain this time. */
    void reload() {
        cached = null;
        loaded = null;
        tentative = false;
    }

    public Catalogue catalogue() {
        return engine().catalogue();
    }
}
