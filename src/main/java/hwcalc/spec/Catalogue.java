package hwcalc.spec;

import hwcalc.units.Names;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * All loaded sheets, by id and alias. Building one checks what no single file can: unique ids
 * and aliases, parts that exist, and no cycles among parts. A catalogue is never half-built:
 * any problem throws.
 */
public final class Catalogue {

    private final Map<String, SpecSheet> byId;
    private final Map<String, String> aliasToId;

    private Catalogue(Map<String, SpecSheet> byId, Map<String, String> aliasToId) {
        this.byId = byId;
        this.aliasToId = aliasToId;
    }

    /**
     * Builds a catalogue from base sheets (bundled) and overriding sheets (a user's); an
     * overriding sheet with a base sheet's id replaces it.
     */
    public static Catalogue of(Collection<SpecSheet> base, Collection<SpecSheet> overriding) {
        List<SpecException.Problem> problems = new ArrayList<>();
        Map<String, SpecSheet> byId = new TreeMap<>();
        for (SpecSheet s : base) {
            byId.put(s.id(), s);
        }
        Map<String, SpecSheet> mine = new LinkedHashMap<>();
        for (SpecSheet s : overriding) {
            SpecSheet before = mine.put(s.id(), s);
            if (before != null) {
                problems.add(new SpecException.Problem(s.location(), "duplicate id '" + s.id() + "' (also in " + before.file() + ")",
                        RuleId.SCHEMA_DUPLICATE_ID));
            }
            byId.put(s.id(), s);
        }
        Map<String, String> aliases = new LinkedHashMap<>();
        for (SpecSheet s : byId.values()) {
            for (String a : s.aliases()) {
                if (byId.containsKey(a)) {
                    problems.add(new SpecException.Problem(s.location(), "alias '" + a + "' is the id of " + byId.get(a).file(),
                            RuleId.SCHEMA_DUPLICATE_ALIAS));
                } else if (aliases.containsKey(a)) {
                    problems.add(new SpecException.Problem(s.location(), "alias '" + a + "' is also an alias of '" + aliases.get(a) + "'",
                            RuleId.SCHEMA_DUPLICATE_ALIAS));
                } else {
                    aliases.put(a, s.id());
                }
            }
        }
        for (SpecSheet s : byId.values()) {
            for (Part p : s.parts()) {
                String target = byId.containsKey(p.id()) ? p.id() : aliases.get(p.id());
                if (target == null) {
                    List<String> near = Names.nearest(p.id(), byId.keySet(), 3);
                    problems.add(new SpecException.Problem(p.location(), "unknown part '" + p.id() + "'"
                            + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?"),
                            RuleId.SCHEMA_UNKNOWN_PART));
                }
            }
        }
        if (problems.isEmpty()) {
            findCycles(byId, aliases, problems);
        }
        if (!problems.isEmpty()) {
            throw new SpecException(problems.stream().sorted().toList());
        }
        return new Catalogue(byId, aliases);
    }

    public static Catalogue of(Collection<SpecSheet> sheets) {
        return of(sheets, List.of());
    }

    private static void findCycles(Map<String, SpecSheet> byId, Map<String, String> aliases,
                                   List<SpecException.Problem> problems) {
        Set<String> done = new HashSet<>();
        for (String id : byId.keySet()) {
            visit(id, new ArrayList<>(), done, byId, aliases, problems);
        }
    }

    private static void visit(String id, List<String> path, Set<String> done, Map<String, SpecSheet> byId,
                              Map<String, String> aliases, List<SpecException.Problem> problems) {
        if (done.contains(id)) {
            return;
        }
        if (path.contains(id)) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
            cycle.add(id);
            SpecSheet s = byId.get(id);
            problems.add(new SpecException.Problem(s.location(), "parts form a cycle: " + String.join(" -> ", cycle),
                    RuleId.SCHEMA_PART_CYCLE));
            return;
        }
        path.add(id);
        for (Part p : byId.get(id).parts()) {
            String target = byId.containsKey(p.id()) ? p.id() : aliases.get(p.id());
            visit(target, path, done, byId, aliases, problems);
            if (!problems.isEmpty()) {
                return;
            }
        }
        path.remove(path.size() - 1);
        done.add(id);
    }

    /** The sheet an id or alias names, case-insensitively; unknown ids name the nearest ones. */
    public SpecSheet resolve(String idOrAlias) {
        String key = idOrAlias.strip().toLowerCase(Locale.ROOT);
        SpecSheet s = byId.get(key);
        if (s == null && aliasToId.containsKey(key)) {
            s = byId.get(aliasToId.get(key));
        }
        if (s == null) {
            List<String> names = new ArrayList<>(byId.keySet());
            names.addAll(aliasToId.keySet());
            throw new UnknownIdException(idOrAlias, Names.nearest(key, names, 4));
        }
        return s;
    }

    public boolean contains(String idOrAlias) {
        String key = idOrAlias.strip().toLowerCase(Locale.ROOT);
        return byId.containsKey(key) || aliasToId.containsKey(key);
    }

    /** All sheets, sorted by id. */
    public Collection<SpecSheet> sheets() {
        return byId.values();
    }

    public int size() {
        return byId.size();
    }
}
