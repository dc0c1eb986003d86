package hwcalc.spec;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One chip, board, system, server or cluster, as its YAML sheet declares it. Nothing here is
 * derived: sums of parts and first-principles peaks are computed in hwcalc.metrics.Peaks.
 */
public record SpecSheet(
        String id,
        String name,
        String vendor,
        Kind kind,
        List<String> aliases,
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
        Location location) {

    public SpecSheet {
        aliases = List.copyOf(aliases);
        sources = Map.copyOf(sources);
        throughput = List.copyOf(throughput);
        prices = List.copyOf(prices);
        parts = List.copyOf(parts);
        missing = List.copyOf(missing);
    }

    /** The file the sheet was read from. */
    public String file() {
        return location.file();
    }

    /** The default price for metrics: the first listed. */
    public Optional<Price> price() {
        return prices.isEmpty() ? Optional.empty() : Optional.of(prices.get(0));
    }

    public Optional<Throughput> declared(Precision p, Sparsity s, Core c) {
        for (Throughput t : throughput) { // a loop, not a stream: this runs for every sheet in a ranking
            if (t.precision() == p && t.sparsity() == s && t.core() == c) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
