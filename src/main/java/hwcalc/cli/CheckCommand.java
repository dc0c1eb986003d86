package hwcalc.cli;

import hwcalc.engine.Engine;
import hwcalc.check.CheckReport;
import hwcalc.check.Checker;
import hwcalc.spec.SpecLoader;
import hwcalc.spec.SpecLoader.SpecFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hwcalc check [PATH ...]}: the CI gate over spec data (rules in docs/checks.md). */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check spec sheets: schema, units, plausible values, consistency (sparse vs dense, "
                + "tensor ratios, systems vs parts, first principles), dates and provenance.",
                "Without PATH: the bundled sheets plus ./specs when present. With PATH: the sheets under each "
                        + "PATH (files or folders; claims/ folders are skipped); parts resolve against them first, "
                        + "then the bundled sheets, and a sheet with a bundled sheet's id replaces it. PATHs layer as --specs "
                        + "folders do: a sheet in a later PATH replaces one of the same id in an earlier PATH.",
                "Prints file:line:column: severity: message [rule-id], sorted, then a summary."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (and no warnings with --strict)", "1:errors found (or warnings with --strict)",
                "2:a PATH that does not exist or cannot be read"})
public class CheckCommand implements Callable<Integer> {

    /** Output forms of check: text lines, JSON, or GitHub Actions annotations. */
    public enum CheckFormat { TABLE, JSON, GITHUB }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Spec files or folders to check.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--strict", description = "Warnings fail the check too.")
    boolean strict;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output: table (default), json, or github (GitHub Actions workflow annotations).")
    CheckFormat format = CheckFormat.TABLE;

    @Option(names = "--no-bundled", description = "Do not read the bundled sheets (parts resolve only against PATH).")
    boolean noBundled;

    // tests and reproducible CI runs fix the date that dates.future compares with
    @Option(names = "--today", paramLabel = "DATE", hidden = true)
    String today;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() {
        List<SpecFile> bundled = noBundled ? List.of() : SpecLoader.bundledFiles();
        List<SpecFile> context;
        List<List<SpecFile>> layers = new ArrayList<>();
        if (paths.isEmpty()) {
            List<SpecFile> checked = new ArrayList<>();
            Path local = Path.of("specs");
            List<SpecFile> mine = Files.isDirectory(local) ? SpecLoader.folderFiles(local, "specs") : List.of();
            Set<String> replaced = mine.stream().map(CheckCommand::fileName).collect(Collectors.toSet());
            bundled.stream().filter(f -> !replaced.contains(fileName(f))).forEach(checked::add);
            checked.addAll(mine);
            layers.add(checked);
            context = List.of();
        } else {
            for (Path p : paths) {
                layers.add(SpecLoader.folderFiles(p, p.toString().replace('\\', '/')));
            }
            context = bundled;
        }
        CheckReport report = Engine.checkLayers(context, layers, today());
        spec.commandLine().getOut().print(CheckOutput.render(report, format, strict));
        return report.failed(strict) ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
    }

    private LocalDate today() {
        if (today == null) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(today);
        } catch (DateTimeParseException e) {
            throw new UserException("--today: '" + today + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static String fileName(SpecFile f) {
        return f.displayName().substring(f.displayName().lastIndexOf('/') + 1);
    }
}
