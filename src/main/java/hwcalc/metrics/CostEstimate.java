package hwcalc.metrics;

import hwcalc.spec.Price;
import hwcalc.spec.SpecSheet;
import hwcalc.units.Quantity;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a compute budget costs on one kind of chip (hwcalc cost): exact values and every input, so
 * the render side can print the basis (precision, utilisation, price) on every output.
 *
 * @param chipsPerSheet how many chips the sheet's peak covers (8 for a DGX); the rate is per chip
 * @param chips         the chips the run uses, for the wall time
 * @param rateKind      where the rate per chip-hour came from
 * @param price         the rental or purchase price behind the rate (null for a rate given outright)
 * @param energy        chip-hours x power per chip x PUE (null without a power figure)
 * @param energyCost    energy x tariff (null without a tariff); inside the rate for rentals and owned-with-energy
 */
public record CostEstimate(SpecSheet sheet, Peak peak, int chipsPerSheet, Quantity peakPerChip, Quantity budget,
                           BigDecimal utilisation, boolean utilisationGiven, long chips, Quantity chipHours,
                           Quantity wallTime, Quantity rate, RateKind rateKind, Price price, List<Price> observations,
                           OwnedRate owned, Quantity cost, Quantity powerPerChip, BigDecimal pue, Quantity energy,
                           Quantity energyCost, List<Caveat> caveats) {

    public enum RateKind {
        /** --rate "2.49 USD/h" */
        GIVEN,
        /** a rental observation chosen by --price */
        RENTAL,
        /** the cost of owning the chip (--price owned) */
        OWNED
    }

    public CostEstimate {
        observations = List.copyOf(observations);
        caveats = List.copyOf(caveats);
    }
}
