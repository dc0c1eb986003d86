package hwcalc.cli;

import hwcalc.engine.Engine;
import hwcalc.epoch.EpochImport;
import hwcalc.epoch.ImportReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hwcalc import epoch CSV --out DIR}: Epoch AI's chip dataset as one spec sheet per chip. */
@Command(name = "epoch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Import Epoch AI's chip dataset (data/Chip dataset-Grid view.csv in "
                + "github.com/epoch-research/training-cost-trends, CC BY 4.0) as one spec sheet per chip.",
                "Figures keep Epoch's meaning: dense rates; FP16 (half precision) on vector units; TF32, "
                        + "Tensor-FP16/BF16, FP8 and FP4 on tensor units. Each figure cites the row's datasheet "
                        + "link and Epoch AI. Rows without a name or any figure are skipped and counted."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:imported", "2:unreadable CSV, or files in DIR that would be overwritten without --force"})
public class ImportEpochCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CSV", description = "Epoch's chip dataset CSV.")
    Path csv;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder for the sheets (created if missing).")
    Path out;

    @Option(names = "--force", description = "Overwrite sheets that exist in DIR.")
    boolean force;

    @Option(names = "--seen", paramLabel = "DATE", description = "Date the dataset was read, for its source entry (default: today).")
    String seen;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() {
        if (!Files.isRegularFile(csv)) {
            throw new UserException(csv + ": no such file");
        }
        LocalDate seenOn;
        try {
            seenOn = seen == null ? LocalDate.now(clock) : LocalDate.parse(seen);
        } catch (DateTimeParseException e) {
            throw new UserException("--seen: '" + seen + "' is not a date (YYYY-MM-DD)");
        }
        TerminalProgress progress = TerminalProgress.on(spec.commandLine().getErr());
        ImportReport report;
        try {
            report = Engine.importEpoch(csv, out, force, seenOn, progress);
        } catch (IOException e) {
            throw new UserException("cannot import " + csv + " into " + out + ": " + e.getMessage());
        } finally {
            progress.clear(); // before the summary or the error, which start on a clean line
        }
        spec.commandLine().getOut().print(report.summary(out));
        return ExitCodes.OK;
    }
}
