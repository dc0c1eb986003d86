package hwcalc.spec;

import hwcalc.units.InputException;
import hwcalc.units.Names;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the fields of one YAML mapping, recording a located problem for every wrong field
 * instead of stopping at the first, and flagging unknown keys with a did-you-mean.
 */
public final class Fields {
    private final YamlNode.Mapping map;
    private final List<SpecException.Problem> problems;
    private final String context;
    /**
     * The keys asked for, in order, each once. An array, not a LinkedHashSet: there are a few per
     * mapping and tens of thousands of mappings in a large import, each read once.
     */
    private String[] known = new String[8];
    private int knownCount;

    public Fields(YamlNode.Mapping map, List<SpecException.Problem> problems, String context) {
        this.map = map;
        this.problems = problems;
        this.context = context;
    }

    /** Wraps a node that must be a mapping; records a problem and returns null otherwise. */
    public static Fields of(YamlNode node, List<SpecException.Problem> problems, String context) {
        if (node instanceof YamlNode.Mapping m) {
            return new Fields(m, problems, context);
        }
        problems.add(new SpecException.Problem(node.location(), context + " must be a mapping, found " + node.kind(),
                RuleId.SCHEMA_TYPE));
        return null;
    }

    public Location location() {
        return map.location();
    }

    public void problem(Location at, String message) {
        problems.add(new SpecException.Problem(at, message));
    }

    void problem(Location at, String message, RuleId rule) {
        problems.add(new SpecException.Problem(at, message, rule));
    }

    YamlNode.Mapping mapping() {
        return map;
    }

    /** The keys a reader asked for: the fields this mapping accepts. */
    Set<String> knownKeys() {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(java.util.Arrays.asList(known).subList(0, knownCount)));
    }

    private boolean isKnown(String key) {
        int hash = key.hashCode();
        for (int i = 0; i < knownCount; i++) {
            String k = known[i];
            if (k == key || k.hashCode() == hash && k.equals(key)) {
                return true;
            }
        }
        return false;
    }

    public YamlNode node(String key) {
        if (!isKnown(key)) {
            if (knownCount == known.length) {
                known = java.util.Arrays.copyOf(known, knownCount * 2);
            }
            known[knownCount++] = key;
        }
        YamlNode.Entry e = map.entries().get(key);
        return e == null ? null : e.value();
    }

    /** A required or optional text field; null when absent or wrong. */
    public String text(String key, boolean required) {
        YamlNode n = node(key);
        if (n == null || (n instanceof YamlNode.Scalar s && s.isNull())) {
            if (required) {
                problem(map.location(), context + ": missing required field '" + key + "'", RuleId.SCHEMA_REQUIRED);
            }
            return null;
        }
        if (n instanceof YamlNode.Scalar s) {
            return s.text();
        }
        problem(n.location(), context + "." + key + " must be a value, found " + n.kind(), RuleId.SCHEMA_TYPE);
        return null;
    }

    /** A field parsed by {@code parse}; a parse failure becomes a problem at the field. */
    public <T> T parsed(String key, boolean required, Function<String, T> parse) {
        String t = text(key, required);
        if (t == null) {
            return null;
        }
        try {
            return parse.apply(t);
        } catch (IllegalArgumentException e) {
            RuleId rule = e instanceof RuleViolation v ? v.rule()
                    : e instanceof hwcalc.units.QuantityFormatException ? RuleId.VALUES_UNIT : RuleId.SCHEMA_TYPE;
            problem(node(key).location(), context + "." + key + ": " + e.getMessage(), rule);
            return null;
        }
    }

    public <E extends Enum<E>> E enumValue(String key, boolean required, Class<E> type) {
        return parsed(key, required, t -> {
            String name = t.strip().replace('-', '_'); // on-demand is ON_DEMAND
            for (E c : type.getEnumConstants()) {
                if (c.name().equalsIgnoreCase(name)) {
                    return c;
                }
            }
            List<String> names = java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).toList();
            throw new InputException("'" + t + "' is not one of " + String.join(", ", names));
        });
    }

    /** A field holding one string or a list of strings (source keys, aliases). */
    public List<String> strings(String key) {
        YamlNode n = node(key);
        List<String> out = new ArrayList<>();
        if (n == null || n instanceof YamlNode.Scalar s && s.isNull()) {
            return out;
        }
        if (n instanceof YamlNode.Scalar s) {
            out.add(s.text());
        } else if (n instanceof YamlNode.Sequence seq) {
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlNode.Scalar s && !s.isNull()) {
                    out.add(s.text());
                } else {
                    problem(item.location(), context + "." + key + " items must be values, found " + item.kind(),
                            RuleId.SCHEMA_TYPE);
                }
            }
        } else {
            problem(n.location(), context + "." + key + " must be a value or a list, found " + n.kind(), RuleId.SCHEMA_TYPE);
        }
        return out;
    }

    /** The items of a list field (empty when absent). */
    public List<YamlNode> list(String key) {
        YamlNode n = node(key);
        if (n == null || n instanceof YamlNode.Scalar s && s.isNull()) {
            return List.of();
        }
        if (n instanceof YamlNode.Sequence seq) {
            return seq.items();
        }
        problem(n.location(), context + "." + key + " must be a list, found " + n.kind(), RuleId.SCHEMA_TYPE);
        return List.of();
    }

    /** Flags every key that no reader asked for, with the nearest known key. */
    public void rejectUnknown() {
        for (YamlNode.Entry e : map.entries().values()) {
            if (!isKnown(e.key())) {
                Set<String> keys = knownKeys();
                List<String> near = Names.nearest(e.key(), keys, 1);
                String hint = near.isEmpty() ? " (known: " + String.join(", ", keys) + ")"
                        : "; did you mean '" + near.get(0) + "'?";
                problem(e.keyLocation(), "unknown field '" + e.key() + "' in " + context + hint, RuleId.SCHEMA_UNKNOWN_FIELD);
            }
        }
    }
}
