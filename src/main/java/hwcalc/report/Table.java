package hwcalc.report;

import java.util.ArrayList;
import java.util.List;

/** A titled grid of already-formatted cells, rendered as text, Markdown or CSV. */
public record Table(List<String> headers, List<List<String>> rows) {

    private static List<String> terminal(List<String> cells) {
        List<String> out = new ArrayList<>(cells.size());
        for (String c : cells) {
            out.add(SafeText.terminal(c));
        }
        return List.copyOf(out);
    }

    public Table {
        // a cell is one line of printable text: names from a sheet or a CSV cannot reach a terminal raw
        // (loops, not streams: each lambda is a bootstrap on compare's start-up path, issue 17)
        headers = terminal(headers);
        List<List<String>> copy = new ArrayList<>();
        for (List<String> r : rows) {
            if (r.size() != headers.size()) {
                throw new IllegalArgumentException("row has " + r.size() + " cells, table has " + headers.size() + " columns");
            }
            copy.add(terminal(r));
        }
        rows = List.copyOf(copy);
    }

    /** Columns padded to width; cells that look numeric are right-aligned. */
    public String toText() {
        int[] width = new int[headers.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = displayWidth(headers.get(i));
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], displayWidth(r.get(i)));
            }
        }
        StringBuilder out = new StringBuilder();
        appendRow(out, headers, width, false);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
        }
        out.append(rule.toString().stripTrailing()).append('\n');
        for (List<String> r : rows) {
            appendRow(out, r, width, true);
        }
        return out.toString();
    }

    private static void appendRow(StringBuilder out, List<String> cells, int[] width, boolean alignNumbers) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            int pad = width[i] - displayWidth(c);
            line.append(i == 0 ? "" : "  ");
            if (alignNumbers && looksNumeric(c)) {
                line.append(" ".repeat(pad)).append(c);
            } else {
                line.append(c).append(" ".repeat(pad));
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    static boolean looksNumeric(String c) {
        if (c.startsWith("$")) {
            c = c.substring(1);
        }
        return !c.isEmpty() && (Character.isDigit(c.charAt(0)) || c.charAt(0) == '-' && c.length() > 1
                && Character.isDigit(c.charAt(1)));
    }

    // CJK characters take two terminal columns
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += Character.isIdeographic(cp) || (cp >= 0xFF00 && cp <= 0xFFEF) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    public String toMarkdown() {
        StringBuilder out = new StringBuilder();
        out.append("| ").append(String.join(" | ", escape(headers))).append(" |\n");
        out.append("|").append("---|".repeat(headers.size())).append('\n');
        for (List<String> r : rows) {
            out.append("| ").append(String.join(" | ", escape(r))).append(" |\n");
        }
        return out.toString();
    }

    private static List<String> escape(List<String> cells) {
        return cells.stream().map(c -> c.replace("|", "\\|")).toList();
    }

    /** RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled. */
    public String toCsv() {
        StringBuilder out = new StringBuilder();
        out.append(csvLine(headers));
        for (List<String> r : rows) {
            out.append(csvLine(r));
        }
        return out.toString();
    }

    private static String csvLine(List<String> cells) {
        List<String> q = new ArrayList<>();
        for (String raw : cells) {
            String c = SafeText.csvCell(raw); // control characters escaped, formula-like cells neutralised
            q.add(c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")
                    ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
        }
        return String.join(",", q) + "\r\n";
    }
}
