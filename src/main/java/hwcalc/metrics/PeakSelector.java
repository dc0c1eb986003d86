package hwcalc.metrics;

import hwcalc.spec.Core;
import hwcalc.spec.Precision;
import hwcalc.spec.SpecSheet;
import hwcalc.spec.Sparsity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the peak a comparison uses for one sheet, applying the documented fallback rules and
 * saying so: (1) tensor units first, vector units when the sheet has no tensor figure; (2) a
 * sheet with no figure at a 16-bit precision falls back along FP16 -> BF16 -> FP32 (or BF16 ->
 * FP16 -> FP32), flagged as a fallback; (3) sparse figures are never invented from dense ones.
 */
public final class PeakSelector {

    private static final Map<Precision, List<Precision>> FALLBACKS = Map.of(
            Precision.FP16, List.of(Precision.BF16, Precision.FP32),
            Precision.BF16, List.of(Precision.FP16, Precision.FP32));

    private final Peaks peaks;

    public PeakSelector(Peaks peaks) {
        this.peaks = peaks;
    }

    /** The chosen peak, the caveats on any choice made, and whether it is a fallback. */
    public record Selection(Peak peak, List<Caveat> caveats, boolean fallback) {
        public Selection {
            caveats = List.copyOf(caveats);
        }
    }

    public Optional<Selection> select(SpecSheet sheet, Precision p, Sparsity s, Core core) {
        Optional<Peak> exact = peaks.peak(sheet, p, s, core);
        if (exact.isPresent()) {
            List<Caveat> caveats = new ArrayList<>();
            if (core == null && exact.get().core() == Core.VECTOR && !p.isInteger()) {
                caveats.add(new Caveat.VectorRateUsed(sheet.id(), p));
            }
            if (exact.get().fp16AccumulateOnly()) {
                caveats.add(new Caveat.Fp16AccumulateOnly(sheet.id(), p));
            }
            return Optional.of(new Selection(exact.get(), caveats, false));
        }
        for (Precision alt : FALLBACKS.getOrDefault(p, List.of())) {
            Optional<Peak> fb = peaks.peak(sheet, alt, s, core);
            if (fb.isPresent()) {
                boolean absent = peaks.peak(sheet, p, Sparsity.DENSE, null).isEmpty()
                        && peaks.peak(sheet, p, Sparsity.SPARSE, null).isEmpty();
                return Optional.of(new Selection(fb.get(), List.of(new Caveat.Fallback(sheet.id(), p, alt, core, absent)), true));
            }
        }
        return Optional.empty();
    }

    /** Why nothing was found, for an "n/a" cell. */
    public Unavailable whyMissing(SpecSheet sheet, Precision p, Sparsity s) {
        if (s == Sparsity.SPARSE && peaks.peak(sheet, p, Sparsity.DENSE, null).isPresent()) {
            return Unavailable.peak(Unavailable.Reason.NO_SPARSE_PEAK, p, s);
        }
        return Unavailable.peak(Unavailable.Reason.NO_PEAK, p, s);
    }
}
