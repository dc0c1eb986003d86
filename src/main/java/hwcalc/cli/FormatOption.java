package hwcalc.cli;

import hwcalc.report.Format;
import picocli.CommandLine.Option;

/** {@code --format table|json|csv|markdown}. */
public class FormatOption {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.TABLE;

    public Format format() {
        return format;
    }
}
