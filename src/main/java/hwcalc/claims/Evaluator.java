package hwcalc.claims;

import hwcalc.metrics.Caveat;
import hwcalc.calc.CalcResult;
import hwcalc.calc.Calculator;
import hwcalc.calc.MissingFigureException;
import hwcalc.metrics.Comparison;
import hwcalc.metrics.Cpi;
import hwcalc.metrics.MetricValue;
import hwcalc.metrics.Metrics;
import hwcalc.metrics.Peaks;
import hwcalc.metrics.Request;
import hwcalc.spec.Catalogue;
import hwcalc.spec.SpecException;
import hwcalc.spec.SpecSheet;
import hwcalc.units.Quantity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a claim's expressions over a catalogue and the claim's evidence. A sheet lacking a
 * figure gives a "missing" result (the claim becomes unverifiable); anything else wrong in an
 * expression is a located problem in the claims file.
 */
final class Evaluator {

    private final Catalogue catalogue;
    private final Calculator calculator;
    private final Metrics metrics;

    Evaluator(Catalogue catalogue, Cpi cpi) {
        this.catalogue = catalogue;
        this.calculator = new Calculator(catalogue, cpi);
        this.metrics = new Metrics(new Peaks(catalogue), cpi);
    }

    Evaluated evaluate(String label, Expr e, Map<String, Evidence> evidence) {
        return evaluate(label, e, evidence, hwcalc.metrics.PriceSelector.DEFAULT);
    }

    /** As above, with {@code .price} references choosing by {@code prices}. */
    Evaluated evaluate(String label, Expr e, Map<String, Evidence> evidence, hwcalc.metrics.PriceSelector prices) {
        try {
            if (e instanceof Expr.Calc c) {
                return calc(label, c, evidence, prices);
            }
            return e instanceof Expr.Ratio r ? ratio(label, r) : range(label, (Expr.Range) e, evidence);
        } catch (MissingFigureException m) {
            return Evaluated.missing(label, describe(e), MissingFigure.of(m.getMessage()));
        } catch (IllegalArgumentException | ArithmeticException x) {
            // a typo in an expression, an unknown id or unit: the claims file is wrong, not the claim
            throw new SpecException(e.location(), x.getMessage());
        }
    }

    private Evaluated calc(String label, Expr.Calc c, Map<String, Evidence> evidence, hwcalc.metrics.PriceSelector prices) {
        Expressions.Expanded x = Expressions.expand(c.text(), evidence, t -> calculator.evaluate(t, prices));
        CalcResult r = calculator.evaluate(x.text(), prices);
        List<String> refs = new ArrayList<>(x.references());
        refs.addAll(r.references());
        LinkedHashSet<String> sources = new LinkedHashSet<>(x.sources());
        sources.addAll(r.sourceUrls());
        return new Evaluated(label, c.text(), r.value(), r.high(), r.dollarYear(), refs, r.warnings(), List.copyOf(sources), null);
    }

    private Evaluated ratio(String label, Expr.Ratio r) {
        SpecSheet of = catalogue.resolve(r.of());
        SpecSheet to = catalogue.resolve(r.to());
        Request req = Request.of(r.precision(), r.sparsity());
        Comparison cmp = Comparison.of(metrics, List.of(to, of), req, List.of(r.metric()));
        MetricValue a = cmp.values().get(r.metric()).get(1);
        MetricValue b = cmp.values().get(r.metric()).get(0);
        String expression = r.metric().key() + "(" + of.id() + ") / " + r.metric().key() + "(" + to.id() + ") at " + req.basis();
        for (MetricValue v : List.of(a, b)) {
            if (!v.isAvailable()) {
                return Evaluated.missing(label, expression, new MissingFigure(v.sheet().id(), v.missing(), null));
            }
        }
        Quantity ratio = Quantity.number(Comparison.ratio(a.value(), b.value()));
        List<String> refs = List.of(r.metric().key() + "(" + of.id() + ") = " + a.value() + " (" + a.arithmetic() + ")",
                r.metric().key() + "(" + to.id() + ") = " + b.value() + " (" + b.arithmetic() + ")");
        List<Caveat> warnings = new ArrayList<>(cmp.warnings());
        a.caveats().stream().filter(n -> !warnings.contains(n)).forEach(warnings::add);
        b.caveats().stream().filter(n -> !warnings.contains(n)).forEach(warnings::add);
        LinkedHashSet<String> sources = new LinkedHashSet<>(a.sourceUrls());
        sources.addAll(b.sourceUrls());
        return new Evaluated(label, expression, ratio, null, null, refs, warnings, List.copyOf(sources), null);
    }

    private Evaluated range(String label, Expr.Range g, Map<String, Evidence> evidence) {
        Evaluated lo = evaluate(label, g.low(), evidence);
        Evaluated hi = evaluate(label, g.high(), evidence);
        String expression = "[" + describe(g.low()) + ", " + describe(g.high()) + "]";
        if (!lo.isAvailable() || !hi.isAvailable()) {
            return Evaluated.missing(label, expression, lo.isAvailable() ? hi.missing() : lo.missing());
        }
        if (!lo.value().dimension().equals(hi.value().dimension())) {
            throw new SpecException(g.location(), "the two ends of the range differ in kind: " + lo.value() + " and " + hi.value());
        }
        boolean swap = lo.value().compareTo(hi.value()) > 0;
        List<String> refs = new ArrayList<>(lo.references());
        hi.references().stream().filter(x -> !refs.contains(x)).forEach(refs::add);
        LinkedHashSet<String> sources = new LinkedHashSet<>(lo.sources());
        sources.addAll(hi.sources());
        List<Caveat> warnings = new ArrayList<>(lo.warnings());
        warnings.addAll(hi.warnings());
        return new Evaluated(label, expression, swap ? hi.value() : lo.value(), swap ? lo.value() : hi.value(),
                lo.dollarYear(), refs, warnings, List.copyOf(sources), null);
    }

    static String describe(Expr e) {
        if (e instanceof Expr.Calc c) {
            return c.text();
        }
        if (e instanceof Expr.Ratio r) {
            return r.metric().key() + "(" + r.of() + ") / " + r.metric().key() + "(" + r.to() + ") at "
                    + r.precision().name() + " " + r.sparsity().key();
        }
        Expr.Range g = (Expr.Range) e;
        return "[" + describe(g.low()) + ", " + describe(g.high()) + "]";
    }
}
