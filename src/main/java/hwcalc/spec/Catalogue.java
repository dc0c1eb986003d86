package hwcalc.spec;

import hwcalc.units.Names;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * All loaded sheets, by id, alias and family name. Building one checks what no single file can:
 * unique ids and aliases, family names that are neither, parts that exist, and no cycles among
 * parts. A catalogue is never half-built: any problem throws.
 */
public final class Catalogue {

    private final Map<String, SpecSheet> byId;
    private final Map<String, String> aliasToId;
    private final Map<String, List<String>> familyToIds;
    /** The sheet in full for what byId holds: the identity, or for a lazy catalogue a read of an index stub. */
    private final UnaryOperator<SpecSheet> full;

    private Catalogue(Map<String, SpecSheet> byId, Map<String, String> aliasToId, Map<String, List<String>> familyToIds,
                      UnaryOperator<SpecSheet> full) {
        this.byId = byId;
        this.aliasToId = aliasToId;
        this.familyToIds = familyToIds;
        this.full = full;
    }

    /**
     * Builds a catalogue from base sheets (bundled) and overriding sheets (a user's); an
     * overriding sheet with a base sheet's id replaces it.
     */
    public static Catalogue of(Collection<SpecSheet> base, Collection<SpecSheet> overriding) {
        return of(base, overriding, UnaryOperator.identity());
    }

