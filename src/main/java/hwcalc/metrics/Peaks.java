package hwcalc.metrics;

import hwcalc.spec.Accumulate;
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
 *
 * <p>Accumulators: a lookup without one wants the FP32-accumulate rate (an untagged rate counts
 * as one, the convention of datacenter sheets), and never takes an FP16-accumulate rate while an
 * FP32 one exists for that core; when the sheet (or, for a sum, its parts) has only FP16-accumulate
 * rates, that rate is returned marked {@link Peak#fp16AccumulateOnly()}.
 */
public final class Peaks {

    private final Catalogue catalogue;

    public Peaks(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /**
     * The peak for the given tags; {@code core} null means tensor if the sheet has it, else vector.
     * For each core the FP32-accumulate rate comes first, then an FP16-accumulate one, marked.
     */
    public Optional<Peak> peak(SpecSheet sheet, Precision p, Sparsity s, Core core) {
        List<Core> order = core == null ? List.of(Core.TENSOR, Core.VECTOR) : List.of(core);
        for (Core c : order) {
            Optional<Peak> found = exact(sheet, p, s, c, Accumulate.FP32);
            if (found.isEmpty()) {
                found = markedFp16(exact(sheet, p, s, c, Accumulate.FP16));
            }
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The peak for the given tags and accumulator exactly (untagged rates count as FP32), with no fallback. */
    public Optional<Peak> peak(SpecSheet sheet, Precision p, Sparsity s, Core core, Accumulate a) {
        List<Core> order = core == null ? List.of(Core.TENSOR, Core.VECTOR) : List.of(core);
        for (Core c : order) {
            Optional<Peak> found = exact(sheet, p, s, c, a);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    // if-chains, not Optional.or with lambdas, on every compare's path: a lambda is a bootstrap at start-up (issue 17)
    private Optional<Peak> exact(SpecSheet sheet, Precision p, Sparsity s, Core c, Accumulate a) {
        Optional<Peak> declared = declared(sheet, p, s, c, a);
        if (declared.isPresent()) {
            return declared;
        }
        Optional<Peak> sum = sumOfParts(sheet, p, s, c, a);
        if (sum.isPresent()) {
            return sum;
        }
        // first principles describe the vector units, which have no separate accumulator: FP32 by convention
        return a == Accumulate.FP32 ? firstPrinciples(sheet, p, s, c) : Optional.empty();
    }

    private static Optional<Peak> markedFp16(Optional<Peak> fp16) {
        return fp16.isPresent() ? Optional.of(fp16.get().asFp16AccumulateOnly()) : fp16;
    }

    /** The declared rate, FP32 accumulate first; an FP16-accumulate rate only when it is the only one, marked. */
    public Optional<Peak> declared(SpecSheet sheet, Precision p, Sparsity s, Core c) {
        return declared(sheet, p, s, c, Accumulate.FP32)
                .or(() -> declared(sheet, p, s, c, Accumulate.FP16).map(Peak::asFp16AccumulateOnly));
    }

    /** The declared rate for this accumulator exactly (untagged counts as FP32). */
    public Optional<Peak> declared(SpecSheet sheet, Precision p, Sparsity s, Core c, Accumulate a) {
        Optional<Throughput> t = sheet.declared(p, s, c, a);
        return t.isEmpty() ? Optional.empty() : Optional.of(new Peak(sheet, p, s, c, t.get().accumulate(), t.get().figure().value(),
                Basis.DECLARED, null, urls(sheet, t.get().figure().sources()), false));
    }

    /**
     * Count x peak over the compute parts, FP32-accumulate rates first; FP16-accumulate ones (marked)
     * only when not every part has an FP32 one. Empty unless every compute part has the figure.
     */
    public Optional<Peak> sumOfParts(SpecSheet sheet, Precision p, Sparsity s, Core c) {
        return sumOfParts(sheet, p, s, c, Accumulate.FP32)
                .or(() -> sumOfParts(sheet, p, s, c, Accumulate.FP16).map(Peak::asFp16AccumulateOnly));
    }

    /** The parts that compute (not the host CPUs), in order; a loop, not a stream: a lambda is a bootstrap at start-up (issue 17). */
    private static List<Part> computeParts(SpecSheet sheet) {
        List<Part> out = new ArrayList<>();
        for (Part pt : sheet.parts()) {
            if (pt.role() == Part.Role.COMPUTE) {
                out.add(pt);
            }
        }
        return out;
    }

    /** Count x peak over the compute parts, every part's rate for this accumulator; empty unless every part has one. */
    public Optional<Peak> sumOfParts(SpecSheet sheet, Precision p, Sparsity s, Core c, Accumulate a) {
        if (sheet.parts().isEmpty()) {
            return Optional.empty();
        }
        List<Part> compute = computeParts(sheet);
        if (compute.isEmpty()) {
            return Optional.empty();
        }
        Quantity total = null;
        List<String> terms = new ArrayList<>();
        LinkedHashSet<String> urls = new LinkedHashSet<>();
        boolean tagged = false;
        for (Part part : compute) {
            SpecSheet ps = catalogue.resolve(part.id());
            Optional<Peak> pp = peak(ps, p, s, c, a);
            if (pp.isEmpty()) {
                return Optional.empty();
            }
            Quantity contribution = pp.get().value().times(BigDecimal.valueOf(part.count()));
            total = total == null ? contribution : total.plus(contribution);
            terms.add(part.count() + " x " + pp.get().value() + " (" + ps.id() + ")");
            urls.addAll(pp.get().sourceUrls());
            tagged |= pp.get().accumulate() != null;
        }
        // the sum carries the tag when a part's sheet says it (the others count as the same accumulator)
        return Optional.of(new Peak(sheet, p, s, c, tagged ? a : null, total, Basis.SUM_OF_PARTS, String.join(" + ", terms),
                List.copyOf(urls), false));
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
        for (Throughput t : sheet.throughput()) { // each entry as itself: both accumulators are listed
            out.add(declared(sheet, t.precision(), t.sparsity(), t.core(), t.effectiveAccumulate()).orElseThrow());
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
        List<Part> compute = computeParts(sheet);
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
