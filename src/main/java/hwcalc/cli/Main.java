package hwcalc.cli;

import hwcalc.report.SafeText;
import hwcalc.spec.SpecException;
import hwcalc.report.ErrorWords;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/** Entry point. {@link #run} is what tests call; {@code main} only exits with its code. */
public final class Main {

    /** Exit code for a bug in hwcalc itself (never for bad input). */
    public static final int INTERNAL_ERROR = ExitCodes.INTERNAL_ERROR;

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command line, printing to the given writers; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, null, args);
    }

    /**
     * As {@link #run(PrintWriter, PrintWriter, String...)}, with other words for every fact (null:
     * the usual ones): a test swaps them to show that no verdict, ranking or exit code depends on wording.
     */
    static int run(PrintWriter out, PrintWriter err, hwcalc.report.Wording wording, String... args) {
        Render.override(wording);
        try {
            return execute(out, err, args);
        } finally {
            Render.override(null);
        }
    }

    private static int execute(PrintWriter rawOut, PrintWriter rawErr, String... args) {
        PrintWriter out = new PrintWriter(new PrintableWriter(rawOut), true);
        PrintWriter err = new PrintWriter(new PrintableWriter(rawErr), true);
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // what picocli's printVersionHelp prints, without first building the model of the
            // whole command line, which was most of --version's time (issue 17; MainTest compares)
            for (String line : new VersionProvider().getVersion()) {
                out.println(line); // picocli formats each line, but these hold no % (StartupPathsTest compares)
            }
            out.flush();
            err.flush();
            return ExitCodes.OK;
        }
        String usage = BundledUsage.asked(args) ? BundledUsage.bundled() : null;
        if (usage != null) {
            // straight to the raw writer, in one piece: hwcalc's own words, rendered at build time
            // from its annotations, with no input in them (PrintableWriter's char-by-char path was
            // a third of this run's time, interpreted)
            rawOut.print(usage);
            rawOut.flush();
            return ExitCodes.OK;
        }
        CompareCommand direct = DirectRun.compare(args); // null: a line only picocli reads
        if (direct != null) {
            int code = DirectRun.run(out, err, direct);
            out.flush();
            err.flush();
            return code;
        }
        CommandLine cl = commandLine(out, err, args);
        int code;
        try {
            code = cl.execute(args);
        } catch (Error e) { // e.g. OutOfMemoryError or a broken jar: still one line, never a raw trace
            code = report(e, err, debug(cl));
        }
        out.flush();
        err.flush();
        return code;
    }

    /** Whether --debug was given, read from what picocli parsed (never by scanning the raw arguments). */
    static boolean debug(CommandLine cl) {
        for (CommandLine.ParseResult pr = cl.getParseResult(); pr != null; pr = pr.subcommand()) {
            if (pr.hasMatchedOption("--debug")) {
                return true; // an inherited option: it may be matched on the subcommand
            }
        }
        return false;
    }

    /**
     * The subcommands' names, in the order usage lists them; {@link #subcommand} builds one on
     * demand. picocli reads each command's annotations by reflection, which costs start-up time,
     * so a run builds only the subcommand it names (all of them for help, or when the name is
     * unknown and picocli should suggest one). A switch, not a map of constructor references:
     * those would load every command class and the lambda machinery even for --version.
     */
    static final List<String> SUBCOMMANDS = List.of("completion", "list", "show", "compare", "rank", "calc", "cost",
            "check", "import", "plot", "trend", "verify", "quote", "scan");

    /** A new instance of the subcommand {@code name}, one of {@link #SUBCOMMANDS}. */
    static Object subcommand(String name) {
        return switch (name) {
            case "completion" -> new CompletionCommand();
            case "list" -> new ListCommand();
            case "show" -> new ShowCommand();
            case "compare" -> new CompareCommand();
            case "rank" -> new RankCommand();
            case "calc" -> new CalcCommand();
            case "cost" -> new CostCommand();
            case "check" -> new CheckCommand();
            case "import" -> new ImportCommand();
            case "plot" -> new PlotCommand();
            case "trend" -> new TrendCommand();
            case "verify" -> new VerifyCommand();
            case "quote" -> new QuoteCommand();
            case "scan" -> new ScanCommand();
            default -> throw new IllegalArgumentException("no subcommand " + name);
        };
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new HwcalcCommand());
        String named = Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse(null);
        if (named != null && SUBCOMMANDS.contains(named)) {
            cl.addSubcommand(named, subcommand(named));
        } else if (named == null) {
            // no subcommand on the line (--help, --version, nothing, a bad option): what is printed
            // needs only their names and first lines, not picocli's model of every option
            for (String name : SUBCOMMANDS) {
                cl.addSubcommand(name, listing(name, subcommand(name)));
            }
        } else {
            for (String name : SUBCOMMANDS) {
                cl.addSubcommand(name, subcommand(name));
            }
        }
        cl.setOut(out);
        cl.setErr(err);
        // no colours: PrintableWriter shows every escape as visible text, so on a terminal picocli's
        // ANSI help came out as "\x1b[1mhwcalc\x1b[21m..."; plain help reads the same everywhere
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // enum values read and are named in lower case, as the docs write them (fp16, accelerator, json)
        for (Class<?> e : List.of(hwcalc.spec.Kind.class, hwcalc.spec.Core.class, hwcalc.report.Format.class,
                QuoteCommand.QuoteFormat.class, CheckCommand.CheckFormat.class)) {
            registerLowerCase(cl, e);
        }
        cl.setExitCodeExceptionMapper(ExitCodes::of);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> report(ex, commandLine.getErr(), debug(cl)));
        cl.setParameterExceptionHandler((ex, rest) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            e.println("hwcalc: error: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, e);
            e.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCodes.BAD_INPUT;
        });
        return cl;
    }

    /**
     * A subcommand as the top-level usage lists it (its name, aliases, header and description,
     * whether hidden), read from its {@code @Command} alone: picocli's full model of a command
     * reflects on every field, mixin and converter type, which for all subcommands was most of
     * what {@code --version} and {@code --help} spent (issue 17). MainTest checks that the usage
     * printed this way is the usage printed with every subcommand built in full.
     */
    static CommandLine.Model.CommandSpec listing(String name, Object command) {
        CommandLine.Command c = command.getClass().getAnnotation(CommandLine.Command.class);
        CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create().name(name).aliases(c.aliases());
        spec.usageMessage().header(c.header()).description(c.description()).hidden(c.hidden());
        return spec;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void registerLowerCase(CommandLine cl, Class e) {
        cl.registerConverter(e, v -> lowerCase((Class<? extends Enum>) e, (String) v));
    }

    /** An enum constant from its name in any case; an unknown one names the values in lower case. */
    static <E extends Enum<E>> E lowerCase(Class<E> type, String value) {
        for (E c : type.getEnumConstants()) {
            if (c.name().equalsIgnoreCase(value.strip().replace('-', '_'))) {
                return c;
            }
        }
        throw new CommandLine.TypeConversionException("'" + value + "' is not one of " + java.util.Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).collect(java.util.stream.Collectors.joining(", ")));
    }

    /** Prints one problem the way a user should see it, and returns its exit code (ExitCodes.of). */
    static int report(Throwable ex, PrintWriter err, boolean debug) {
        if (debug) {
            ex.printStackTrace(err);
        }
        int code = ExitCodes.of(ex);
        if (ex instanceof SpecException se) {
            for (SpecException.Problem p : se.problems()) {
                err.println(SafeText.terminal(p.location() + ": error: " + p.message())); // one line, whatever a key held
            }
        } else if (code == ExitCodes.BAD_INPUT) {
            err.println("hwcalc: error: " + SafeText.terminal(ErrorWords.of(ex)));
        } else {
            err.println("hwcalc: internal error: " + SafeText.terminal(String.valueOf(ex)) + (debug ? "" : " (run with --debug for details; please report it)"));
        }
        err.flush();
        return code;
    }
}
