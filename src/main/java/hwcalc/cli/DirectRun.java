package hwcalc.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The commonest command line, {@code hwcalc compare ID ID...} with no option, run without
 * picocli: building picocli's model of the root command and of compare (reflection on every
 * field and mixin, annotation proxies, its converter registry) was a third of that run (issue 17).
 * Only a line of plain ids is taken: any argument that picocli could read otherwise (an option,
 * {@code --}, an {@code @file}) goes the usual way. DirectRunTest checks that the command built
 * here is, field for field, the one picocli builds, and that both print the same.
 */
final class DirectRun {

    private DirectRun() {
    }

    /** Whether {@code args} is {@code compare} and one or more plain ids. */
    static boolean accepts(String... args) {
        if (args.length < 2 || !args[0].equals("compare")) {
            return false;
        }
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("-") || args[i].startsWith("@")) {
                return false;
            }
        }
        return true;
    }

    /** The command picocli would build for {@code args} (which {@link #accepts}), with its defaults. */
    static CompareCommand compare(String... args) {
        CompareCommand c = new CompareCommand();
        c.catalogue = new CatalogueOptions();
        c.format = new FormatOption();
        c.basis = new BasisOptions();
        c.ids = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
        return c;
    }

    /** Runs {@code args} (which {@link #accepts}) as picocli would, with the same error handling (Main.report). */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        // no --specs, so no imported sheet and no notice of one (CatalogueOptions prints those via picocli's spec)
        CompareCommand c = compare(args);
        try {
            return c.run(out, err);
        } catch (RuntimeException | Error e) { // what picocli's handler and Main's catch of an Error get
            return Main.report(e, err, false); // no --debug: it is an option
        }
    }
}
