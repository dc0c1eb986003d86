package hwcalc.epoch;

/**
 * Writes the small YAML subset spec sheets use. Free text is always double-quoted with JSON
 * escapes (valid YAML), so no name, URL or note from the data can change the structure.
 */
final class YamlText {
    private final StringBuilder out = new StringBuilder();

    YamlText comment(String text) {
        for (String line : text.split("\n")) {
            out.append("# ").append(line).append('\n');
        }
        return this;
    }

    /** {@code key: value} with the value written as given (enums, quantities, dates). */
    YamlText plain(int indent, String key, String value) {
        out.append("  ".repeat(indent)).append(key).append(": ").append(value).append('\n');
        return this;
    }

    /** {@code key: "text"}. */
    YamlText text(int indent, String key, String value) {
        return plain(indent, key, quote(value));
    }

    /** {@code key:} opening a nested mapping or list. */
    YamlText open(int indent, String key) {
        out.append("  ".repeat(indent)).append(key).append(":\n");
        return this;
    }

    /** A raw line, e.g. a list item in flow style. */
    YamlText line(int indent, String text) {
        out.append("  ".repeat(indent)).append(text).append('\n');
        return this;
    }

    static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                case '\r' -> q.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }

    /** A flow list of quoted strings: {@code ["a", "b"]}. */
    static String list(java.util.List<String> items) {
        return "[" + String.join(", ", items.stream().map(YamlText::quote).toList()) + "]";
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
