package hwcalc.claims;

import hwcalc.units.InputException;
import hwcalc.metrics.Metric;
import hwcalc.spec.Fields;
import hwcalc.spec.Precision;
import hwcalc.spec.SpecException;
import hwcalc.spec.Sparsity;
import hwcalc.spec.YamlNode;
import java.util.List;

/** Binds the expression of a check, a true_on or a show step: one of calc, ratio or range. */
final class ExprReader {

    private ExprReader() {
    }

    /** The one of calc, ratio or range in a mapping; null when none (an error when required). */
    static Expr expr(Fields f, List<SpecException.Problem> problems, String ctx, boolean required) {
        YamlNode calc = f.node("calc");
        YamlNode ratio = f.node("ratio");
        YamlNode range = f.node("range");
        int given = (calc == null ? 0 : 1) + (ratio == null ? 0 : 1) + (range == null ? 0 : 1);
        if (given > 1) {
            f.problem(f.location(), ctx + ": give one of calc, ratio or range, not several");
            return null;
        }
        if (given == 0) {
            if (required) {
                f.problem(f.location(), ctx + ": missing 'calc', 'ratio' or 'range'");
            }
            return null;
        }
        if (calc != null) {
            String text = f.text("calc", true);
            return text == null ? null : new Expr.Calc(text, calc.location());
        }
        if (ratio != null) {
            return ratio(ratio, problems, ctx + ".ratio");
        }
        if (range instanceof YamlNode.Sequence seq && seq.items().size() == 2
                && seq.items().get(0) instanceof YamlNode.Scalar lo && seq.items().get(1) instanceof YamlNode.Scalar hi) {
            return new Expr.Range(new Expr.Calc(lo.text(), lo.location()), new Expr.Calc(hi.text(), hi.location()),
                    range.location());
        }
        f.problem(range.location(), ctx + ".range must be a list of two calc expressions, [low, high]");
        return null;
    }

    private static Expr ratio(YamlNode node, List<SpecException.Problem> problems, String ctx) {
        Fields f = Fields.of(node, problems, ctx);
        if (f == null) {
            return null;
        }
        String of = f.text("of", true);
        String to = f.text("to", true);
        Metric metric = f.parsed("metric", false, Metric::parse);
        Precision p = f.parsed("precision", true, Precision::parse);
        Boolean sparse = f.parsed("sparse", false, ExprReader::bool);
        f.rejectUnknown();
        return new Expr.Ratio(of, to, metric == null ? Metric.PEAK : metric, p,
                Boolean.TRUE.equals(sparse) ? Sparsity.SPARSE : Sparsity.DENSE, f.location());
    }

    static Boolean bool(String text) {
        return switch (text.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InputException("'" + text + "' is not true or false");
        };
    }
}
