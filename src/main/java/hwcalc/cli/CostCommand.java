package hwcalc.cli;

import hwcalc.metrics.CostEstimate;
import hwcalc.metrics.Costing;
import hwcalc.metrics.Request;
import hwcalc.report.CostReport;
import hwcalc.report.Json;
import hwcalc.spec.Core;
import hwcalc.spec.Precision;
import hwcalc.spec.Sparsity;
import hwcalc.units.InputException;
import hwcalc.units.Quantity;
import hwcalc.units.Unit;
import hwcalc.units.Units;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hwcalc cost BUDGET --on ID}: chip-hours, wall time, cost and energy of a FLOP budget. */
@Command(name = "cost", mixinStandardHelpOptions = true,
        description = {"What a compute budget costs on a chip: chip-hours = budget / (peak per chip x utilisation),",
                "wall time = chip-hours / chips, cost = chip-hours x rate per chip-hour (docs/prices.md).",
                "The precision (default bf16 dense, the training default), utilisation and price basis are printed on every output.",
                "Examples:",
                "  hwcalc cost \"1e24 FLOP\" --on h100-sxm5 --utilization 40%% --rate \"2.49 USD/h\"",
                "  hwcalc cost \"1e24 FLOP\" --on a100-sxm4-80gb --chips 1024 --utilization 0.4 --price on-demand",
                "  hwcalc cost \"1e24 FLOP\" --on h100-sxm5 --price owned --usd-per-kwh 0.08 --pue 1.2"})
public class CostCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    CatalogueOptions catalogue;
    @Mixin
    FormatOption format;

    @Parameters(paramLabel = "BUDGET", description = "A FLOP count with its unit, e.g. '1e24 FLOP' or '3.14e23 FLOP'.")
    String budget;

    @Option(names = "--on", required = true, paramLabel = "ID", description = "The chip (or system) to run on.")
    String on;

    @Option(names = "--chips", paramLabel = "N", defaultValue = "1", converter = hwcalc.cli.options.Bounded.Top.class,
            description = "Chips the run uses, for the wall time (default: ${DEFAULT-VALUE}).")
    int chips;

    @Option(names = {"--utilization", "--utilisation"}, paramLabel = "U", converter = hwcalc.cli.options.Bounded.Utilisation.class,
            description = "Share of peak achieved, 0-1 or a percentage (40%%). Default: 100%%, the peak, "
                    + "so time and cost are lower bounds; always printed.")
    BigDecimal utilisation;

    @Option(names = "--rate", paramLabel = "RATE", description = "A rate per chip-hour, e.g. '2.49 USD/h'.")
    String rate;

    @Option(names = "--precision", paramLabel = "P", converter = BasisOptions.PrecisionConverter.class,
            description = "fp64, fp32, tf32, bf16, fp16, fp8... (default: bf16, the training default).")
    Precision precision;

    @Option(names = "--sparse", description = "Use 2:4 sparse figures (default: dense).")
    boolean sparse;

    @Option(names = "--core", paramLabel = "CORE", description = "tensor or vector (default: tensor when present).")
    Core core;

    @Mixin
    PriceOptions prices;

    @Option(names = "--usd-per-kwh", paramLabel = "USD", converter = hwcalc.cli.options.Bounded.UsdPerKwh.class,
            description = "Tariff, for the energy cost (and the owned rate's energy).")
    BigDecimal usdPerKwh;

    @Option(names = "--digits", paramLabel = "N", defaultValue = "4", converter = hwcalc.cli.options.Bounded.Digits.class,
            description = "Significant figures for display (default: ${DEFAULT-VALUE}).")
    int digits;

    @Override
    public Integer call() {
        if (rate != null && prices.price != null) {
            throw new InputException("give --rate or --price, not both");
        }
        Quantity flop = Quantity.parse(budget, List.of(Units.FLOP));
        if (flop.value().signum() <= 0) {
            throw new InputException("budget must be above zero, found " + budget);
        }
        Quantity r = null;
        if (rate != null) {
            r = Quantity.parse(rate, List.of(hwcalc.units.Dimension.of("USD").dividedBy(Units.SECOND)));
            if (r.value().signum() <= 0) {
                throw new InputException("--rate must be above zero, found " + rate);
            }
        }
        Precision p = precision == null ? Precision.BF16 : precision;
        Sparsity s = sparse ? Sparsity.SPARSE : Sparsity.DENSE;
        BigDecimal u = utilisation;
        Request request = new Request(p, s, core, null, null, usdPerKwh, u, null, prices.price, prices.ownership(usdPerKwh));
        CostEstimate e = catalogue.engine().cost(on, new Costing.Ask(flop, p, s, core, chips, u, r, request));
        Render.names(catalogue.engine(), List.of(on), spec.commandLine().getErr());
        CostReport report = new CostReport(e, digits, Render.wording());
        var out = spec.commandLine().getOut();
        switch (format.format()) {
            case JSON -> out.print(Json.write(report.toJson()));
            case CSV -> out.print(report.data().toCsv());
            default -> out.print(report.toText());
        }
        return ExitCodes.OK;
    }
}
