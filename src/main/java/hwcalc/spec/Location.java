package hwcalc.spec;

/** Where something stands in a file: 1-based line and column. */
public record Location(String file, int line, int column) implements Comparable<Location> {

    public static Location of(String file) {
        return new Location(file, 0, 0);
    }

    @Override
    public int compareTo(Location o) {
        int c = file.compareTo(o.file);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    /** {@code file:line:column}, or just the file when the position is unknown. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
