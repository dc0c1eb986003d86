package hwcalc.claims;

import hwcalc.metrics.Caveat;
import hwcalc.metrics.Metric;
import hwcalc.metrics.MetricValue;
import hwcalc.metrics.Request;
import hwcalc.spec.SpecSheet;
import hwcalc.units.Quantity;
import java.math.BigDecimal;
import java.util.List;

/**
 * The facts behind a sentence for an article: a metric of one sheet (or a speedup against
 * another), the exact inputs it was computed from (the price in {@code request.adjustTo()}
 * dollars, when asked, as {@code adjustedPrice}), the basis, warnings for the editor, and the
 * sources to cite. Words and rounding are left to report.QuoteWriter.
 */
public record Quote(SpecSheet subject, SpecSheet other, Metric metric, boolean speedup, MetricValue value,
                    MetricValue otherValue, BigDecimal ratio, Request request, Quantity adjustedPrice, Quantity power, Quantity memory,
                    Quantity bandwidth, List<Caveat> warnings, List<Citation> citations) {

    public Quote {
        warnings = List.copyOf(warnings);
        citations = List.copyOf(citations);
    }

    /** A source to cite: its URL, the title and publisher when the sheet records them, and its tier (null: not given). */
    public record Citation(String url, String title, String publisher, hwcalc.spec.Tier tier) {

        public Citation(String url, String title, String publisher) {
            this(url, title, publisher, null);
        }
    }

    public boolean isComparison() {
        return other != null;
    }
}
