package hwcalc.claims;

import hwcalc.spec.Location;
import hwcalc.spec.PartialDate;
import hwcalc.units.Quantity;

/**
 * A sourced value that is not a spec-sheet figure (a market cap, hours in a vendor benchmark, a
 * count from a paper), usable by name in a claim's expressions. {@code label} names what a plain
 * number counts ("GPUs", "months").
 */
public record Evidence(String name, Quantity value, String label, String source, String quote, PartialDate date,
                       String note, Location location) {
}
