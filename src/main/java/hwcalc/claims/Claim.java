package hwcalc.claims;

import hwcalc.spec.Location;
import java.util.List;

/**
 * One statement from a publication: its words as printed ({@code said}, any language), what it
 * means in checkable terms, the check, extra arithmetic to show, and the verdict expected.
 */
public record Claim(String id, String said, String meaning, Check check, List<Step> show, List<Evidence> evidence,
                    Verdict expected, String note, Location location) {

    public Claim {
        show = List.copyOf(show);
        evidence = List.copyOf(evidence);
    }

    /** Arithmetic shown beside a verdict (a cross-check, a conversion) that does not decide it. */
    public record Step(String label, Expr expr) {
    }
}
