package hwcalc.epoch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The tab-separated tables the price import is driven by (src/main/resources/hwcalc/epoch/):
 * lines starting with {@code #} are comments, the first other line names the columns, every
 * further line has exactly that many cells. A broken table is a build error, so it throws.
 */
final class PriceTables {
    private PriceTables() {
    }

    /** The table's data lines, each as exactly as many cells as the header names. */
    static List<String[]> read(String resource, String... header) {
        String text;
        try (InputStream in = PriceTables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(text, resource, header);
    }

    static List<String[]> parse(String text, String name, String... header) {
        List<String[]> rows = new ArrayList<>();
        boolean headerSeen = false;
        int line = 0;
        for (String l : text.split("\n", -1)) {
            line++;
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] cells = l.split("\t", -1);
            if (!headerSeen) {
                if (!Arrays.equals(cells, header)) {
                    throw new IllegalStateException(name + ":" + line + ": header is not " + String.join(", ", header));
                }
                headerSeen = true;
                continue;
            }
            if (cells.length != header.length) {
                throw new IllegalStateException(name + ":" + line + ": " + cells.length + " cells, not " + header.length);
            }
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].strip();
            }
            rows.add(cells);
        }
        return rows;
    }
}
