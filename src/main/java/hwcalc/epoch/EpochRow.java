package hwcalc.epoch;

import hwcalc.units.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * One row of the dataset, read cell by cell. A cell that cannot be used (not a number, zero) is
 * left out and its reason recorded, so the row keeps every other figure.
 */
final class EpochRow {
    private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    private static final Pattern URL = Pattern.compile("https?://[^\\s,;]+");

    private final CSVRecord record;
    private final String name;
    private final Map<String, Integer> skippedCells;

    /** @param name the name when it was cut off onto a record of its own (else null: the record's own) */
    EpochRow(CSVRecord record, String name, Map<String, Integer> skippedCells) {
        this.record = record;
        this.name = name;
        this.skippedCells = skippedCells;
    }

    /** The record number, counted as Epoch's rows are (a joined row counts once). */
    long number() {
        return record.getRecordNumber() - (name != null ? 1 : 0);
    }

    /** The trimmed text of a column, "" when absent or blank; inner runs of white space, line breaks too, are one space. */
    String text(String column) {
        String raw = name != null && column.equals(EpochColumns.NAME) ? name
                : record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
        return raw.strip().replaceAll("\\s+", " ");
    }

    /** A positive number, or null (blank, or skipped with a reason). */
    BigDecimal positive(String column) {
        String t = text(column);
        if (t.isEmpty()) {
            return null;
        }
        if (!NUMBER.matcher(t).matches()) {
            skip("not a number: " + EpochColumns.shortName(column));
            return null;
        }
        BigDecimal v;
        try {
            v = new BigDecimal(t);
        } catch (NumberFormatException e) { // an exponent beyond int range (found by the fuzzer)
            v = null;
        }
        // 1e999999999 parses, then takes minutes in BigDecimal arithmetic (found by the fuzzer):
        // the same bound as every figure the spec reader reads
        if (v == null || Math.abs(Quantity.exponentOf(v)) > Quantity.MAX_EXPONENT) {
            skip("out of range: " + EpochColumns.shortName(column));
            return null;
        }
        if (v.signum() == 0) {
            skip("zero: " + EpochColumns.shortName(column));
            return null;
        }
        return v;
    }

    /** Every http(s) URL in a cell, in order (cells hold several, or a URL with a label). */
    List<String> urls(String column) {
        List<String> out = new ArrayList<>();
        Matcher m = URL.matcher(text(column));
        while (m.find()) {
            out.add(m.group().replaceAll("[.)\\]]+$", ""));
        }
        return out;
    }

    /** The cell's text with its URLs removed: a note when the cell explains rather than links. */
    String prose(String column) {
        return URL.matcher(text(column)).replaceAll("").replaceAll("\\s+", " ").strip();
    }

    void skip(String reason) {
        skippedCells.merge(reason, 1, Integer::sum);
    }
}
