package hwcalc.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hwcalc.calc.CalcResult;
import hwcalc.calc.Calculator;
import hwcalc.metrics.Cpi;
import hwcalc.report.Json;
import hwcalc.report.Numbers;
import hwcalc.report.Table;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hwcalc calc EXPR}: unit-aware arithmetic over spec figures. */
@Command(name = "calc", mixinStandardHelpOptions = true,
        description = {"Evaluate a unit-aware expression over spec figures.",
                "Grammar:",
                "  input   = expr [ \"to\" UNIT | \"in\" YEAR \"dollars\" ]",
                "  expr    = product { (\"+\" | \"-\") product }",
                "  product = unary { (\"*\" | \"/\") unary }",
                "  unary   = \"-\" unary | atom",
                "  atom    = NUMBER [UNIT] [\"@\" YEAR] | \"$\" NUMBER [\"@\" YEAR]",
                "          | REF | \"(\" expr \")\"",
                "  REF     = ID \".\" FIELD { \".\" TAG }",
                "  FIELD   = price | memory | bandwidth | power | weight",
                "          | fp64 | fp32 | tf32 | bf16 | fp16 | fp8 | fp6 | fp4 | int8 | int4",
                "  TAG     = dense | sparse | tensor | vector",
                "A NUMBER may group thousands with commas (129,000; $30,000). A UNIT follows its number and runs to the next "
                        + "space (732 GB/s, 3.14e23 FLOP); press spellings read as the symbols (petaFLOPS, teraflops, TFLOPs = "
                        + "PFLOPS, TFLOPS, TFLOPS). Peaks are dense and prefer tensor units unless a TAG says otherwise. "
                        + "Numbers lie within 10^-60..10^60, results within 10^-1000..10^1000; at most 10,000 characters "
                        + "and 100 levels of parentheses.",
                "Examples:",
                "  hwcalc calc \"dgx-1.price / dgx-1.fp16\"",
                "  hwcalc calc \"dgx-1.price / dgx-1.fp16 to USD/GFLOPS\"",
                "  hwcalc calc \"8 * tesla-p100-sxm2.fp16 to TFLOPS\"",
                "  hwcalc calc \"h100-sxm5.fp16.sparse / a100-sxm4-80gb.fp64.vector\"",
                "  hwcalc calc \"dgx-1.price in 2024 dollars\"",
                "  hwcalc calc \"129000 USD@2016 in 2024 dollars\"",
                "Names may contain hyphens, so write subtraction with spaces: a.price - b.price."})
public class CalcCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    CatalogueOptions catalogue;
    @Mixin
    FormatOption format;

    @Parameters(paramLabel = "EXPR", arity = "1..*", description = "The expression (several words are joined with spaces).")
    List<String> words;

    @Option(names = "--digits", paramLabel = "N", defaultValue = "4", converter = hwcalc.cli.options.Bounded.Digits.class,
            description = "Significant figures for display (default: ${DEFAULT-VALUE}); integer digits are never dropped.")
    int digits;

    @Override
    public Integer call() {
        CalcResult r = catalogue.engine().calc(String.join(" ", words));
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        String shown = Numbers.format(r.value().value(), digits)
                + (r.isRange() ? " to " + Numbers.format(r.high().value(), digits) : "")
                + (r.value().unit().isOne() ? "" : " " + r.value().unit().symbol())
                + (r.dollarYear() == null ? "" : " (" + r.dollarYear() + " dollars)");
        switch (format.format()) {
            case JSON -> {
                ObjectNode o = Json.object();
                o.put("value", Json.plain(r.value().value()));
                o.put("unit", r.value().unit().symbol());
                if (r.isRange()) {
                    o.put("high", Json.plain(r.high().value()));
                }
                if (r.dollarYear() != null) {
                    o.put("dollarYear", r.dollarYear());
                }
                o.put("display", shown);
                ArrayNode refs = o.putArray("references");
                r.references().forEach(refs::add);
                ArrayNode w = o.putArray("warnings");
                r.warnings().forEach(x -> w.add(Render.wording().caveat(x)));
                ArrayNode src = o.putArray("sources");
                r.sourceUrls().forEach(src::add);
                out.print(Json.write(o));
            }
            case CSV, MARKDOWN -> {
                Table t = new Table(List.of("value", "unit", "dollar year", "display"), List.of(List.of(
                        r.value().value().toPlainString(), r.value().unit().symbol(),
                        r.dollarYear() == null ? "" : r.dollarYear().toString(), shown)));
                out.print(format.format() == hwcalc.report.Format.CSV ? t.toCsv() : t.toMarkdown());
            }
            default -> {
                out.println(shown);
                r.references().forEach(ref -> err.println("  where " + ref));
                r.warnings().forEach(w -> err.println("  warning: " + Render.wording().caveat(w)));
            }
        }
        return ExitCodes.OK;
    }
}
