package hwcalc.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a tree that remembers where each node stands, so every later error can
 * name file, line and column. Scalars keep their text exactly as written.
 */
public sealed interface YamlNode {

    Location location();

    /** What the node is, for messages: "a mapping", "a list", "a value". */
    String kind();

    record Scalar(String text, boolean isNull, Location location) implements YamlNode {
        @Override
        public String kind() {
            return isNull ? "an empty value" : "a value";
        }
    }

    record Sequence(List<YamlNode> items, Location location) implements YamlNode {
        @Override
        public String kind() {
            return "a list";
        }
    }

    record Mapping(LinkedHashMap<String, Entry> entries, Location location) implements YamlNode {
        @Override
        public String kind() {
            return "a mapping";
        }

        public Map<String, Entry> view() {
            return java.util.Collections.unmodifiableMap(entries);
        }
    }

    /** A mapping entry: the key's own location and the value. */
    record Entry(String key, Location keyLocation, YamlNode value) {
    }
}
