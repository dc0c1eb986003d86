package hwcalc.cli;

import hwcalc.report.QuoteLocale;
import hwcalc.report.Wording;
import hwcalc.report.Format;
import hwcalc.report.Table;

/** Renders a table in the chosen non-JSON format. */
final class Render {
    private Render() {
    }

    /** The words for this run's facts; Main.run sets another only when a test swaps the wording. */
    private static volatile Wording override;

    static Wording wording() {
        return override != null ? override : Wording.english();
    }

    /** The words of a quote's locale, unless a test swapped the wording. */
    static Wording wording(QuoteLocale locale) {
        return override != null ? override : Wording.of(locale);
    }

    /** "hwcalc: h100 = h100-sxm5" on stderr for each name that was an alias or family name, so no choice is silent. */
    static void names(hwcalc.engine.Engine engine, java.util.List<String> names, java.io.PrintWriter err) {
        java.util.Set<String> said = new java.util.LinkedHashSet<>(); // a loop: lambdas are bootstraps at start-up (issue 17)
        for (hwcalc.spec.Resolution r : engine.lookup(names)) {
            if (r.isIndirect() && said.add(r.label())) {
                err.println("hwcalc: " + r.label());
            }
        }
    }

    static void override(Wording w) {
        override = w;
    }

    static String table(Table t, Format f) {
        return switch (f) {
            case CSV -> t.toCsv();
            case MARKDOWN -> t.toMarkdown();
            default -> t.toText();
        };
    }
}
