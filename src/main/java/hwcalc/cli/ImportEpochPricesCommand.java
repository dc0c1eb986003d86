package hwcalc.cli;

import hwcalc.epoch.EpochPriceImport;
import hwcalc.epoch.PriceImportReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hwcalc import epoch-prices CSV [--out DIR]}: Epoch AI's price observations as one price file per sheet. */
@Command(name = "epoch-prices", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Import Epoch AI's hardware price observations (data/Hardware prices.csv in "
                + "github.com/epoch-research/training-cost-trends, CC BY 4.0) as one price file per bundled sheet.",
                "Each row's hardware name is mapped to a sheet by an explicit table; cloud prices become on-demand, "
                        + "commit-1y and commit-3y prices per chip-hour with the provider's tier; a purchase price is kept "
                        + "where Epoch's Notes say which kind. Every row keeps its own source URL and date; rows that give "
                        + "no price are counted by reason (docs/prices.md, \"Epoch import\")."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:imported", "2:unreadable CSV, or files in DIR that would be overwritten without --force"})
public class ImportEpochPricesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CSV", description = "Epoch's hardware price CSV.")
    Path csv;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "specs/prices/epoch",
            description = "Folder for the price files (created if missing; default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--force", description = "Overwrite price files that exist in DIR.")
    boolean force;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(csv)) {
            throw new UserException(csv + ": no such file");
        }
        TerminalProgress progress = TerminalProgress.on(spec.commandLine().getErr());
        PriceImportReport report;
        try {
            report = new EpochPriceImport(progress).run(csv, out, force);
        } catch (IOException e) {
            throw new UserException("cannot import " + csv + " into " + out + ": " + e.getMessage());
        } finally {
            progress.clear(); // before the summary or the error, which start on a clean line
        }
        spec.commandLine().getOut().print(report.summary(out));
        return ExitCodes.OK;
    }
}
