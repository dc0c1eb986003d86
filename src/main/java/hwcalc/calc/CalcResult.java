package hwcalc.calc;

import hwcalc.metrics.Caveat;
import hwcalc.units.Quantity;
import java.util.List;

/**
 * The result of a calc expression: the exact value, the year of its dollars (null if none), what
 * each reference resolved to, warnings (mixed bases, provisional CPI), the sources, and the top of
 * a range ({@code high}, null for one value).
 */
public record CalcResult(Quantity value, Integer dollarYear, List<String> references, List<Caveat> warnings,
                         List<String> sourceUrls, Quantity high) {

    /** A single value (no price range behind it). */
    public CalcResult(Quantity value, Integer dollarYear, List<String> references, List<Caveat> warnings,
                      List<String> sourceUrls) {
        this(value, dollarYear, references, warnings, sourceUrls, null);
    }

    /** Whether the value is a range, {@code value} to {@code high}, from a price stated as one. */
    public boolean isRange() {
        return high != null;
    }
    public CalcResult {
        references = List.copyOf(references);
        warnings = List.copyOf(warnings);
        sourceUrls = List.copyOf(sourceUrls);
    }
}
