package hwcalc.epoch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a price import did: rows read, files written, prices written by kind, rows that gave no
 * price (by reason, with examples), prices left out of matched rows (by reason), the hardware
 * names no sheet was found for (with the reason and their row counts), how many prices carry a
 * flag in their note, and temporary files of a killed earlier import that were removed.
 */
public record PriceImportReport(int rows, List<Path> written, Map<String, Integer> pricesByKind,
                                Map<String, List<String>> skippedRows, Map<String, Integer> skippedPrices,
                                Map<String, Unmatched> unmatched, int flagged, List<Path> staleTemporaryFiles) {

    /** A hardware name the mapping table did not resolve to one sheet. */
    public record Unmatched(String reason, String why, int rows) {
    }

    public int prices() {
        return pricesByKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int skipped() {
        return skippedRows.values().stream().mapToInt(List::size).sum();
    }

    /** A short account for the terminal: counts by reason, a few examples, every unmatched name. */
    public String summary(Path out) {
        StringBuilder s = new StringBuilder();
        s.append("read ").append(rows).append(" rows; wrote ").append(prices()).append(" prices for ").append(written.size())
                .append(written.size() == 1 ? " sheet" : " sheets").append(" to ").append(out).append('\n');
        pricesByKind.forEach((kind, n) -> s.append(String.format("  %6d  %s%n", n, kind)));
        s.append("rows with no price written: ").append(skipped()).append('\n');
        skippedRows.forEach((reason, rowsOf) -> s.append(String.format("  %6d  %s (e.g. %s)%n", rowsOf.size(), reason,
                String.join("; ", rowsOf.subList(0, Math.min(3, rowsOf.size()))))));
        if (!unmatched.isEmpty()) {
            s.append("hardware names not matched to a sheet:\n");
            unmatched.forEach((name, u) -> s.append(String.format("  %6d  %s: %s%s%n", u.rows(), name, u.reason(),
                    u.why().isEmpty() ? "" : " (" + u.why() + ")")));
        }
        if (!skippedPrices.isEmpty()) {
            s.append("prices left out of matched rows:\n");
            skippedPrices.forEach((reason, n) -> s.append(String.format("  %6d  %s%n", n, reason)));
        }
        if (flagged > 0) {
            s.append(flagged).append(flagged == 1 ? " price is" : " prices are")
                    .append(" flagged in the note for a reader to check (below 0.05 USD/h, far above its peers' median, ...)\n");
        }
        s.append("credit: Epoch AI, CC BY 4.0 (every output that uses these prices says so)\n");
        for (Path p : staleTemporaryFiles) {
            s.append("removed ").append(p.getFileName()).append(", a temporary file an import that was killed left in the folder\n");
        }
        return s.toString();
    }
}
