package hwcalc.cli;

import hwcalc.metrics.Request;
import hwcalc.spec.Core;
import hwcalc.spec.Precision;
import hwcalc.spec.Sparsity;
import hwcalc.units.Quantity;
import hwcalc.units.Units;
import java.math.BigDecimal;
import java.util.List;
import picocli.CommandLine.Option;

/** The basis options shared by compare and rank: precision, sparsity, core, dollar year, display digits. */
public class BasisOptions {

    /** The precisions --precision takes; each command declares the option with its own default. */
    static final String PRECISIONS = "fp64, fp32, tf32, bf16, fp16, fp8, fp6, fp4, int8 or int4";
    /** compare's and quote's default, in their help. */
    static final String AUTOMATIC = " (default: the first of fp16, bf16, fp32, fp64, fp8, int8 that every sheet has).";

    // set by each command's --precision, whose help states that command's default (null: the command's default)
    Precision precision;

    @Option(names = "--sparse", description = "Use figures with 2:4 structured sparsity (default: dense).")
    boolean sparse;

    @Option(names = "--core", paramLabel = "CORE", description = "Only tensor or vector unit figures (default: tensor when present).")
    Core core;

    @Option(names = "--adjust-to", paramLabel = "YEAR", converter = hwcalc.cli.options.Bounded.Year.class, description = "Show prices in YEAR's US dollars (CPI-U).")
    Integer adjustTo;

    @Option(names = "--digits", paramLabel = "N", defaultValue = "3", converter = hwcalc.cli.options.Bounded.Digits.class,
            description = "Significant figures for display (default: ${DEFAULT-VALUE}); integer digits are never dropped.")
    int digits = 3; // picocli's defaultValue above, for a command built without picocli (DirectRun)

    @Option(names = "--usd-per-kwh", paramLabel = "USD", converter = hwcalc.cli.options.Bounded.UsdPerKwh.class, description = "Price of energy, for energy-cost.")
    BigDecimal usdPerKwh;

    @Option(names = "--years", paramLabel = "N", converter = hwcalc.cli.options.Bounded.Years.class, description = "Years of operation, for energy-cost.")
    BigDecimal years;

    @Option(names = "--utilisation", paramLabel = "U", converter = hwcalc.cli.options.Bounded.Utilisation.class, description = "Fraction of peak or of power used (0-1], for energy-cost and time-to-compute.")
    BigDecimal utilisation;

    @Option(names = "--flop-budget", paramLabel = "Q", converter = hwcalc.cli.options.Bounded.FlopBudget.class, description = "A FLOP count, e.g. '3.14e23 FLOP', for time-to-compute.")
    String flopBudget;

    @picocli.CommandLine.Mixin
    PriceOptions prices = new PriceOptions();

    hwcalc.metrics.Ownership ownership() {
        return prices.ownership(usdPerKwh);
    }

    /** Whether the price asked for is hourly (a rental kind or owned), so the hourly metrics are the default ones. */
    boolean hourly() {
        return prices.hourly();
    }

    Sparsity sparsity() {
        return sparse ? Sparsity.SPARSE : Sparsity.DENSE;
    }

    /** The request these options ask for; their bounds were checked by the converters (cli.options.Bounded). */
    Request request(Precision p) {
        Quantity budget = flopBudget == null ? null : Quantity.parse(flopBudget, List.of(Units.FLOP));
        return new Request(p, sparsity(), core, adjustTo, years, usdPerKwh, utilisation, budget, prices.price, ownership());
    }

    /** Reads a --price selector; its errors are picocli's, printed as one line. */
    public static class PriceSelectorConverter implements picocli.CommandLine.ITypeConverter<hwcalc.metrics.PriceSelector> {
        @Override
        public hwcalc.metrics.PriceSelector convert(String value) {
            try {
                return hwcalc.metrics.PriceSelector.parse(value);
            } catch (hwcalc.units.InputException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Reads fp16, FP16, Fp16. */
    public static class PrecisionConverter implements picocli.CommandLine.ITypeConverter<Precision> {
        @Override
        public Precision convert(String value) {
            try {
                return Precision.parse(value);
            } catch (hwcalc.units.InputException e) { // picocli prints the message alone, not the exception's class
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
