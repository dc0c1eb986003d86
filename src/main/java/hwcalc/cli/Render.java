package hwcalc.cli;

import hwcalc.report.Format;
import hwcalc.report.Table;

/** Renders a table in the chosen non-JSON format. */
final class Render {
    private Render() {
    }

    static String table(Table t, Format f) {
        return switch (f) {
            case CSV -> t.toCsv();
            case MARKDOWN -> t.toMarkdown();
            default -> t.toText();
        };
    }
}
