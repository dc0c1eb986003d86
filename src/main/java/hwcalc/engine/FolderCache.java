package hwcalc.engine;

import hwcalc.io.AtomicFiles;
import hwcalc.spec.SheetIndex;
import hwcalc.spec.SpecException;
import hwcalc.spec.SpecLoader;
import hwcalc.spec.SpecSheet;
import hwcalc.spec.YamlTreeReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A cache of --specs folders' index entries ({@link SheetIndex}), one file per folder in a user
 * cache folder, so that a command over 5,600 sheets reads only the sheets it uses. An entry is
 * used only for a file of the same path, size and modification time (to the nanosecond) as when
 * it was read and checked in full, and only by the same hwcalc build ({@code stamp}); any other
 * file is read in full and its entry renewed. A file modified within {@link #RACY_NANOS} of being
 * read is not trusted next time (a second change in the same clock tick would keep its size and
 * time). Anything unusual (a link, a folder named .yaml, a file too large, a file with a
 * problem) makes {@link #folder} return null, and the caller reads the folder in full as before,
 * with the same errors. The cache file is written whole or not at all, and a cache that cannot
 * be written is skipped silently: it only saves time.
 */
public final class FolderCache {

    static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final Path dir;
    private final String stamp;

    /** A cache in {@code dir}, valid for the hwcalc build {@code stamp} (entries made by another are not used). */
    FolderCache(Path dir, String stamp) {
        this.dir = dir;
        this.stamp = stamp;
    }

    /**
     * The cache of this hwcalc: {@code $HWCALC_CACHE_DIR}, else the user cache folder
     * ({@code -Dhwcalc.cache.dir} first; {@code $XDG_CACHE_HOME/hwcalc}, {@code ~/Library/Caches/hwcalc}, {@code %LOCALAPPDATA%\hwcalc},
     * {@code ~/.cache/hwcalc}); keyed to the jar's path, size and time. None when run from a class
     * folder (a build in progress has no stable stamp), under {@code -Dhwcalc.nocache=true} or
     * {@code HWCALC_CACHE_DIR=off}.
     */
    static FolderCache ofUser() {
        String setting = System.getProperty("hwcalc.cache.dir", System.getenv("HWCALC_CACHE_DIR")); // the property: CdsTraining
        if (Boolean.getBoolean("hwcalc.nocache") || "off".equals(setting)) {
            return null;
        }
        Path jar = LazyCatalogue.codeSource();
        if (jar == null || !Files.isRegularFile(jar)) {
            return null;
        }
        Path where = setting != null && !setting.isBlank() ? Path.of(setting) : userCacheDir();
        if (where == null) {
            return null;
        }
        try {
            BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
            return new FolderCache(where, jar.toAbsolutePath() + " " + a.size() + " " + nanos(a.lastModifiedTime()));
        } catch (IOException e) {
            return null;
        }
    }

    private static Path userCacheDir() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String home = System.getProperty("user.home");
        String xdg = System.getenv("XDG_CACHE_HOME");
        String local = System.getenv("LOCALAPPDATA");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "hwcalc");
        }
        if (os.contains("win") && local != null) {
            return Path.of(local, "hwcalc");
        }
        if (home == null || home.isBlank()) {
            return null;
        }
        return os.contains("mac") ? Path.of(home, "Library", "Caches", "hwcalc") : Path.of(home, ".cache", "hwcalc");
    }

    /** A sheet file found by {@link #walk}: its path relative to the folder ('/'-separated), size and time. */
    record Found(Path path, String rel, long size, long modified) {
    }

    static long nanos(FileTime t) {
        java.time.Instant i = t.toInstant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    /**
     * The YAML files SpecLoader.folderFiles would read under {@code root}, in its order, or null
     * when anything there is what only a full read reports or handles (a folder too deep, a
     * link, something not a regular file named .yaml, a file too large, a folder it cannot list).
     * Every run over a cached folder stats each file, so this is lean (issue 17): a file's path
     * relative to the root is cut from its path string, and sorted as a string where that is the
     * order of paths (ASCII names: folderFiles sorts by Path, which compares bytes).
     */
    static List<Found> walk(Path root) {
        List<Found> out = walkUnsorted(root);
        if (out != null) {
            sortAsFolderFiles(out);
        }
        return out;
    }

    /** In folderFiles' order (by Path, which compares bytes): as strings where that is the same order. */
    private static void sortAsFolderFiles(List<Found> found) {
        found.sort(sortsAsString(found) ? BY_REL : BY_PATH);
    }

    /** As {@link #walk}, in the order the folders list their files. */
    static List<Found> walkUnsorted(Path root) {
        List<Found> out = new ArrayList<>();
        boolean[] unusual = {false};
        String r = root.toString(); // the walk's paths are root's string, a separator (unless it ends in one or is empty), the rest
        int cut = r.isEmpty() || r.charAt(r.length() - 1) == SEPARATOR ? r.length() : r.length() + 1;
        try {
            Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), SpecLoader.MAX_FOLDER_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) {
                    if (d.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String name = d.getFileName().toString();
                    if (name.equals("claims") || name.equals(SpecLoader.PRICES_FOLDER)) { // price files are read apart (LazyCatalogue)
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (isYaml(name)) {
                        unusual[0] = true;
                        return FileVisitResult.TERMINATE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                    if (a.isDirectory()) { // a folder at the depth limit: the full read says whether that is a problem
                        unusual[0] = true;
                        return FileVisitResult.TERMINATE;
                    }
                    String path = f.toString();
                    if (!isYaml(path)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (!a.isRegularFile() || a.size() > YamlTreeReader.MAX_BYTES) { // a link, a FIFO, too large
                        unusual[0] = true;
                        return FileVisitResult.TERMINATE;
                    }
                    String rel = SEPARATOR == '/' ? path.substring(cut) : path.substring(cut).replace(SEPARATOR, '/');
                    out.add(new Found(f, rel, a.size(), nanos(a.lastModifiedTime())));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    unusual[0] = true;
                    return FileVisitResult.TERMINATE;
                }
            });
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return unusual[0] ? null : out;
    }

    private static final char SEPARATOR = java.io.File.separatorChar;
    /** Classes, not lambdas: a lambda is a bootstrap at start-up. */
    private static final java.util.Comparator<Found> BY_REL = new java.util.Comparator<>() {
        @Override
        public int compare(Found a, Found b) {
            return a.rel().compareTo(b.rel());
        }
    };
    private static final java.util.Comparator<Found> BY_PATH = new java.util.Comparator<>() {
        @Override
        public int compare(Found a, Found b) {
            return a.path().compareTo(b.path());
        }
    };

    /** Whether every path is ASCII, where comparing strings is comparing the paths' bytes. */
    private static boolean sortsAsString(List<Found> found) {
        for (Found f : found) {
            String s = f.rel();
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= 0x80) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The walk of {@code root} on a thread of its own, so that the index can be read meanwhile; null from get: see {@link #walk}. */
    static java.util.concurrent.FutureTask<List<Found>> walkAside(Path root) {
        return aside("hwcalc-folder-walk", new java.util.concurrent.Callable<>() {
            @Override
            public List<Found> call() {
                return walkUnsorted(root);
            }
        });
    }

    /** {@code work} on a daemon thread of its own (it never keeps the JVM alive); an anonymous class, not a lambda: a bootstrap at start-up. */
    private static <T> java.util.concurrent.FutureTask<T> aside(String name, java.util.concurrent.Callable<T> work) {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(work);
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
        return task;
    }

    /** What a walk aside found; null if it failed (a walk catches what it expects; anything else: read in full). */
    static <T> T joined(java.util.concurrent.FutureTask<T> walking) {
        try {
            return walking.get();
        } catch (java.util.concurrent.ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static boolean isYaml(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /**
     * The cache file of a folder, named by a 64-bit FNV-1a hash of its absolute path (not SHA-256:
     * initialising the security providers cost 40 ms). Two folders with one hash only take turns:
     * the file's stamp holds the whole path, so an entry is never used for another folder.
     */
    Path fileFor(Path root) {
        long h = 0xcbf29ce484222325L;
        for (byte b : root.toString().getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return dir.resolve("folder-" + Long.toHexString(h) + ".index");
    }

    /**
     * A folder's sheets as its cache entries describe them, before the walk that stats every file
     * (on a thread of its own) says whether they still do: a command builds its catalogue on
     * them meanwhile, and asks {@link #holds} before it uses it (issue 17).
     */
    final class Guess {
        private final Path folder;
        private final String shown;
        private final java.util.concurrent.FutureTask<List<Found>> walking;
        private final List<SheetIndex.Entry> entries; // null: no cache file of this build for this folder
        private final LazyCatalogue.Loaded loaded;
        private Map<String, SheetIndex.Entry> byPath; // the entries by file, made on the first holds()
        private Boolean holds;

        private Guess(Path folder, String shown, java.util.concurrent.FutureTask<List<Found>> walking, List<SheetIndex.Entry> entries) {
            this.folder = folder;
            this.shown = shown;
            this.walking = walking;
            this.entries = entries;
            this.loaded = entries == null ? null : stubs(folder, shown, entries);
        }

        /** The stubs of every cached entry, in folderFiles' order; null if there is no cache file to guess from. */
        LazyCatalogue.Loaded loaded() {
            return loaded;
        }

        /** Whether the folder holds exactly the cached files, each of the same size and time (waits for the walk). */
        boolean holds() {
            if (holds == null) {
                List<Found> found = joined(walking);
                byPath = entries == null ? Map.of() : byPath(entries);
                holds = entries != null && found != null && unchanged(found, byPath);
            }
            return holds;
        }

        /** The folder's sheets for certain: {@link #loaded} if it {@link #holds}, else read as {@link #folder} reads them. */
        LazyCatalogue.Loaded confirmed() {
            return holds() ? loaded : read(folder, shown, joined(walking), byPath);
        }
    }

    /** The guess for a folder; null when it must be read in full (not a folder: the full read says so). */
    Guess guess(Path folder, String shown) {
        if (!Files.isDirectory(folder)) {
            return null;
        }
        return guess(folder, shown, walkAside(folder)); // stat every file while the index is read
    }

    /** The guess for a folder that is being walked. */
    Guess guess(Path folder, String shown, java.util.concurrent.FutureTask<List<Found>> walking) {
        List<SheetIndex.Entry> entries = null;
        try {
            Path file = fileFor(root(folder));
            entries = Files.isRegularFile(file) ? SheetIndex.read(Files.readAllBytes(file), key(folder)) : null;
        } catch (IOException e) {
            // no cache: every file is read
        }
        return new Guess(folder, shown, walking, entries);
    }

    private static Path root(Path folder) {
        return folder.toAbsolutePath().normalize();
    }

    private String key(Path folder) {
        return stamp + "\n" + root(folder);
    }

    private static Map<String, SheetIndex.Entry> byPath(List<SheetIndex.Entry> entries) {
        Map<String, SheetIndex.Entry> cached = new HashMap<>();
        for (SheetIndex.Entry e : entries) {
            cached.put(e.path(), e);
        }
        return cached;
    }

    /**
     * The sheets of a folder, stubs where the cache holds a current entry and sheets read in full
     * where not; null when the folder must be read in full (see the class comment).
     */
    LazyCatalogue.Loaded folder(Path folder, String shown) {
        Guess g = guess(folder, shown);
        return g == null ? null : g.confirmed();
    }

    /** The slow way: each file without a current entry read in full, and the cache file renewed if anything changed. */
    private LazyCatalogue.Loaded read(Path folder, String shown, List<Found> found, Map<String, SheetIndex.Entry> cached) {
        if (found == null) {
            return null;
        }
        Path file = fileFor(root(folder));
        String key = key(folder);
        sortAsFolderFiles(found);
        List<SpecSheet> sheets = new ArrayList<>(found.size());
        Map<SpecSheet, Supplier<SpecSheet>> stubs = new IdentityHashMap<>();
        Map<SpecSheet, SheetIndex.Entry> entryOf = new IdentityHashMap<>();
        List<SheetIndex.Entry> entries = new ArrayList<>(found.size());
        boolean changed = cached.size() != found.size();
        long now = System.currentTimeMillis() * 1_000_000L;
        for (Found f : found) {
            String name = shown + "/" + f.rel();
            SheetIndex.Entry e = cached.get(f.rel());
            if (e != null && e.size() == f.size() && e.modified() == f.modified() && e.id() != null) {
                SpecSheet stub = e.stub(name);
                sheets.add(stub);
                stubs.put(stub, () -> readSheet(f.path(), name));
                entries.add(e);
                entryOf.put(stub, e);
                continue;
            }
            SpecSheet sheet;
            try {
                sheet = readSheet(f.path(), name);
            } catch (SpecException ex) {
                return null; // the full read reports it, with every other problem of the folder
            }
            sheets.add(sheet);
            // a file changed this close to now may change again within the same tick: read it again next time
            long modified = now - f.modified() < RACY_NANOS ? Long.MIN_VALUE : f.modified();
            SheetIndex.Entry e2 = SheetIndex.entry(f.rel(), f.size(), modified, sheet);
            entries.add(e2);
            entryOf.put(sheet, e2);
            changed = true;
        }
        if (changed) {
            save(file, key, entries);
        }
        return new LazyCatalogue.Loaded(sheets, stubs, entryOf);
    }

    /** Whether the folder holds exactly the cached files, each of the same size and time. */
    private static boolean unchanged(List<Found> found, Map<String, SheetIndex.Entry> cached) {
        if (found.size() != cached.size()) {
            return false;
        }
        for (Found f : found) {
            SheetIndex.Entry e = cached.get(f.rel());
            if (e == null || e.size() != f.size() || e.modified() != f.modified() || e.id() == null) {
                return false;
            }
        }
        return true;
    }

    /** Every file as cached: stubs in the entries' order, which is folderFiles' (they were saved in it). */
    private static LazyCatalogue.Loaded stubs(Path folder, String shown, List<SheetIndex.Entry> entries) {
        List<SpecSheet> sheets = new ArrayList<>(entries.size());
        Map<SpecSheet, Supplier<SpecSheet>> stubs = new IdentityHashMap<>();
        Map<SpecSheet, SheetIndex.Entry> entryOf = new IdentityHashMap<>();
        for (SheetIndex.Entry e : entries) {
            SpecSheet stub = stub(folder, shown, e, stubs);
            sheets.add(stub);
            entryOf.put(stub, e);
        }
        return new LazyCatalogue.Loaded(sheets, stubs, entryOf);
    }

    /** The stub of one cached file, its full read put in {@code reads}. */
    static SpecSheet stub(Path folder, String shown, SheetIndex.Entry e, Map<SpecSheet, Supplier<SpecSheet>> reads) {
        String name = shown + "/" + e.path();
        SpecSheet stub = e.stub(name);
        reads.put(stub, () -> readSheet(folder.resolve(e.path()), name));
        return stub;
    }

    static SpecSheet readSheet(Path p, String name) {
        return SpecLoader.read(SpecLoader.folderFiles(p, name).get(0));
    }

    /**
     * Each folder walked on a thread of its own (see {@link #walkAside}), in order; null when one
     * is not a folder (the full read says so).
     */
    static List<java.util.concurrent.FutureTask<List<Found>>> walksAside(List<Path> folders) {
        if (!allFolders(folders)) {
            return null;
        }
        List<java.util.concurrent.FutureTask<List<Found>>> walks = new ArrayList<>(folders.size());
        for (Path f : folders) {
            walks.add(walkAside(f));
        }
        return walks;
    }

    private static boolean allFolders(List<Path> folders) {
        for (Path f : folders) {
            if (!Files.isDirectory(f)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The sheet files under {@code root} as a {@link LayerTable.Folder}: how many, and the digest of
     * their paths, sizes and times (to the millisecond); null if it cannot be listed. Leaner than
     * {@link #walk} (java.io.File: two stats of a file, no Path or attribute objects; 14 against 22 ms
     * for 5,600 files), as it only says whether anything changed since a table was made from a full
     * walk: anything unusual there (a folder named .yaml, a link) either changes the count or
     * digest, and the full walk then says what it is. The table is never made from a file changed
     * within {@link #RACY_NANOS}, so a change since shows in its time even to the millisecond.
     */
    static LayerTable.Folder quickWalk(Path root) {
        long[] sum = new long[2]; // files, digest
        return quickWalk(root.toFile(), "", 0, sum) ? new LayerTable.Folder((int) sum[0], sum[1]) : null;
    }

    private static boolean quickWalk(java.io.File dir, String prefix, int depth, long[] sum) {
        String[] names = dir.list();
        if (names == null) {
            return false;
        }
        for (String name : names) {
            java.io.File f = new java.io.File(dir, name);
            if (isYaml(name)) {
                sum[0]++;
                sum[1] += LayerTable.fileHash(prefix + name, f.length(), f.lastModified());
            } else if (!name.equals("claims") && !name.equals(SpecLoader.PRICES_FOLDER) && f.isDirectory()
                    && !Files.isSymbolicLink(f.toPath()) // as the full walk, which follows no link (two links to "." would nest 2^16 deep)
                    && (depth + 1 >= SpecLoader.MAX_FOLDER_DEPTH || !quickWalk(f, prefix + name + "/", depth + 1, sum))) {
                return false; // a folder at the depth limit is unusual to the full walk too
            }
        }
        return true;
    }

    /** {@link #quickWalk} of each folder on a thread of its own; null when one is not a folder. */
    static List<java.util.concurrent.FutureTask<LayerTable.Folder>> quickWalksAside(List<Path> folders) {
        if (!allFolders(folders)) {
            return null;
        }
        List<java.util.concurrent.FutureTask<LayerTable.Folder>> walks = new ArrayList<>(folders.size());
        for (Path f : folders) {
            walks.add(aside("hwcalc-folder-check", new java.util.concurrent.Callable<>() {
                @Override
                public LayerTable.Folder call() {
                    return quickWalk(f);
                }
            }));
        }
        return walks;
    }

    /** The key of a catalogue over these folders (with or without the bundled sheets) by this build. */
    String tableKey(boolean bundled, List<Path> folders) {
        StringBuilder k = new StringBuilder(stamp).append('\n').append(bundled ? "bundled" : "no-bundled");
        for (Path f : folders) {
            k.append('\n').append(root(f));
        }
        return k.toString();
    }

    /** The cache file of a catalogue over folders, named by a hash of its key (see {@link #fileFor}). */
    Path tableFile(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return dir.resolve("layers-" + Long.toHexString(h) + ".table");
    }

    /** The stored catalogue of this key, or null. */
    LayerTable table(String key) {
        Path file = tableFile(key);
        try {
            return Files.isRegularFile(file) ? LayerTable.read(Files.readAllBytes(file), key) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Stores a catalogue's table, whole or not at all; a cache that cannot be written only costs time. */
    void saveTable(String key, byte[] table) {
        try {
            Files.createDirectories(dir);
            AtomicFiles.write(tableFile(key), table, AtomicFiles.Existing.REPLACE);
        } catch (IOException | RuntimeException e) {
            // as save
        }
    }

    private void save(Path file, String key, List<SheetIndex.Entry> entries) {
        try {
            Files.createDirectories(dir);
            AtomicFiles.write(file, SheetIndex.write(key, entries), AtomicFiles.Existing.REPLACE);
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written (read-only home, a name too long to store) only costs time
        }
    }
}
