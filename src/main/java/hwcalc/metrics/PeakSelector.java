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

    /** The chosen peak, notes explaining any choice made, and whether it is a fallback. */
    public record Selection(Peak peak, List<String> notes, boolean fallback) {
        public Selection {
            notes = List.copyOf(notes);
        }
    }

    public Optional<Selection> select(SpecSheet sheet, Precision p, Sparsity s, Core core) {
        Optional<Peak> exact = peaks.peak(sheet, p, s, core);
        if (exact.isPresent()) {
            List<String> notes = new ArrayList<>();
            if (core == null && exact.get().core() == Core.VECTOR && !p.isInteger()) {
                notes.add(sheet.id() + ": no tensor-unit " + p.name() + " figure; using the vector-unit rate");
            }
            return Optional.of(new Selection(exact.get(), notes, false));
        }
        for (Precision alt : FALLBACKS.getOrDefault(p, List.of())) {
            Optional<Peak> fb = peaks.peak(sheet, alt, s, core);
            if (fb.isPresent()) {
                String why = alt == Precision.FP32
                        ? "no " + p.name() + " figure; using FP32 (a chip without " + p.name()
                        + " units runs it at best at its FP32 rate)"
                        : "no " + p.name() + " figure; using " + alt.name() + " (the other 16-bit format)";
                return Optional.of(new Selection(fb.get(), List.of(sheet.id() + ": FALLBACK " + why), true));
            }
        }
        return Optional.empty();
    }

    /** Why nothing was found, for an "n/a" cell. */
    public String whyMissing(SpecSheet sheet, Precision p, Sparsity s) {
        if (s == Sparsity.SPARSE && peaks.peak(sheet, p, Sparsity.DENSE, null).isPresent()) {
            return "no " + p.name() + " sparse figure (sparse rates are never derived from dense ones)";
        }
        return "no " + p.name() + " " + s.key() + " figure";
    }
}
