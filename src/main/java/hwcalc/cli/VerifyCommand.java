package hwcalc.cli;

import hwcalc.claims.ClaimFile;
import hwcalc.claims.ClaimFiles;
import hwcalc.claims.Verification;
import hwcalc.metrics.Cpi;
import hwcalc.report.Json;
import hwcalc.report.VerifyReport;
import hwcalc.spec.SpecLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hwcalc verify [FILE ...]}: check published claims against the spec sheets. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check the claims in claims files (docs/claims.md) against the spec sheets and print each verdict "
                + "(holds, off, misleading, unverifiable) with its arithmetic.",
                "Exits 1 when any verdict differs from the one the file expects, so a publication can run it in CI."})
public class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    CatalogueOptions catalogue;
    @Mixin
    FormatOption format;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Claims files or folders (default: the bundled claims).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--digits", paramLabel = "N", defaultValue = "4", converter = hwcalc.cli.options.Bounded.Digits.class,
            description = "Significant figures for display (default: ${DEFAULT-VALUE}); integer digits are never dropped.")
    int digits;

    @Override
    public Integer call() {
        Verification v = catalogue.engine().verify(files);
        VerifyReport report = new VerifyReport(v, digits, Render.wording());
        var out = spec.commandLine().getOut();
        switch (format.format()) {
            case JSON -> out.print(Json.write(report.toJson()));
            case CSV -> out.print(report.summary().toCsv());
            case MARKDOWN -> out.print(report.toText(true));
            default -> out.print(report.toText(false));
        }
        if (!v.unexpected().isEmpty()) {
            spec.commandLine().getErr().println("hwcalc: " + report.totals());
            return ExitCodes.CHECK_FAILED;
        }
        return ExitCodes.OK;
    }
}
