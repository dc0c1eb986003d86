package hwcalc.metrics;

import hwcalc.spec.Catalogue;
import hwcalc.spec.Core;
import hwcalc.spec.Derivation;
import hwcalc.spec.Figure;
import hwcalc.spec.Part;
import hwcalc.spec.Precision;
import hwcalc.spec.SpecSheet;
import hwcalc.spec.Sparsity;
import hwcalc.spec.Throughput;
import hwcalc.units.Quantity;
import hwcalc.units.Unit;
import hwcalc.units.Units;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds a sheet's peak for a precision and sparsity. Order, for each core (tensor first, then
 * vector, unless a core is asked for): the figure the sheet declares; else the sum over its
 * compute parts; else units x FLOP/clock x clock from its derivation. The basis travels with the
 * number, so output always says which it is.
 */
public final class Peaks {

    private final Catalogue catalogue;

    public Peaks(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /** The peak for the given tags; {@code core} null means tensor if the sheet has it, else vector. */
    public Optional<Peak> peak(SpecSheet sheet, Precision p, Sparsity s, Core core) {
        List<Core> order = core == null ? List.of(Core.TENSOR, Core.VECTOR) : List.of(core);
        for (Core c : order) {
            Optional<Peak> found = declared(sheet, p, s, c)
                    .or(() -> sumOfParts(sheet, p, s, c))
                    .or(() -> firstPrinciples(sheet, p, s, c));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    public Optional<Peak> declared(SpecSheet sheet, Precision p, Sparsity s, Core c) {
        return sheet.declared(p, s, c).map(t -> new Peak(sheet, p, s, c, t.figure().value(), Basis.DECLARED,
                null, urls(sheet, t.figure().sources())));
    }

    /** Count x peak over the compute parts; empty unless every compute part has the figure. */
    public Optional<Peak> sumOfParts(SpecSheet sheet, Precision p, Sparsity s, Core c) {
        if (sheet.parts().isEmpty()) {
            return Optional.empty();
        }
        List<Part> compute = sheet.parts().stream().filter(pt -> pt.role() == Part.Role.COMPUTE).toList();
        if (compute.isEmpty()) {
            return Optional.empty();
        }
        Quantity total = null;
        List<String> terms = new ArrayList<>();
        LinkedHashSet<String> urls = new LinkedHashSet<>();
        for (Part part : compute) {
            SpecSheet ps = catalogue.resolve(part.id());
            Optional<Peak> pp = peak(ps, p, s, c);
            if (pp.isEmpty()) {
                return Optional.empty();
            }
            Quantity contribution = pp.get().value().times(BigDecimal.valueOf(part.count()));
            total = total == null ? contribution : total.plus(contribution);
            terms.add(part.count() + " x " + pp.get().value() + " (" + ps.id() + ")");
            urls.addAll(pp.get().sourceUrls());
        }
        return Optional.of(new Peak(sheet, p, s, c, total, Basis.SUM_OF_PARTS, String.join(" + ", terms), List.copyOf(urls)));
    }

    /** units x FLOP/clock x clock, for dense vector rates only (the derivation describes the vector units). */
    public Optional<Peak> firstPrinciples(SpecSheet sheet, Precision p, Sparsity s, Core c) {
        Derivation d = sheet.derivation();
        if (d == null || s != Sparsity.DENSE || c != Core.VECTOR || d.units() == null || d.peakClock() == null
                || !d.flopPerClock().containsKey(p)) {
            return Optional.empty();
        }
        BigDecimal perClock = d.flopPerClock().get(p);
        Quantity clock = d.peakClock().value();
        BigDecimal flops = BigDecimal.valueOf(d.units()).multiply(perClock).multiply(clock.baseValue());
        Unit unit = Units.unit(p.isInteger() ? "TOPS" : "TFLOPS");
        Quantity value = new Quantity(flops.divide(unit.factor(), Quantity.MATH), unit);
        String which = d.boostClock() != null ? "boost" : "base";
        String arithmetic = d.units() + " units x " + perClock.toPlainString() + " " + (p.isInteger() ? "OP" : "FLOP")
                + "/clock x " + clock + " (" + which + ")";
        List<String> keys = new ArrayList<>(d.unitsSources());
        keys.addAll(d.peakClock().sources());
        return Optional.of(new Peak(sheet, p, s, c, value, Basis.FIRST_PRINCIPLES, arithmetic, urls(sheet, keys)));
    }

    /** Every peak the sheet has or can derive, declared ones first, for show and rank. */
    public List<Peak> all(SpecSheet sheet) {
        List<Peak> out = new ArrayList<>();
        for (Throughput t : sheet.throughput()) {
            out.add(declared(sheet, t.precision(), t.sparsity(), t.core()).orElseThrow());
        }
        for (Precision p : Precision.values()) {
            for (Sparsity s : Sparsity.values()) {
                for (Core c : Core.values()) {
                    if (sheet.declared(p, s, c).isEmpty()) {
                        sumOfParts(sheet, p, s, c).or(() -> firstPrinciples(sheet, p, s, c)).ifPresent(out::add);
                    }
                }
            }
        }
        return out;
    }

    /**
     * A figure summed over compute parts (memory capacity, bandwidth), with the arithmetic; empty
     * unless every compute part has it.
     */
    public Optional<Sum> sumOfParts(SpecSheet sheet, Function<SpecSheet, Figure> field) {
        List<Part> compute = sheet.parts().stream().filter(pt -> pt.role() == Part.Role.COMPUTE).toList();
        if (compute.isEmpty()) {
            return Optional.empty();
        }
        Quantity total = null;
        List<String> terms = new ArrayList<>();
        LinkedHashSet<String> sources = new LinkedHashSet<>();
        for (Part part : compute) {
            SpecSheet ps = catalogue.resolve(part.id());
            Figure f = field.apply(ps);
            Quantity q;
            if (f != null) {
                q = f.value();
                sources.addAll(urls(ps, f.sources()));
            } else {
                Optional<Sum> inner = sumOfParts(ps, field);
                if (inner.isEmpty()) {
                    return Optional.empty();
                }
                q = inner.get().value();
                sources.addAll(inner.get().sourceUrls());
            }
            Quantity contribution = q.times(BigDecimal.valueOf(part.count()));
            total = total == null ? contribution : total.plus(contribution);
            terms.add(part.count() + " x " + q + " (" + ps.id() + ")");
        }
        return Optional.of(new Sum(total, String.join(" + ", terms), List.copyOf(sources)));
    }

    /** A derived sum, how it was computed, and the source URLs of the figures summed. */
    public record Sum(Quantity value, String arithmetic, List<String> sourceUrls) {
    }

    public static List<String> urls(SpecSheet sheet, List<String> keys) {
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            if (sheet.sources().containsKey(k)) {
                out.add(sheet.sources().get(k).url());
            }
        }
        return out;
    }
}
