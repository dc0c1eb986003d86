package hwcalc.engine;

import hwcalc.spec.Catalogue;
import hwcalc.spec.Location;
import hwcalc.spec.PriceFile;
import hwcalc.spec.SheetIndex;
import hwcalc.spec.SpecException;
import hwcalc.spec.SpecLoader;
import hwcalc.spec.SpecReader;
import hwcalc.spec.SpecSheet;
import hwcalc.spec.YamlNode;
import hwcalc.spec.YamlTreeReader;
import hwcalc.spec.YamlTrees;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Loads a catalogue reading in full only the sheets a command uses (issue 17). The bundled
 * sheets come as index stubs from {@link #BUNDLED_INDEX}, written at build time by {@link #main};
 * a --specs folder's from its {@link FolderCache} entry, where the cache has one. The catalogue
 * then runs every check across sheets (ids, aliases, family names, parts, cycles) on the stubs,
 * exactly as on sheets read in full, and reads a stub's file when the catalogue hands the sheet
 * out. Every file was read and checked in full when its index entry was made, and a folder's
 * entries are used only for files of the same size and modification time; where anything does
 * not fit (no index, a changed jar, any problem), the files are read in full as before, so that
 * errors are the same, word for word.
 */
public final class LazyCatalogue {

    /** The bundled catalogue's index, on the class path beside the sheets. */
    public static final String BUNDLED_INDEX = "hwcalc/spec/bundled.index";
    static final String BUNDLED_STAMP = "bundled";
    /** The bundled sheets' trees, parsed at build time: one resource per sheet below this. */
    static final String TREES = "hwcalc/spec/trees/";

    private LazyCatalogue() {
    }

    /**
     * Sheets of one source in their load order, some of them stubs with the reads that complete
     * them, and the index entry of each where it is known (a folder's, for its {@link LayerTable}).
     */
    record Loaded(List<SpecSheet> sheets, Map<SpecSheet, Supplier<SpecSheet>> stubs, Map<SpecSheet, SheetIndex.Entry> entries) {
        Loaded(List<SpecSheet> sheets, Map<SpecSheet, Supplier<SpecSheet>> stubs) {
            this(sheets, stubs, Map.of());
        }

        static Loaded full(List<SpecSheet> sheets) {
            return new Loaded(sheets, Map.of());
        }
    }

    /**
     * A catalogue and the imported sheets layering set aside for curated ones; {@code pending} is
     * what says whether the folders still hold the files it was built from, null when that was
     * confirmed while loading.
     */
    record Layered(Catalogue catalogue, List<hwcalc.spec.Layers.Matched> matched, Engine.Confirmation pending) {
        Layered(Catalogue catalogue, List<hwcalc.spec.Layers.Matched> matched) {
            this(catalogue, matched, null);
        }
    }

    /** A catalogue built from its sources: the bundled sheets (null: none) and each folder's (null: read in full). */
    private record Built(Layered layered, Loaded bundled, List<Loaded> folders) {
    }

    /** What Engine.load reads (bundled and/or folders, in that order), as a lazy catalogue; {@code cache} null: no folder cache. */
    static Layered load(Specs specs, FolderCache cache) {
        return load(specs, cache, false);
    }

    /**
     * As {@link #load(Specs, FolderCache)}; {@code tentative}: a catalogue from a stored table is
     * returned before the walks confirm it, with the confirmation pending (see Engine.loadTentatively).
     */
    static Layered load(Specs specs, FolderCache cache, boolean tentative) {
        String key = cache == null || specs.folders().isEmpty() ? null : cache.tableKey(specs.bundled(), specs.folders());
        if (key != null && Files.isRegularFile(cache.tableFile(key))) {
            // the folders checked on threads of their own while the stored catalogue is read
            List<java.util.concurrent.FutureTask<LayerTable.Folder>> checks = FolderCache.quickWalksAside(specs.folders());
            LayerTable table = checks == null ? null : cache.table(key);
            Layered stored = table == null ? null : fromTable(specs, table, checks, tentative);
            if (stored != null) {
                return stored;
            }
        }
        // every folder is statted on a thread of its own while the catalogue is built on what the cache says of it;
        // that catalogue is used only if the walks find the files the cache describes, else it is built again
        List<java.util.concurrent.FutureTask<List<FolderCache.Found>>> walks = key == null ? null : FolderCache.walksAside(specs.folders());
        List<FolderCache.Guess> guesses = new ArrayList<>();
        for (int i = 0; i < specs.folders().size(); i++) {
            Path dir = specs.folders().get(i);
            guesses.add(walks == null ? null : cache.guess(dir, shown(dir), walks.get(i)));
        }
        Built built = build(specs, guesses);
        if (walks != null) {
            saveTable(cache, key, built);
        }
        return built.layered();
    }

    /** Each folder's cache entries taken on trust (where every folder has some), else confirmed. */
    private static Built build(Specs specs, List<FolderCache.Guess> guesses) {
        boolean trusting = true;
        for (FolderCache.Guess g : guesses) {
            trusting &= g != null && g.loaded() != null;
        }
        if (trusting) {
            Built guessed;
            try {
                guessed = load(specs, guesses, true);
            } catch (SpecException e) { // reported only if the folders are as guessed: else it may be the cache's
                guessed = null;
                if (holds(guesses)) {
                    throw e;
                }
            }
            if (guessed != null && holds(guesses)) {
                return guessed;
            }
        }
        return load(specs, guesses, false);
    }

    /**
     * The catalogue a table stored, if every folder still holds the files it was made from (this
     * waits for the walks, as late as it can); else null. Its price files are read as in {@link #load}.
     */
    private static Layered fromTable(Specs specs, LayerTable table, List<java.util.concurrent.FutureTask<LayerTable.Folder>> checks,
                                     boolean tentative) {
        Loaded bundled = specs.bundled() ? bundled() : null;
        Map<String, SpecSheet> bundledById = new HashMap<>();
        Map<SpecSheet, Supplier<SpecSheet>> reads = java.util.Collections.synchronizedMap(new IdentityHashMap<>());
        if (bundled != null) {
            for (SpecSheet s : bundled.sheets()) {
                bundledById.put(s.id(), s);
            }
            reads.putAll(bundled.stubs());
        }
        LayerTable.Sheets sheets = new LayerTable.Sheets() {
            @Override
            public SpecSheet bundled(String id) {
                return bundledById.get(id);
            }

            @Override
            public SpecSheet folder(int folder, SheetIndex.Entry entry) {
                Path dir = specs.folders().get(folder);
                return FolderCache.stub(dir, shown(dir), entry, reads);
            }
        };
        Catalogue.Tables tables = table.tables(sheets);
        List<hwcalc.spec.Layers.Matched> matched = table.matched(sheets, tables.byId());
        List<PriceFile> prices = new ArrayList<>();
        for (Path dir : specs.folders()) {
            prices.addAll(folderPrices(dir));
        }
        Engine.Confirmation walked = new Engine.Confirmation() {
            private Boolean holds;

            @Override
            public synchronized boolean holds() {
                if (holds == null) {
                    holds = walkedAsStored(table, checks);
                }
                return holds;
            }
        };
        if (!tentative && !walked.holds()) {
            return null;
        }
        try {
            return new Layered(Catalogue.ofChecked(tables, fullReader(reads)).withPrices(prices, bundledPrices(specs)), matched,
                    tentative ? walked : null);
        } catch (SpecException e) { // a price file's problem: reported only if the folders are as stored (else rebuilt)
            if (walked.holds()) {
                throw e;
            }
            return null;
        }
    }

    /** Whether each folder holds the files the table was made from (waits for the walks). */
    private static boolean walkedAsStored(LayerTable table, List<java.util.concurrent.FutureTask<LayerTable.Folder>> checks) {
        for (int i = 0; i < checks.size(); i++) {
            if (!table.folders().get(i).same(FolderCache.joined(checks.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Stores the catalogue's table for the next run over the same files, if every folder sheet came
     * with its index entry and none was changed too recently to trust its time (FolderCache.RACY_NANOS).
     */
    private static void saveTable(FolderCache cache, String key, Built built) {
        Map<SpecSheet, LayerTable.Ref> refs = new IdentityHashMap<>();
        if (built.bundled() != null) {
            for (SpecSheet s : built.bundled().sheets()) {
                refs.put(s, new LayerTable.Ref(LayerTable.BUNDLED, null));
            }
        }
        List<LayerTable.Folder> folders = new ArrayList<>();
        for (int i = 0; i < built.folders().size(); i++) {
            Loaded f = built.folders().get(i);
            if (f == null) {
                return;
            }
            long digest = 0;
            for (SpecSheet s : f.sheets()) {
                SheetIndex.Entry e = f.entries().get(s);
                if (e == null || e.modified() == Long.MIN_VALUE) {
                    return;
                }
                digest += LayerTable.fileHash(e.path(), e.size(), Math.floorDiv(e.modified(), 1_000_000L)); // as File.lastModified
                refs.put(s, new LayerTable.Ref(i + 1, e));
            }
            folders.add(new LayerTable.Folder(f.sheets().size(), digest));
        }
        Catalogue.Tables tables = built.layered().catalogue().tables();
        for (SpecSheet s : tables.byId().values()) {
            if (!refs.containsKey(s)) {
                return;
            }
        }
        for (hwcalc.spec.Layers.Matched m : built.layered().matched()) {
            if (!refs.containsKey(m.imported())) {
                return;
            }
        }
        try {
            cache.saveTable(key, LayerTable.write(key, folders, tables, built.layered().matched(), refs::get));
        } catch (RuntimeException e) {
            // a table that cannot be written (a name too long for its form) only costs time
        }
    }

    private static String shown(Path dir) {
        return dir.toString().replace('\\', '/');
    }

    private static boolean holds(List<FolderCache.Guess> guesses) {
        for (FolderCache.Guess g : guesses) {
            if (!g.holds()) {
                return false;
            }
        }
        return true;
    }

    /** A folder's price files, below prices/: the caches index sheets only, so these are read each time. */
    private static List<PriceFile> folderPrices(Path dir) {
        if (!Files.isDirectory(dir.resolve(SpecLoader.PRICES_FOLDER))) {
            return List.of();
        }
        return SpecLoader.load(SpecLoader.folderFiles(dir.resolve(SpecLoader.PRICES_FOLDER),
                shown(dir) + "/" + SpecLoader.PRICES_FOLDER)).priceFiles();
    }

    private static java.util.function.Function<String, List<PriceFile>> bundledPrices(Specs specs) {
        return specs.bundled() ? LazyCatalogue::bundledPrices : id -> List.of();
    }

    /** A stub to its sheet read in full (once, checked against the stub); any other sheet as it is. */
    private static java.util.function.UnaryOperator<SpecSheet> fullReader(Map<SpecSheet, Supplier<SpecSheet>> stubs) {
        Map<SpecSheet, SpecSheet> done = new IdentityHashMap<>();
        return s -> {
            Supplier<SpecSheet> read = stubs.get(s);
            if (read == null) {
                return s;
            }
            synchronized (done) {
                return done.computeIfAbsent(s, k -> checked(k, read.get()));
            }
        };
    }

    /** The catalogue over each folder's guess ({@code trusting}) or its confirmed sheets, a null guess: read in full. */
    private static Built load(Specs specs, List<FolderCache.Guess> guesses, boolean trusting) {
        Map<SpecSheet, Supplier<SpecSheet>> stubs = new IdentityHashMap<>();
        List<SpecSheet> base = List.of();
        Loaded b = null;
        if (specs.bundled()) {
            b = bundled();
            base = b.sheets();
            stubs.putAll(b.stubs());
        }
        List<List<SpecSheet>> folders = new ArrayList<>();
        List<Loaded> loaded = new ArrayList<>();
        List<PriceFile> prices = new ArrayList<>();
        for (int i = 0; i < guesses.size(); i++) {
            Path dir = specs.folders().get(i);
            String shown = shown(dir);
            FolderCache.Guess g = guesses.get(i);
            Loaded f = g == null ? null : trusting ? g.loaded() : g.confirmed();
            loaded.add(f);
            if (f == null) {
                SpecLoader.Loaded all = SpecLoader.load(SpecLoader.folderFiles(dir, shown));
                f = Loaded.full(all.sheets());
                prices.addAll(all.priceFiles());
            } else {
                prices.addAll(folderPrices(dir));
            }
            folders.add(f.sheets());
            stubs.putAll(f.stubs());
        }
        hwcalc.spec.Layers.Result layered = hwcalc.spec.Layers.over(base, folders);
        List<SpecSheet> mine = layered.sheets();
        // a notice names a matched sheet by id and file only, which a stub carries
        List<hwcalc.spec.Layers.Matched> matched = layered.matched();
        Catalogue c = stubs.isEmpty() ? Catalogue.of(base, mine) : Catalogue.of(base, mine, fullReader(stubs));
        return new Built(new Layered(c.withPrices(prices, bundledPrices(specs)), matched), b, loaded);
    }

    /** The bundled price folders, below specs/prices/: each holds one file per sheet, named by its id. */
    static final List<String> BUNDLED_PRICE_FOLDERS = List.of("epoch");

    /**
     * The bundled price files of one sheet, read when the sheet is first handed out (from the tree
     * the build parsed, else the YAML). A bundled price file is named by the sheet it prices, which
     * check enforces, so a lookup by id finds every one.
     */
    static List<PriceFile> bundledPrices(String id) {
        List<PriceFile> out = new ArrayList<>();
        for (String folder : BUNDLED_PRICE_FOLDERS) {
            String path = SpecLoader.PRICES_FOLDER + "/" + folder + "/" + id + ".yaml";
            String name = SpecLoader.BUNDLED_PREFIX + path;
            PriceFile bound = hwcalc.spec.Precompiled.prices(path);
            if (bound != null) {
                out.add(bound);
                continue;
            }
            if (hwcalc.spec.Precompiled.isGenerated()) {
                continue; // the build bound every bundled price file: this sheet has none
            }
            byte[] tree = optionalResource(treeResource(path));
            if (tree == null && hwcalc.spec.BundledData.isGenerated()) {
                continue; // the build wrote a tree for every bundled price file: this sheet has none
            }
            YamlNode root = tree == null ? null : YamlTrees.decode(tree, name);
            if (root == null) {
                byte[] yaml = optionalResource(name);
                if (yaml == null) {
                    continue;
                }
                root = YamlTreeReader.read(yaml, name);
            }
            out.add(SpecReader.readPrices(root));
        }
        return out;
    }

    /** The sheet read in full must be the one the index described (the file may have changed since). */
    static SpecSheet checked(SpecSheet stub, SpecSheet sheet) {
        if (!sheet.id().equals(stub.id()) || !sheet.aliases().equals(stub.aliases()) || !sheet.family().equals(stub.family())
                || !partIds(sheet).equals(partIds(stub))) {
            throw new SpecException(Location.of(sheet.file()), "changed while hwcalc was reading it; run the command again");
        }
        return sheet;
    }

    private static List<String> partIds(SpecSheet s) { // a loop: a lambda is a bootstrap at start-up (issue 17)
        List<String> ids = new ArrayList<>(s.parts().size());
        for (hwcalc.spec.Part p : s.parts()) {
            ids.add(p.id());
        }
        return ids;
    }

    /** The bundled sheets as stubs, from the build's index; read in full when there is no index or it is out of date. */
    static Loaded bundled() {
        List<SheetIndex.Entry> entries = bundledEntries();
        if (entries == null) {
            return Loaded.full(SpecLoader.readAll(SpecLoader.bundledFiles()));
        }
        List<SpecSheet> sheets = new ArrayList<>(entries.size());
        Map<SpecSheet, Supplier<SpecSheet>> stubs = new IdentityHashMap<>();
        for (SheetIndex.Entry e : entries) {
            String name = SpecLoader.BUNDLED_PREFIX + e.path();
            SpecSheet stub = e.stub(name);
            sheets.add(stub);
            stubs.put(stub, () -> bundledSheet(e.path(), name));
        }
        return new Loaded(sheets, stubs);
    }

    /**
     * The index entries, or null to read the sheets in full. From a jar the index is trusted (it
     * was built with it); from a class folder (tests, an IDE) only if every sheet file is the one
     * indexed, by name, size and modification time.
     */
    static List<SheetIndex.Entry> bundledEntries() {
        byte[] bytes = hwcalc.spec.BundledData.bytes(BUNDLED_INDEX);
        if (bytes == null) {
            return null;
        }
        List<SheetIndex.Entry> entries = SheetIndex.read(bytes, BUNDLED_STAMP);
        if (entries == null) {
            return null;
        }
        Path where = codeSource();
        if (where == null || !Files.isDirectory(where)) {
            return entries;
        }
        Map<String, SheetIndex.Entry> byPath = new HashMap<>();
        entries.forEach(e -> byPath.put(e.path(), e));
        List<FolderCache.Found> found = FolderCache.walk(where.resolve(SpecLoader.BUNDLED_PREFIX));
        if (found == null || found.size() != entries.size()) {
            return null;
        }
        for (FolderCache.Found f : found) {
            SheetIndex.Entry e = byPath.get(f.rel());
            if (e == null || e.size() != f.size() || e.modified() != f.modified()) {
                return null;
            }
        }
        return entries;
    }

    /** Where the build put a bundled sheet's parsed tree ({@link YamlTrees}). */
    static String treeResource(String path) {
        return TREES + path + ".tree";
    }

    /**
     * A bundled sheet in full: as the build bound it (spec.Precompiled); else its tree as the build
     * parsed it, bound as SpecLoader.read binds a file (the id must match the file name); the YAML
     * file itself only if there is no tree.
     */
    static SpecSheet bundledSheet(String path, String name) {
        SpecSheet bound = hwcalc.spec.Precompiled.sheet(path); // bound at build time: nothing to decode or bind
        if (bound != null) {
            return bound;
        }
        byte[] tree = optionalResource(treeResource(path));
        YamlNode root = tree == null ? null : YamlTrees.decode(tree, name);
        if (root == null) {
            return SpecLoader.read(new SpecLoader.SpecFile(name, resource(name)));
        }
        String base = name.substring(name.lastIndexOf('/') + 1);
        return SpecReader.read(root, base.replaceFirst("\\.ya?ml$", ""));
    }

    private static byte[] optionalResource(String name) {
        return hwcalc.spec.BundledData.bytes(name);
    }

    private static byte[] resource(String name) {
        try (InputStream in = LazyCatalogue.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new SpecException(Location.of(name), "cannot read the bundled spec sheet: not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new SpecException(Location.of(name), "cannot read the bundled spec sheet: " + e.getMessage());
        }
    }

    /** The jar or class folder hwcalc runs from, or null if unknown. */
    static Path codeSource() {
        try {
            return Path.of(SpecLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** The index of the bundled sheets in {@code classes/specs}, every one read and checked in full. */
    static byte[] bundledIndex(Path classes) throws IOException {
        Path dir = classes.resolve(SpecLoader.BUNDLED_PREFIX);
        List<SheetIndex.Entry> entries = new ArrayList<>();
        List<SpecSheet> sheets = SpecLoader.readAll(SpecLoader.folderFiles(dir, "specs"));
        Catalogue.of(sheets); // the bundled catalogue must hold together: else no index, and the errors show at run time
        List<FolderCache.Found> found = FolderCache.walk(dir);
        if (found == null || found.size() != sheets.size()) {
            throw new IOException("specs/ holds files the index cannot describe (links, folders named .yaml, non-sheets)");
        }
        for (int i = 0; i < sheets.size(); i++) {
            FolderCache.Found f = found.get(i);
            SpecSheet s = sheets.get(i);
            if (!s.file().equals("specs/" + f.rel())) {
                throw new IOException("specs/: " + s.file() + " read where " + f.rel() + " was listed");
            }
            entries.add(SheetIndex.entry(f.rel(), f.size(), f.modified(), s));
        }
        return SheetIndex.write(BUNDLED_STAMP, entries);
    }

    /** Writes each bundled sheet's parsed tree below {@code classes/}{@link #TREES}. */
    static void writeTrees(Path classes) throws IOException {
        Path trees = classes.resolve(TREES);
        if (Files.isDirectory(trees)) { // a sheet removed since the last build leaves no tree behind
            try (var old = Files.walk(trees)) { // price files' trees sit in subfolders (prices/epoch/)
                for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    if (!p.equals(trees)) {
                        Files.delete(p);
                    }
                }
            }
        }
        for (SpecLoader.SpecFile f : SpecLoader.folderFiles(classes.resolve(SpecLoader.BUNDLED_PREFIX), "specs")) {
            Path out = classes.resolve(treeResource(f.displayName().substring(SpecLoader.BUNDLED_PREFIX.length())));
            Files.createDirectories(out.getParent());
            Files.write(out, YamlTrees.encode(YamlTreeReader.read(f.bytes(), f.displayName())));
        }
    }

    /**
     * Build step (process-classes, see pom.xml): writes {@link #BUNDLED_INDEX} into the class
     * folder given as the argument. A bundled catalogue with problems gets no index (and a
     * warning): hwcalc then reads the sheets in full and reports the problems as it always did.
     */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        Path out = classes.resolve(BUNDLED_INDEX);
        Files.createDirectories(out.getParent());
        try {
            byte[] index = bundledIndex(classes);
            writeTrees(classes);
            Files.write(out, index); // silently: the launcher's build prints nothing when all is well
        } catch (SpecException | IOException | UncheckedIOException e) {
            Files.deleteIfExists(out);
            System.err.println("hwcalc: warning: no index of the bundled sheets (they will be read in full): " + e.getMessage());
        }
    }
}
