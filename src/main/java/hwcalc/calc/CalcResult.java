package hwcalc.calc;

import hwcalc.metrics.Caveat;
import hwcalc.units.Quantity;
import java.util.List;

/**
 * The result of a calc expression: the exact value, the year of its dollars (null if none), what
 * each reference resolved to, warnings (mixed bases, provisional CPI), and the sources.
 */
public record CalcResult(Quantity value, Integer dollarYear, List<String> references, List<Caveat> warnings,
                         List<String> sourceUrls) {
    public CalcResult {
        references = List.copyOf(references);
        warnings = List.copyOf(warnings);
        sourceUrls = List.copyOf(sourceUrls);
    }
}
