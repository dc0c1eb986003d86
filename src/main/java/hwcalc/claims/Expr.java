package hwcalc.claims;

import hwcalc.metrics.Metric;
import hwcalc.spec.Location;
import hwcalc.spec.Precision;
import hwcalc.spec.Sparsity;

/** A figure a claim is checked against: a calc expression, a like-for-like ratio, or a range of two. */
public sealed interface Expr {

    Location location();

    /** A calc expression (docs/calc.md) that may also name evidence and call months_per_doubling(G). */
    record Calc(String text, Location location) implements Expr {
    }

    /** metric(of) / metric(to), both on one basis, through the same peak selection as compare. */
    record Ratio(String of, String to, Metric metric, Precision precision, Sparsity sparsity, Location location)
            implements Expr {
    }

    /** Two expressions giving the ends of a range (sources that give "4-5x per year"). */
    record Range(Expr low, Expr high, Location location) implements Expr {
    }
}
