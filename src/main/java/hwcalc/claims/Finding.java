package hwcalc.claims;

import hwcalc.units.Quantity;
import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of checking one claim: the verdict and why, each expression evaluated, the right
 * figure when the claim is off or misleading, and by how much the claimed value differs from it
 * ({@code offBy} = (claimed - right) / right, exact; null when not a single figure).
 */
public record Finding(Claim claim, Verdict verdict, Reason reason, Evaluated plain, Evaluated trueOn, Quantity right,
                      BigDecimal offBy, List<hwcalc.metrics.Caveat> mixedBases, List<MissingFigure> missing, List<Evaluated> shown,
                      List<String> sources) {

    public Finding {
        mixedBases = List.copyOf(mixedBases);
        missing = List.copyOf(missing);
        shown = List.copyOf(shown);
        sources = List.copyOf(sources);
    }

    /** Why the verdict is what it is. */
    public enum Reason {
        /** The plain reading agrees, on one basis. */
        AGREES,
        /** The plain reading agrees, but its figure mixes bases. */
        AGREES_ON_MIXED_BASIS,
        /** Only the figure on the stated other basis (true_on) agrees. */
        AGREES_ONLY_ON_OTHER_BASIS,
        /** No reading agrees. */
        DISAGREES,
        /** Data needed for the plain reading is missing. */
        MISSING_DATA
    }

    /** True when the verdict is the one the claim expects, or the claim expects none (a draft). */
    public boolean asExpected() {
        return claim.expected() == null || verdict == claim.expected();
    }
}
