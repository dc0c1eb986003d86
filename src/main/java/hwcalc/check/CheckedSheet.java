package hwcalc.check;

import hwcalc.spec.Location;
import hwcalc.spec.SpecSheet;
import hwcalc.spec.YamlNode;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A sheet with the locations of the fields the model keeps none for (a date, a source's date
 * seen), so a finding about them can name its exact line. The locations are found only when a
 * finding asks for one, by parsing the file's bytes again: a check of thousands of sheets holds
 * every sheet until the rules run, and few sheets have such a finding. (Kept whole, the YAML trees
 * were four times the sheets' size; the locations alone, for every sheet, were 20 MB of the 5,600
 * sheets of an Epoch import, copied by every young collection: issue 17.)
 */
public final class CheckedSheet {

    /**
     * The top-level fields located, to their fields' fields (sources.KEY.seen): those rules find by
     * path. Any other path is located to the sheet itself.
     */
    static final Set<String> LOCATED = Set.of("dates", "sources");
    private static final int DEPTH = 3;
    /** Joins a path's keys (a key holding it, written as a \\0 escape, is not located: paths cannot collide). */
    private static final char SEPARATOR = '\0';

    private final SpecSheet sheet;
    private final Supplier<YamlNode> tree;
    /** Found on the first {@link #at}; a race only finds the same map twice. */
    private volatile Map<String, Location> locations;

    private CheckedSheet(SpecSheet sheet, Supplier<YamlNode> tree) {
        this.sheet = sheet;
        this.tree = tree;
    }

    /** The sheet bound from {@code root}, whose fields under {@link #LOCATED} are located in it. */
    public static CheckedSheet of(SpecSheet sheet, YamlNode root) {
        return new CheckedSheet(sheet, () -> root);
    }

    /** The sheet, with {@code tree} to parse its file again (the same bytes: the same tree) when a location is asked for. */
    public static CheckedSheet of(SpecSheet sheet, Supplier<YamlNode> tree) {
        return new CheckedSheet(sheet, tree);
    }

    private Map<String, Location> locations() {
        Map<String, Location> at = locations;
        if (at == null) {
            at = locate(tree.get());
            locations = at;
        }
        return at;
    }

    private static Map<String, Location> locate(YamlNode root) {
        Map<String, Location> at = new HashMap<>();
        if (root instanceof YamlNode.Mapping m) {
            for (YamlNode.Entry e : m.entries().values()) {
                if (LOCATED.contains(e.key())) {
                    at.put(e.key(), e.value().location());
                    locateUnder(e.value(), e.key(), 2, at);
                }
            }
        }
        return Collections.unmodifiableMap(at);
    }

    private static void locateUnder(YamlNode n, String path, int depth, Map<String, Location> at) {
        if (depth <= DEPTH && n instanceof YamlNode.Mapping m) {
            for (YamlNode.Entry e : m.entries().values()) {
                if (e.key().indexOf(SEPARATOR) >= 0) {
                    continue;
                }
                String child = path + SEPARATOR + e.key();
                at.put(child, e.value().location());
                locateUnder(e.value(), child, depth + 1, at);
            }
        }
    }

    public SpecSheet sheet() {
        return sheet;
    }

    /** The location of the value at {@code path} (keys of nested mappings), or of the nearest parent present. */
    public Location at(String... path) {
        Location best = sheet.location();
        StringBuilder key = new StringBuilder();
        for (String k : path) {
            if (k.indexOf(SEPARATOR) >= 0) {
                return best; // no located key holds it
            }
            if (key.length() > 0) {
                key.append(SEPARATOR);
            }
            Location here = locations().get(key.append(k).toString());
            if (here == null) {
                return best;
            }
            best = here;
        }
        return best;
    }
}
