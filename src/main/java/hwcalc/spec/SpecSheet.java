package hwcalc.spec;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One chip, board, system, server or cluster, as its YAML sheet declares it. Nothing here is
 * derived: sums of parts and first-principles peaks are computed in hwcalc.metrics.Peaks.
 * {@code nameLocations} says where each alias and family name is written, so a clash between
 * sheets is reported at the line that declares the name.
 */
public record SpecSheet(
        String id,
        String name,
        String vendor,
        Kind kind,
        List<String> aliases,
        List<String> family,
        String variant,
        Dates dates,
        Map<String, Source> sources,
        List<Throughput> throughput,
        Memory memory,
        Power power,
        List<Price> prices,
        List<Part> parts,
        Derivation derivation,
        Figure weight,
        Figure process,
        Figure transistors,
        Figure dieSize,
        List<Missing> missing,
        List<Reviewed> reviewed,
        Map<String, Location> nameLocations,
        Location location) {

    public SpecSheet {
        aliases = List.copyOf(aliases);
        family = List.copyOf(family);
        sources = Map.copyOf(sources);
        throughput = List.copyOf(throughput);
        prices = List.copyOf(prices);
        parts = List.copyOf(parts);
        missing = List.copyOf(missing);
        reviewed = List.copyOf(reviewed);
        nameLocations = Map.copyOf(nameLocations);
    }

    /** Where an alias or family name of this sheet is written (the sheet's start if not known). */
    public Location locationOf(String aliasOrFamily) {
        return nameLocations.getOrDefault(aliasOrFamily, location);
    }

    /** The rules whose warnings a person reviewed and kept for this sheet. */
    public Set<RuleId> reviewedRules() {
        Set<RuleId> out = EnumSet.noneOf(RuleId.class);
        reviewed.forEach(r -> out.add(r.rule()));
        return out;
    }

    /**
     * This sheet with price observations from price files appended after its own, and their
     * sources added under keys that cannot clash with the sheet's ({@code file#key}).
     */
    public SpecSheet withPrices(List<Price> more, Map<String, Source> moreSources) {
        List<Price> all = new java.util.ArrayList<>(prices);
        all.addAll(more);
        Map<String, Source> src = new java.util.LinkedHashMap<>(sources);
        src.putAll(moreSources);
        return new SpecSheet(id, name, vendor, kind, aliases, family, variant, dates, src, throughput, memory, power, all,
                parts, derivation, weight, process, transistors, dieSize, missing, reviewed, nameLocations, location);
    }

    /** This sheet with {@code p} as its one price (a price history computes each observation alone). */
    public SpecSheet withOnlyPrice(Price p) {
        return new SpecSheet(id, name, vendor, kind, aliases, family, variant, dates, sources, throughput, memory, power, List.of(p),
                parts, derivation, weight, process, transistors, dieSize, missing, reviewed, nameLocations, location);
    }

    /** Whether a price is written in this sheet's own file, not attached from a price file. */
    public boolean isOwn(Price p) {
        return p.location() == null || location == null || p.location().file().equals(location.file());
    }

    /** The file the sheet was read from. */
    public String file() {
        return location.file();
    }

    /**
     * The default price for metrics: the sheet's own first purchase price. Rental rates, and the
     * observations of price files (an import must not change a curated sheet's default), are
     * used only when a selector (--price) asks for them.
     */
    public Optional<Price> price() {
        for (Price p : prices) {
            if (!p.isRental() && isOwn(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * The declared rate with these tags. Where the sheet gives rates for both accumulators, the
     * FP32-accumulate one (tagged or untagged) comes first; an FP16-accumulate rate is returned only
     * when it is the sheet's only rate with these tags.
     */
    public Optional<Throughput> declared(Precision p, Sparsity s, Core c) {
        Throughput other = null;
        for (Throughput t : throughput) { // a loop, not a stream: this runs for every sheet in a ranking
            if (t.precision() == p && t.sparsity() == s && t.core() == c) {
                if (t.effectiveAccumulate() == Accumulate.FP32) {
                    return Optional.of(t);
                }
                other = other == null ? t : other;
            }
        }
        return Optional.ofNullable(other);
    }

    /** The declared rate with these tags and this accumulator (untagged counts as FP32). */
    public Optional<Throughput> declared(Precision p, Sparsity s, Core c, Accumulate a) {
        for (Throughput t : throughput) {
            if (t.precision() == p && t.sparsity() == s && t.core() == c && t.effectiveAccumulate() == a) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
