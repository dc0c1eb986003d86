package hwcalc.cli;

import hwcalc.engine.Engine;
import hwcalc.metrics.Peaks;
import hwcalc.report.Json;
import hwcalc.report.SheetReport;
import hwcalc.spec.Catalogue;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hwcalc show ID}: every figure of one sheet with tags and sources. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show every figure of a sheet with its tags and source; for systems, the sum of parts beside each declared figure.")
public class ShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    CatalogueOptions catalogue;
    @Mixin
    FormatOption format;

    @Parameters(paramLabel = "ID", description = "Id or alias, e.g. dgx-1 (case-insensitive).")
    String id;

    @Override
    public Integer call() {
        Engine engine = catalogue.engine();
        SheetReport report = new SheetReport(engine.sheet(id), engine.peaks());
        Render.names(engine, java.util.List.of(id), spec.commandLine().getErr());
        var out = spec.commandLine().getOut();
        switch (format.format()) {
            case JSON -> out.print(Json.write(report.toJson()));
            case CSV -> out.print(report.toTable().toCsv());
            case MARKDOWN -> out.print(report.toText(true));
            default -> out.print(report.toText(false));
        }
        return ExitCodes.OK;
    }
}
