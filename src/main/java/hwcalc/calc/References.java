package hwcalc.calc;

import hwcalc.metrics.Caveat;
import hwcalc.metrics.Metrics;
import hwcalc.metrics.Peak;
import hwcalc.metrics.PeakBasis;
import hwcalc.metrics.Peaks;
import hwcalc.spec.Catalogue;
import hwcalc.spec.Core;
import hwcalc.spec.Precision;
import hwcalc.spec.Price;
import hwcalc.spec.SpecSheet;
import hwcalc.spec.Sparsity;
import hwcalc.units.Quantity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Resolves {@code id.field[.tag...]} references: {@code dgx-1.price}, {@code h100-sxm5.fp16.sparse},
 * {@code a100-sxm4-80gb.fp64.vector}, {@code dgx-1.memory}, {@code .bandwidth}, {@code .power},
 * {@code .weight}. Peaks are dense by default and prefer tensor units, as everywhere else.
 */
final class References {

    static final List<String> FIELDS = List.of("price", "memory", "bandwidth", "power", "weight",
            "fp64", "fp32", "tf32", "bf16", "fp16", "fp8", "fp6", "fp4", "int8", "int4");

    private final Catalogue catalogue;
    private final Peaks peaks;
    private final Metrics metrics;
    final List<String> resolved = new ArrayList<>();
    final LinkedHashSet<String> urls = new LinkedHashSet<>();

    /** Whether prices stated as ranges resolve to their top (a second evaluation), else their bottom. */
    private final boolean highEnd;
    /** Whether any price resolved was a range. */
    boolean ranged;

    /** Which of a sheet's prices {@code .price} names. */
    private final hwcalc.metrics.PriceSelector prices;

    References(Catalogue catalogue, Metrics metrics, boolean highEnd, hwcalc.metrics.PriceSelector prices) {
        this.highEnd = highEnd;
        this.prices = prices;
        this.catalogue = catalogue;
        this.peaks = new Peaks(catalogue);
        this.metrics = metrics;
    }

    CalcValue resolve(String ref) {
        String[] parts = ref.split("\\.");
        SpecSheet sheet = catalogue.resolve(parts[0]);
        if (parts.length < 2) {
            throw new CalcException("'" + ref + "' names a sheet but no figure: write " + parts[0] + ".FIELD, FIELD one of "
                    + String.join(", ", FIELDS));
        }
        String field = parts[1].toLowerCase(Locale.ROOT);
        Sparsity sparsity = null;
        Core core = null;
        for (int i = 2; i < parts.length; i++) {
            String tag = parts[i].toLowerCase(Locale.ROOT);
            switch (tag) {
                case "dense", "sparse" -> {
                    Sparsity t = tag.equals("dense") ? Sparsity.DENSE : Sparsity.SPARSE;
                    if (sparsity != null) {
                        throw new CalcException("'" + ref + "' names two sparsity tags; give one of dense, sparse");
                    }
                    sparsity = t;
                }
                case "tensor", "vector" -> {
                    if (core != null) {
                        throw new CalcException("'" + ref + "' names two unit tags; give one of tensor, vector");
                    }
                    core = tag.equals("tensor") ? Core.TENSOR : Core.VECTOR;
                }
                default -> throw new CalcException("unknown tag '" + parts[i] + "' in " + ref + " (tags: dense, sparse, tensor, vector)");
            }
        }
        if (sparsity == null) {
            sparsity = Sparsity.DENSE;
        }
        if (parts.length > 2 && !isPrecision(field)) {
            throw new CalcException("tags apply to peak figures only, not to '" + field + "' in " + ref);
        }
        List<Caveat> notes = new ArrayList<>();
        switch (field) {
            case "price" -> {
                Price p = (prices.isDefault() ? sheet.price()
                        : hwcalc.metrics.PriceChoice.choose(sheet.prices(), prices).map(hwcalc.metrics.PriceChoice::price))
                        .orElseThrow(() -> new MissingFigureException(sheet.id() + (prices.isDefault() ? " has no price"
                                : " has no price observation matching the claim's price selector")));
                urls.addAll(Peaks.urls(sheet, p.sources()));
                resolved.add(ref + " = " + p.amount() + (p.high() == null ? "" : " to " + p.high()) + " (" + p.kind().label()
                        + (p.provider() == null ? "" : ", " + p.provider()) + ", " + p.date() + ", per " + p.scope().key() + ")");
                ranged |= p.high() != null;
                return new CalcValue(highEnd && p.high() != null ? p.high() : p.amount(), p.date().year(), null);
            }
            case "memory" -> {
                return figure(ref, metrics.capacity(sheet, notes), notes, sheet.id() + " has no memory capacity");
            }
            case "bandwidth" -> {
                return figure(ref, metrics.bandwidth(sheet, notes), notes, sheet.id() + " has no memory bandwidth");
            }
            case "power" -> {
                return figure(ref, metrics.power(sheet, notes), notes, sheet.id() + " has no power figure");
            }
            case "weight" -> {
                if (sheet.weight() != null) {
                    urls.addAll(Peaks.urls(sheet, sheet.weight().sources())); // a weight is cited like any figure
                }
                return figure(ref, sheet.weight() == null ? null : sheet.weight().value(), notes, sheet.id() + " has no weight");
            }
            default -> {
                if (!isPrecision(field)) {
                    throw new CalcException("unknown field '" + parts[1] + "' in " + ref + " (fields: " + String.join(", ", FIELDS) + ")");
                }
                Precision p = Precision.parse(field);
                Optional<Peak> peak = peaks.peak(sheet, p, sparsity, core);
                if (peak.isEmpty()) {
                    throw new MissingFigureException(sheet.id() + " has no " + p.name() + " " + sparsity.key()
                            + (core == null ? "" : " " + core.key()) + " figure");
                }
                Peak pk = peak.get();
                urls.addAll(pk.sourceUrls());
                resolved.add(ref + " = " + pk.value() + " (" + pk.tags() + ", " + pk.basis().label()
                        + (pk.arithmetic() == null ? "" : ": " + pk.arithmetic()) + ")");
                return new CalcValue(pk.value(), null, new PeakBasis(pk.precision(), pk.sparsity(), null)); // cores differ: a comparison warning, not a mixed basis
            }
        }
    }

    private CalcValue figure(String ref, Quantity q, List<Caveat> notes, String missing) {
        if (q == null) {
            throw new MissingFigureException(missing);
        }
        List<String> sums = notes.stream().filter(Caveat.SumOfParts.class::isInstance)
                .map(n -> "sum of parts " + ((Caveat.SumOfParts) n).arithmetic()).toList();
        resolved.add(ref + " = " + q + (sums.isEmpty() ? "" : " (" + String.join("; ", sums) + ")"));
        return CalcValue.of(q);
    }

    private static boolean isPrecision(String field) {
        return field.matches("fp64|fp32|tf32|bf16|fp16|fp8|fp6|fp4|int8|int4");
    }
}
