package hwcalc.check;

import hwcalc.spec.Location;
import hwcalc.spec.SpecSheet;
import hwcalc.spec.YamlNode;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A sheet with the locations of the fields the model keeps none for (a date, a source's date
 * seen), so a finding about them can name its exact line. Only those locations are kept, not the
 * YAML tree: a check of thousands of sheets holds every sheet until the rules run, and the trees
 * were four times the sheets' size (kept whole, the two subtrees below were still twice what
 * these locations take).
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
    private final Map<String, Location> locations;

    private CheckedSheet(SpecSheet sheet, Map<String, Location> locations) {
        this.sheet = sheet;
        this.locations = Collections.unmodifiableMap(locations);
    }

    /** The locations of {@code root}'s fields under {@link #LOCATED}. */
    public static CheckedSheet of(SpecSheet sheet, YamlNode root) {
        Map<String, Location> at = new HashMap<>();
        if (root instanceof YamlNode.Mapping m) {
            for (YamlNode.Entry e : m.entries().values()) {
                if (LOCATED.contains(e.key())) {
                    at.put(e.key(), e.value().location());
                    locateUnder(e.value(), e.key(), 2, at);
                }
            }
        }
        return new CheckedSheet(sheet, at);
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
            Location here = locations.get(key.append(k).toString());
            if (here == null) {
                return best;
            }
            best = here;
        }
        return best;
    }
}
