package hwcalc.cli;

import java.math.BigDecimal;
import picocli.CommandLine.Option;

/** {@code --price}, {@code --pue}, {@code --depreciation}: which price, and how an owned chip is costed per hour (docs/prices.md). */
public class PriceOptions {

    @Option(names = "--price", paramLabel = "SELECTOR", converter = BasisOptions.PriceSelectorConverter.class,
            description = "Which price to use (default: the sheet's first purchase price): a kind (list, reseller, estimate, "
                    + "press, street, on-demand, spot, commit-1y, commit-3y), purchase, rental or owned (the hourly cost of "
                    + "owning the chip); provider=NAME, tier=hyperscaler|neocloud|marketplace, year=YYYY; and first, latest "
                    + "(rental default), lowest or median (needs one kind and a year). E.g. on-demand,tier=hyperscaler.")
    hwcalc.metrics.PriceSelector price;

    @Option(names = "--pue", paramLabel = "X", converter = hwcalc.cli.options.Bounded.Pue.class,
            description = "Power usage effectiveness (facility overhead, 1-3) for energy; with --price owned, energy is "
                    + "counted only with --pue and --usd-per-kwh.")
    BigDecimal pue;

    @Option(names = "--depreciation", paramLabel = "OOM", converter = hwcalc.cli.options.Bounded.Depreciation.class,
            description = "For --price owned: orders of magnitude of value lost a year (default 0.14, Cottier et al. 2024).")
    BigDecimal depreciation;

    hwcalc.metrics.Ownership ownership(BigDecimal usdPerKwh) {
        return new hwcalc.metrics.Ownership(depreciation, pue, usdPerKwh);
    }

    /** Whether the price asked for is hourly (a rental kind or owned), so the hourly metrics are the default ones. */
    boolean hourly() {
        return price != null && (price.isRental() || price.owned());
    }
}