    /**
     * As {@link #of(Collection, Collection)}, over sheets some of which may be index stubs
     * ({@link SheetIndex.Entry#stub}): the checks run on what the stubs carry, and {@code full}
     * turns a stub into its sheet read in full whenever the catalogue hands one out.
     */
    public static Catalogue of(Collection<SpecSheet> base, Collection<SpecSheet> overriding, UnaryOperator<SpecSheet> full) {
        List<SpecException.Problem> problems = new ArrayList<>();
        Map<String, SpecSheet> unsorted = new HashMap<>();
        for (SpecSheet s : base) {
            unsorted.put(s.id(), s);
        }
        Map<String, SpecSheet> mine = new LinkedHashMap<>();
        for (SpecSheet s : overriding) {
            SpecSheet before = mine.put(s.id(), s);
            if (before != null) {
                problems.add(new SpecException.Problem(s.location(), "duplicate id '" + s.id() + "' (also in " + before.file() + ")",
                        RuleId.SCHEMA_DUPLICATE_ID));
            }
            unsorted.put(s.id(), s);
        }
        Map<String, SpecSheet> byId = sortedById(base, mine, unsorted);
        // bundled sheets first, so a clash between a user's sheet and a bundled one is the user's to fix
        List<SpecSheet> order = new ArrayList<>();
        for (SpecSheet s : byId.values()) { // loops, not lambdas, here: each lambda is a bootstrap at start-up (issue 17)
            if (!mine.containsKey(s.id())) {
                order.add(s);
            }
        }
        order.addAll(mine.values());
        Map<String, String> aliases = new LinkedHashMap<>();
        for (SpecSheet s : order) {
            for (String a : s.aliases()) {
                if (byId.containsKey(a) && mine.containsKey(a) && !mine.containsKey(s.id())) {
                    // a user's sheet took a bundled alias as its id: the user's file declares the clash
                    problems.add(new SpecException.Problem(byId.get(a).location(), "id '" + a + "' is an alias of '"
                            + s.id() + "' (" + s.file() + "); name the sheet by that id, or give it another",
                            RuleId.SCHEMA_DUPLICATE_ALIAS));
                } else if (byId.containsKey(a)) {
                    problems.add(new SpecException.Problem(s.locationOf(a), "alias '" + a + "' is the id of " + byId.get(a).file(),
                            RuleId.SCHEMA_DUPLICATE_ALIAS));
                } else if (aliases.containsKey(a)) {
                    problems.add(new SpecException.Problem(s.locationOf(a), "alias '" + a + "' is also an alias of '"
                            + aliases.get(a) + "' (" + byId.get(aliases.get(a)).file() + ")", RuleId.SCHEMA_DUPLICATE_ALIAS));
                } else {
                    aliases.put(a, s.id());
                }
            }
        }
        Map<String, List<String>> families = new TreeMap<>();
        for (SpecSheet s : order) {
            for (String fam : s.family()) {
                if (byId.containsKey(fam) || aliases.containsKey(fam)) {
                    String whose = byId.containsKey(fam) ? "the id of " + byId.get(fam).file()
                            : "an alias of '" + aliases.get(fam) + "' (" + byId.get(aliases.get(fam)).file() + ")";
                    problems.add(new SpecException.Problem(s.locationOf(fam), "family name '" + fam + "' is " + whose
                            + ": an id or alias resolves silently, so it cannot also name a family", RuleId.SCHEMA_FAMILY_NAME));
                } else {
                    List<String> ids = families.get(fam);
                    if (ids == null) {
                        ids = new ArrayList<>();
                        families.put(fam, ids);
                    }
                    if (!ids.contains(s.id())) {
                        ids.add(s.id());
                    }
                }
            }
        }
        for (Map.Entry<String, List<String>> e : families.entrySet()) {
            List<String> sorted = new ArrayList<>(e.getValue());
            java.util.Collections.sort(sorted);
            e.setValue(List.copyOf(sorted));
        }
        for (SpecSheet s : byId.values()) {
            for (Part p : s.parts()) {
                String target = byId.containsKey(p.id()) ? p.id() : aliases.get(p.id());
                if (target == null && families.containsKey(p.id())) {
                    problems.add(new SpecException.Problem(p.location(), "part '" + p.id() + "' is a family name ("
                            + String.join(", ", families.get(p.id())) + "): a part names one sheet, by id or alias",
                            RuleId.SCHEMA_UNKNOWN_PART));
                } else if (target == null) {
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
        return new Catalogue(byId, aliases, families, full);
    }

    /**
     * A catalogue's name tables as {@link #of} built and checked them, for a cache of them: the
     * sheets by id (stubs unread, in id order), aliases to ids, family names to sorted ids.
     */
    public record Tables(Map<String, SpecSheet> byId, Map<String, String> aliasToId, Map<String, List<String>> familyToIds) {
    }

    /** This catalogue's tables, as built (before any sheet is read in full). */
    public Tables tables() {
        return new Tables(java.util.Collections.unmodifiableMap(byId), java.util.Collections.unmodifiableMap(aliasToId),
                java.util.Collections.unmodifiableMap(familyToIds));
    }

    /**
     * A catalogue over tables an earlier {@link #of} built and checked ({@link #tables}), kept in a
     * cache valid for the same files: nothing is checked again, which is what it saves (issue 17).
     * The maps may read their entries lazily; {@code full} is as for {@link #of(Collection, Collection, UnaryOperator)}.
     */
    public static Catalogue ofChecked(Tables tables, UnaryOperator<SpecSheet> full) {
        return new Catalogue(tables.byId(), tables.aliasToId(), tables.familyToIds(), full);
    }

    /**
     * This catalogue with price observations attached, after each sheet's own: {@code files} by
     * the id each names (checked now: a file naming no sheet, or an alias, is a located problem,
     * since prices never attach by guess), and {@code lazy} looked up by id when a sheet is first
     * handed out (the bundled price files, so a command reads only those of the sheets it uses).
     */
    public Catalogue withPrices(Collection<PriceFile> files, java.util.function.Function<String, List<PriceFile>> lazy) {
        List<SpecException.Problem> problems = new ArrayList<>();
        Map<String, List<PriceFile>> byTarget = new LinkedHashMap<>();
        for (PriceFile f : files) {
            if (!byId.containsKey(f.sheetId())) {
                String why = aliasToId.containsKey(f.sheetId()) ? "is an alias of '" + aliasToId.get(f.sheetId())
                        + "'; a price file names the sheet by its id" : "names no sheet" + didYouMean(f.sheetId());
                problems.add(new SpecException.Problem(f.location(), PriceFile.KEY + " '" + f.sheetId() + "' " + why,
                        RuleId.SCHEMA_UNKNOWN_PART));
                continue;
            }
            byTarget.computeIfAbsent(f.sheetId(), k -> new ArrayList<>()).add(f);
        }
        if (!problems.isEmpty()) {
            throw new SpecException(problems.stream().sorted().toList());
        }
        Map<String, SpecSheet> priced = new java.util.concurrent.ConcurrentHashMap<>();
        UnaryOperator<SpecSheet> inner = full;
        UnaryOperator<SpecSheet> withPrices = s -> {
            SpecSheet whole = inner.apply(s);
            return priced.computeIfAbsent(whole.id(), id -> {
                List<PriceFile> all = new ArrayList<>(lazy.apply(id));
                all.addAll(byTarget.getOrDefault(id, List.of()));
                return attach(whole, all);
            });
        };
        return new Catalogue(byId, aliasToId, familyToIds, withPrices);
    }

    public Catalogue withPrices(Collection<PriceFile> files) {
        return withPrices(files, id -> List.of());
    }

    /** A sheet with price files' observations after its own, their source keys made unique as {@code file#key}. */
    static SpecSheet attach(SpecSheet s, List<PriceFile> files) {
        if (files.isEmpty()) {
            return s;
        }
        Map<String, Source> sources = new LinkedHashMap<>();
        List<Price> prices = new ArrayList<>();
        for (PriceFile f : files) {
            for (Price p : f.prices()) {
                List<String> keys = new ArrayList<>(p.sources().size());
                for (String k : p.sources()) {
                    keys.add(f.file() + "#" + k);
                }
                prices.add(p.withSources(List.copyOf(keys), p.credit()));
            }
            for (Map.Entry<String, Source> e : f.sources().entrySet()) {
                sources.put(f.file() + "#" + e.getKey(), e.getValue());
            }
        }
        return s.withPrices(prices, sources);
    }

    /**
     * The sheets by id in id order, as a TreeMap would hold them, built from a sort of the ids in
     * load order: sheets come nearly sorted (files are read in name order, and a file is named by
     * its id), which the sort runs through in about one comparison each, where a TreeMap of an
     * import's 5,600 sheets compared each id a dozen times (issue 17).
     */
    private static Map<String, SpecSheet> sortedById(Collection<SpecSheet> base, Map<String, SpecSheet> mine,
                                                     Map<String, SpecSheet> unsorted) {
        List<String> ids = new ArrayList<>(unsorted.size());
        for (SpecSheet s : base) {
            if (!mine.containsKey(s.id())) {
                ids.add(s.id());
            }
        }
        ids.addAll(mine.keySet());
        java.util.Collections.sort(ids);
        Map<String, SpecSheet> byId = new LinkedHashMap<>(unsorted.size() * 4 / 3 + 1);
        for (String id : ids) {
            byId.put(id, unsorted.get(id));
        }
        return byId;
    }

    private String didYouMean(String id) {
        List<String> near = Names.nearest(id, byId.keySet(), 3);
        return near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?";
    }

    public static Catalogue of(Collection<SpecSheet> sheets) {
        return of(sheets, List.of());
    }

    private static void findCycles(Map<String, SpecSheet> byId, Map<String, String> aliases,
                                   List<SpecException.Problem> problems) {
        Set<String> done = new HashSet<>();
        for (Map.Entry<String, SpecSheet> e : byId.entrySet()) {
            if (e.getValue().parts().isEmpty()) {
                continue; // in no cycle, and reached from any sheet it is a part of: most of an import (issue 17)
            }
            visit(e.getKey(), new ArrayList<>(), done, byId, aliases, problems);
        }
    }

    /**
     * Parts nest at most this deep (a cluster of servers of boards of chips is 3). Every command
     * walks part chains recursively (peaks, checks, this cycle search), so a bound here keeps a
     * crafted chain of thousands of sheets from overflowing the stack anywhere.
     */
    public static final int MAX_PART_DEPTH = 16;

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
        if (path.size() > MAX_PART_DEPTH) { // located at the part entry that goes one level too deep
            String parent = path.get(path.size() - 1);
            Location where = byId.get(parent).parts().stream()
                    .filter(pt -> id.equals(byId.containsKey(pt.id()) ? pt.id() : aliases.get(pt.id())))
                    .map(Part::location).findFirst().orElse(byId.get(id).location());
            problems.add(new SpecException.Problem(where, "parts: nest deeper than " + MAX_PART_DEPTH + " levels: "
                    + path.get(0) + " -> ... -> " + path.get(path.size() - 1) + " -> " + id));
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

    /** The sheet an id, alias or family name names; see {@link #lookup}. */
    public SpecSheet resolve(String name) {
        return lookup(name).sheet();
    }

    /**
     * What a name means, case-insensitively: a sheet's id, else an alias, else a family name only
     * one sheet has. A family name several sheets share throws {@link AmbiguousNameException}
     * with them; an unknown name throws {@link UnknownIdException} with the nearest names.
     */
    public Resolution lookup(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        SpecSheet s = byId.get(key);
        if (s != null) {
            return new Resolution(full.apply(s), key, Resolution.Match.ID);
        }
        if (aliasToId.containsKey(key)) {
            return new Resolution(full.apply(byId.get(aliasToId.get(key))), key, Resolution.Match.ALIAS);
        }
        List<String> family = familyToIds.get(key);
        if (family != null && family.size() == 1) {
            return new Resolution(full.apply(byId.get(family.get(0))), key, Resolution.Match.FAMILY);
        }
        if (family != null) {
            throw new AmbiguousNameException(key, family);
        }
        List<String> names = new ArrayList<>(byId.keySet());
        names.addAll(aliasToId.keySet());
        names.addAll(familyToIds.keySet());
        throw new UnknownIdException(name, Names.nearest(key, names, 4));
    }

    /** Whether the name is a sheet's id or alias (family names are not: one may name several sheets). */
    public boolean contains(String idOrAlias) {
        String key = idOrAlias.strip().toLowerCase(Locale.ROOT);
        return byId.containsKey(key) || aliasToId.containsKey(key);
    }

    /** The ids of the sheets that list this family name, sorted; empty if none does. */
    public List<String> family(String name) {
        return familyToIds.getOrDefault(name.strip().toLowerCase(Locale.ROOT), List.of());
    }

    /** All sheets, sorted by id. */
    public Collection<SpecSheet> sheets() {
        if (full == UnaryOperator.<SpecSheet>identity()) {
            return byId.values();
        }
        List<SpecSheet> out = new ArrayList<>(byId.size());
        for (SpecSheet s : byId.values()) {
            out.add(full.apply(s));
        }
        return java.util.Collections.unmodifiableList(out);
    }

    public int size() {
        return byId.size();
    }
}
