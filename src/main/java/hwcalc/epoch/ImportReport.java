package hwcalc.epoch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What an import did: rows read, sheets written, rows skipped (by reason, with examples),
 * cells left out of rows that were kept (by reason), ids that needed a suffix, and rows a stray
 * line break had cut in two and the import joined again, and temporary files of a killed earlier
 * import that were removed.
 */
public record ImportReport(int rows, List<Path> written, Map<String, List<String>> skippedRows,
                           Map<String, Integer> skippedCells, int suffixedIds, int joinedRows,
                           List<Path> staleTemporaryFiles) {

    public int skipped() {
        return skippedRows.values().stream().mapToInt(List::size).sum();
    }

    /** A short account for the terminal: counts by reason and a few examples of each. */
    public String summary(Path out) {
        StringBuilder s = new StringBuilder();
        s.append("read ").append(rows).append(" rows; wrote ").append(written.size()).append(" spec sheets to ")
                .append(out).append('\n');
        s.append("skipped ").append(skipped()).append(skipped() == 1 ? " row" : " rows").append(skippedRows.isEmpty() ? "\n" : ":\n");
        skippedRows.forEach((reason, rowsOf) -> s.append(String.format("  %6d  %s (e.g. %s)%n", rowsOf.size(), reason,
                String.join("; ", rowsOf.subList(0, Math.min(3, rowsOf.size()))))));
        if (!skippedCells.isEmpty()) {
            s.append("cells left out of imported rows:\n");
            skippedCells.forEach((reason, n) -> s.append(String.format("  %6d  %s%n", n, reason)));
        }
        if (joinedRows > 0) {
            s.append(joinedRows).append(joinedRows == 1 ? " row was" : " rows were")
                    .append(" cut in two by a stray carriage return after the name, and joined again\n");
        }
        if (suffixedIds > 0) {
            s.append(suffixedIds).append(suffixedIds == 1 ? " id" : " ids")
                    .append(" got a -2, -3... suffix: the dataset repeats those names\n");
        }
        for (Path p : staleTemporaryFiles) {
            s.append("removed ").append(p.getFileName()).append(", a temporary file an import that was killed left in the folder\n");
        }
        return s.toString();
    }
}
