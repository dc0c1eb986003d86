package hwcalc.spec;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Names the fields a reader asked for by their path in the document: {@code memory.capacity.value},
 * {@code throughput[].core}; the entries of a mapping the reader walks freely (sources) are {@code *}.
 */
final class FieldPaths {
    private FieldPaths() {
    }

    static Set<String> of(YamlNode root, List<YamlNode.Mapping> read, List<Set<String>> keys) {
        Map<YamlNode, String> paths = new IdentityHashMap<>();
        Map<YamlNode, Boolean> isRead = new IdentityHashMap<>();
        read.forEach(m -> isRead.put(m, true));
        walk(root, "", paths, isRead);
        Set<String> out = new TreeSet<>();
        for (int i = 0; i < read.size(); i++) {
            String base = paths.get(read.get(i));
            for (String k : keys.get(i)) {
                out.add(base.isEmpty() ? k : base + "." + k);
            }
        }
        return out;
    }

    private static void walk(YamlNode n, String path, Map<YamlNode, String> paths, Map<YamlNode, Boolean> isRead) {
        paths.put(n, path);
        if (n instanceof YamlNode.Mapping m) {
            for (YamlNode.Entry e : m.entries().values()) {
                String k = isRead.containsKey(m) ? e.key() : "*";
                walk(e.value(), path.isEmpty() ? k : path + "." + k, paths, isRead);
            }
        } else if (n instanceof YamlNode.Sequence s) {
            for (YamlNode item : s.items()) {
                walk(item, path + "[]", paths, isRead);
            }
        }
    }
}
