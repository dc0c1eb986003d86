package hwcalc.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The commonest command lines, {@code hwcalc compare ID ID...} with no option but which sheets
 * to load ({@code --specs DIR}, {@code --specs=DIR}, {@code --no-bundled}), run without picocli:
 * building picocli's model of the root command and of compare (reflection on every field and
 * mixin, annotation proxies, its converter registry) was a third of that run (issue 17). Only
 * such a line is taken: any argument that picocli could read otherwise (another option, {@code --},
 * an {@code @file}, a folder that starts with '-', {@code --no-bundled} twice, which picocli
 * refuses) goes the usual way. DirectRunTest checks that the command built
 * here is, field for field, the one picocli builds, and that both print the same.
 */
final class DirectRun {

    private DirectRun() {
    }

    private static final String SPECS = "--specs";
    private static final String SPECS_EQ = SPECS + "=";
    private static final String NO_BUNDLED = "--no-bundled";

    /** Whether {@code args} is {@code compare}, one or more plain ids, and only the options this class reads. */
    static boolean accepts(String... args) {
        return compare(args) != null;
    }

    /** The command picocli would build for {@code args}, with its defaults; null if {@link #accepts} does not take it. */
    static CompareCommand compare(String... args) {
        if (args.length < 2 || !args[0].equals("compare")) {
            return null;
        }
        CompareCommand c = new CompareCommand();
        c.catalogue = new CatalogueOptions();
        c.format = new FormatOption();
        c.basis = new BasisOptions();
        c.ids = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            String dir = a.equals(SPECS) && i + 1 < args.length ? args[++i]
                    : a.startsWith(SPECS_EQ) ? a.substring(SPECS_EQ.length()) : null;
            if (dir != null) {
                java.nio.file.Path p = folder(dir);
                if (p == null) {
                    return null;
                }
                c.catalogue.specDirs.add(p);
            } else if (a.equals(NO_BUNDLED) && !c.catalogue.noBundled) {
                c.catalogue.noBundled = true;
            } else if (plain(a)) {
                c.ids.add(a);
            } else {
                return null;
            }
        }
        return c.ids.isEmpty() ? null : c;
    }

    /** An argument picocli reads as it is: not an option, {@code --} or an {@code @file}. */
    private static boolean plain(String arg) {
        return !arg.startsWith("-") && !arg.startsWith("@");
    }

    /** The folder picocli would convert {@code arg} to; null for one it might read otherwise or refuse. */
    private static java.nio.file.Path folder(String arg) {
        if (arg.isEmpty() || !plain(arg)) {
            return null;
        }
        try {
            return java.nio.file.Path.of(arg);
        } catch (java.nio.file.InvalidPathException e) {
            return null; // picocli says what is wrong with it
        }
    }

    /**
     * Runs the command {@link #compare} built, as picocli would, with the same error handling
     * (Main.report). With folders, on a catalogue loaded tentatively: what it prints is held back
     * until the folders are confirmed unchanged, and if they are not, the command runs again on a
     * catalogue built from the files (compare has no effect but its output).
     */
    static int run(PrintWriter out, PrintWriter err, CompareCommand c) {
        if (c.catalogue.specDirs.isEmpty()) {
            return runOnce(out, err, c);
        }
        java.io.StringWriter heldOut = new java.io.StringWriter();
        java.io.StringWriter heldErr = new java.io.StringWriter();
        c.catalogue.tentative = true;
        PrintWriter o = new PrintWriter(heldOut);
        PrintWriter e = new PrintWriter(heldErr);
        int code = runOnce(o, e, c);
        o.flush();
        e.flush();
        if (c.catalogue.confirmed()) {
            out.print(heldOut);
            err.print(heldErr);
            return code;
        }
        c.catalogue.reload();
        return runOnce(out, err, c);
    }

    private static int runOnce(PrintWriter out, PrintWriter err, CompareCommand c) {
        c.catalogue.directErr = err; // notices of imported sheets set aside go where picocli would send them
        try {
            return c.run(out, err);
        } catch (RuntimeException | Error e) { // what picocli's handler and Main's catch of an Error get
            return Main.report(e, err, false); // no --debug: it is an option
        }
    }
}
