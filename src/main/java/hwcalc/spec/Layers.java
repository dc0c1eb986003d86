package hwcalc.spec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the user's sheet folders stack on the bundled sheets, before a {@link Catalogue} is built:
 * later folders over earlier ones (a sheet replaces one of the same id: "Epoch as a base, my
 * corrections on top"), and a sheet written by {@code hwcalc import epoch} that duplicates a
 * curated sheet (its id is a curated sheet's id, alias or family name) gives way to the curated
 * one, with a notice. A curated sheet is a bundled sheet or a user's sheet not written by the
 * importer; a user's own sheet with a bundled id still replaces the bundled one.
 */
public final class Layers {

    /** The source {@code hwcalc import epoch} gives every sheet it writes (hwcalc.epoch.EpochSheet). */
    public static final String IMPORT_KEY = "epoch";
    public static final String IMPORT_URL = "https://github.com/epoch-research/training-cost-trends";

    private Layers() {
    }

    /**
     * An imported sheet set aside for the curated sheet it duplicates; {@code family} lists the
     * curated sheets when the imported id is a curated family name (then {@code curated} is the first).
     */
    public record Matched(SpecSheet imported, SpecSheet curated, String why, List<String> family) {
        public Matched {
            family = List.copyOf(family);
        }

        /** "imported 'nvidia-a100-sxm4-40gb' is the curated 'a100-sxm4-40gb' (specs/..., its alias ...); the curated sheet is used" */
        public String message() {
            if (!family.isEmpty()) {
                return "imported '" + imported.id() + "' is the name of a curated family (" + String.join(", ", family)
                        + "); the curated sheets are used";
            }
            return "imported '" + imported.id() + "' is the curated '" + curated.id() + "' (" + curated.file() + ", "
                    + why + "); the curated sheet is used";
        }
    }

    /** The user's sheets to lay over the bundled ones, and the imported sheets set aside. */
    public record Result(List<SpecSheet> sheets, List<Matched> matched) {
        public Result {
            sheets = List.copyOf(sheets);
            matched = List.copyOf(matched);
        }
    }

    /** Whether a sheet was written by hwcalc import epoch (it carries the importer's source). */
    public static boolean imported(SpecSheet sheet) {
        Source s = sheet.sources().get(IMPORT_KEY);
        return s != null && IMPORT_URL.equals(s.url());
    }

    /**
     * Lays {@code folders} (each a list of sheets, in the order given) over {@code base}. Within one
     * folder two sheets with one id stay a problem for {@link Catalogue#of} to report.
     */
    public static Result over(Collection<SpecSheet> base, List<List<SpecSheet>> folders) {
        if (folders.isEmpty()) { // nothing to lay over the base, and no index of it to build (issue 17)
            return new Result(List.of(), List.of());
        }
        Map<String, SpecSheet> byId = new LinkedHashMap<>();
        List<SpecSheet> sameFolderDuplicates = new ArrayList<>();
        for (List<SpecSheet> folder : folders) {
            Map<String, SpecSheet> layer = new LinkedHashMap<>();
            for (SpecSheet s : folder) {
                if (layer.putIfAbsent(s.id(), s) != null) {
                    sameFolderDuplicates.add(s);
                }
            }
            if (byId.isEmpty()) { // the first folder: nothing to replace (one folder of an import is 5,600 sheets, issue 17)
                byId = layer;
            } else {
                byId.keySet().removeAll(layer.keySet());
                byId.putAll(layer);
            }
        }
        // whether each sheet is imported, asked once (a map lookup and a comparison of URLs)
        List<SpecSheet> sheets = new ArrayList<>(byId.values());
        boolean[] imported = new boolean[sheets.size()];
        for (int i = 0; i < imported.length; i++) {
            imported[i] = imported(sheets.get(i));
        }
        List<SpecSheet> curated = new ArrayList<>();
        for (SpecSheet b : base) { // loops, not lambdas: each lambda is a bootstrap at start-up (issue 17)
            if (!byId.containsKey(b.id()) || imported(byId.get(b.id()))) {
                curated.add(b);
            }
        }
        for (int i = 0; i < imported.length; i++) {
            if (!imported[i]) {
                curated.add(sheets.get(i));
            }
        }
        List<Matched> matched = new ArrayList<>();
        List<SpecSheet> out = new ArrayList<>();
        Curated index = Curated.of(curated);
        for (int i = 0; i < imported.length; i++) {
            SpecSheet s = sheets.get(i);
            Matched m = imported[i] ? index.match(s) : null;
            if (m == null) {
                out.add(s);
            } else {
                matched.add(m);
            }
        }
        out.addAll(sameFolderDuplicates);
        return new Result(out, matched);
    }

    /**
     * The curated sheets by id, alias and family name, made once: an import of thousands of sheets
     * is matched against them sheet by sheet.
     */
    public static final class Curated {
        private final Map<String, SpecSheet> byId = new HashMap<>();
        private final Map<String, SpecSheet> byAlias = new HashMap<>();
        private final Map<String, List<SpecSheet>> byFamily = new HashMap<>();

        private Curated() {
        }

        /** The index of {@code curated}; where two sheets share a name, the first in order is matched. */
        public static Curated of(Collection<SpecSheet> curated) {
            Curated index = new Curated();
            for (SpecSheet c : curated) {
                index.byId.putIfAbsent(c.id(), c);
                for (String a : c.aliases()) {
                    index.byAlias.putIfAbsent(a, c);
                }
                for (String f : new java.util.LinkedHashSet<>(c.family())) {
                    index.byFamily.computeIfAbsent(f, k -> new ArrayList<>()).add(c);
                }
            }
            return index;
        }

        /** The curated sheet an imported one duplicates, by id, alias or family name; null if none. */
        public Matched match(SpecSheet imported) {
            String id = imported.id();
            if (byId.containsKey(id)) {
                return new Matched(imported, byId.get(id), "the same id", List.of());
            }
            if (byAlias.containsKey(id)) {
                return new Matched(imported, byAlias.get(id), "its alias " + id, List.of());
            }
            List<SpecSheet> family = byFamily.get(id);
            if (family == null) { // most of an import: no stream to build per sheet (issue 17)
                return null;
            }
            List<SpecSheet> members = family.stream().sorted(java.util.Comparator.comparing(SpecSheet::id)).toList();
            return new Matched(imported, members.get(0), "its family " + id, members.stream().map(SpecSheet::id).toList());
        }
    }
}
