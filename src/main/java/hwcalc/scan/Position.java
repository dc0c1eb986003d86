package hwcalc.scan;

/** Where a figure starts: file, 1-based line and column (in UTF-16 units of the text scanned). */
public record Position(String file, int line, int column) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
