package hwcalc.engine;

import hwcalc.spec.BinaryForm;
import hwcalc.spec.Catalogue;
import hwcalc.spec.Layers;
import hwcalc.spec.SheetIndex;
import hwcalc.spec.SpecSheet;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A catalogue over --specs folders as it was built and checked (its name tables and the imported
 * sheets layering set aside), stored so that a later run over the same files looks up only the
 * names it uses: a run over an import of 5,600 sheets otherwise decodes 5,600 index entries and
 * lays and checks them all again, 30 ms before the first figure (issue 17).
 *
 * <p>It holds for the files it was made from: each folder's count and digest ({@link #fileHash})
 * of every file's path, size and time to the millisecond, which the caller compares with a walk of
 * the folder ({@code FolderCache.quickWalk}) before it uses what it computed. The names are in sorted tables searched in place, and an entry is decoded only
 * when asked for. A file that is corrupt or truncated (a CRC-32 over the whole) or of another
 * format or key reads as no table.
 */
final class LayerTable {

    private static final int MAGIC = 0x68774c54; // "hwLT"
    /** Bumped whenever the binary form or the meaning of an entry changes. */
    static final int FORMAT = 1;
    /** The layer number of a bundled sheet; folder i is layer i + 1. */
    static final int BUNDLED = 0;

    /** Where a sheet of the catalogue was read from: the bundled layer (no entry: looked up by id) or a folder's file. */
    record Ref(int layer, SheetIndex.Entry entry) {
        Ref {
            if ((layer == BUNDLED) != (entry == null)) {
                throw new IllegalArgumentException("a bundled sheet has no folder entry, a folder's sheet has one");
            }
        }
    }

    /** One folder as the table was made from it: how many sheet files, and the sum of their {@link #fileHash}es. */
    record Folder(int files, long digest) {
        /** As equals, written out: a record's equals is a bootstrap at start-up, 20 lambda forms spun (issue 17). */
        boolean same(Folder other) {
            return other != null && files == other.files && digest == other.digest;
        }
    }

    /** What the reader needs to turn a ref back into a sheet: the bundled stubs by id, a folder entry's stub. */
    interface Sheets {
        SpecSheet bundled(String id);

        SpecSheet folder(int folder, SheetIndex.Entry entry);
    }

    /**
     * One file's part of its folder's digest, which sums them (the same in any order): a 64-bit
     * mix of its relative path (FNV-1a), size and modification time (milliseconds, as
     * java.io.File gives it). Two different folders share a digest by chance about once in 2^64;
     * what it guards against is a file changed since, as the folder cache's own size-and-time test does.
     */
    static long fileHash(String rel, long size, long modified) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < rel.length(); i++) {
            h = (h ^ rel.charAt(i)) * 0x100000001b3L;
        }
        return mix(h ^ mix(size + 0x9e3779b97f4a7c15L) ^ Long.rotateLeft(mix(modified), 29));
    }

    static long mix(long z) { // splitmix64's finaliser (SplittableRandom's mix64)
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private final byte[] bytes;
    private final List<Folder> folders;
    private final int matchedAt;
    private final Table ids;
    private final Table aliases;
    private final Table families;

    private LayerTable(byte[] bytes, List<Folder> folders, int matchedAt, Table ids, Table aliases, Table families) {
        this.bytes = bytes;
        this.folders = folders;
        this.matchedAt = matchedAt;
        this.ids = ids;
        this.aliases = aliases;
        this.families = families;
    }

    List<Folder> folders() {
        return folders;
    }

    // ---------------------------------------------------------------- writing

    /** The table of a catalogue built over {@code folders}; {@code refs} says where each of its sheets (and each set aside) came from. */
    static byte[] write(String key, List<Folder> folders, Catalogue.Tables tables, List<Layers.Matched> matched,
                        java.util.function.Function<SpecSheet, Ref> refs) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(body)) {
            out.writeUTF(key);
            out.writeInt(folders.size());
            for (Folder f : folders) {
                out.writeInt(f.files());
                out.writeLong(f.digest());
            }
            out.writeInt(matched.size());
            for (Layers.Matched m : matched) {
                ref(out, refs.apply(m.imported()));
                BinaryForm.writeOptional(out, m.curated() == null ? null : m.curated().id());
                BinaryForm.writeOptional(out, m.why());
                BinaryForm.writeStrings(out, m.family());
            }
            table(out, tables.byId(), (o, s) -> ref(o, refs.apply(s)));
            table(out, tables.aliasToId(), DataOutputStream::writeUTF);
            table(out, tables.familyToIds(), BinaryForm::writeStrings);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a name longer than writeUTF's 64 kB: no table, the folders are read
        }
        byte[] rest = body.toByteArray();
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(rest);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(all)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeLong(crc.getValue());
            out.write(rest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toByteArray();
    }

    private interface ValueWriter<V> {
        void write(DataOutputStream out, V value) throws IOException;
    }

    /**
     * A sorted table: its size, each record's offset in the records that follow, the map's own
     * order (as indices of sorted records: a catalogue's aliases are in the order of their sheets,
     * which did-you-mean lists keep), then the records (key, value).
     */
    private static <V> void table(DataOutputStream out, Map<String, V> map, ValueWriter<V> values) throws IOException {
        List<String> inOrder = new ArrayList<>(map.keySet());
        List<String> keys = new ArrayList<>(inOrder);
        java.util.Collections.sort(keys); // the order the reader searches in
        ByteArrayOutputStream records = new ByteArrayOutputStream();
        DataOutputStream r = new DataOutputStream(records);
        int[] offsets = new int[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            offsets[i] = r.size();
            r.writeUTF(keys.get(i));
            values.write(r, map.get(keys.get(i)));
        }
        out.writeInt(keys.size());
        for (int o : offsets) {
            out.writeInt(o);
        }
        Map<String, Integer> sortedIndex = new java.util.HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            sortedIndex.put(keys.get(i), i);
        }
        for (String k : inOrder) {
            out.writeInt(sortedIndex.get(k));
        }
        out.writeInt(records.size());
        records.writeTo(out);
    }

    private static void ref(DataOutputStream out, Ref ref) throws IOException {
        out.writeInt(ref.layer());
        if (ref.layer() != BUNDLED) {
            byte[] entry = SheetIndex.write("", List.of(ref.entry()));
            out.writeInt(entry.length);
            out.write(entry);
        }
    }

    // ---------------------------------------------------------------- reading

    /** The table in {@code bytes} if it is whole and was written with this key in this format; else null. */
    static LayerTable read(byte[] bytes, String key) {
        try {
            BinaryForm.Reader in = new BinaryForm.Reader(bytes, 0);
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                return null;
            }
            long crc = in.readLong();
            java.util.zip.CRC32 actual = new java.util.zip.CRC32();
            actual.update(bytes, in.at(), bytes.length - in.at());
            if (actual.getValue() != crc || !in.readUTF().equals(key)) {
                return null;
            }
            int n = in.readInt();
            List<Folder> folders = new ArrayList<>(Math.min(n, 64));
            for (int i = 0; i < n; i++) {
                folders.add(new Folder(in.readInt(), in.readLong()));
            }
            int matchedAt = in.at();
            int matched = in.readInt();
            for (int i = 0; i < matched; i++) { // skipped here, read by matched(): only their end is needed now
                skipRef(in);
                in.readOptional();
                in.readOptional();
                in.readStrings();
            }
            Table ids = table(in);
            Table aliases = table(in);
            Table families = table(in);
            return in.atEnd() ? new LayerTable(bytes, List.copyOf(folders), matchedAt, ids, aliases, families) : null;
        } catch (IOException | RuntimeException e) { // written by another version, or damaged: as if there were none
            return null;
        }
    }

    /** The catalogue's tables, each entry read when first asked for (anonymous classes: a lambda is a bootstrap at start-up). */
    Catalogue.Tables tables(Sheets sheets) {
        return new Catalogue.Tables(new View<SpecSheet>(ids) {
            @Override
            SpecSheet read(String key, BinaryForm.Reader in) throws IOException {
                return sheet(key, readRef(in), sheets);
            }
        }, new View<String>(aliases) {
            @Override
            String read(String key, BinaryForm.Reader in) throws IOException {
                return in.readUTF();
            }
        }, new View<List<String>>(families) {
            @Override
            List<String> read(String key, BinaryForm.Reader in) throws IOException {
                return List.copyOf(in.readStrings());
            }
        });
    }

    /** The imported sheets layering set aside, as when the table was made; {@code byId} the table's own (for the curated sheets). */
    List<Layers.Matched> matched(Sheets sheets, Map<String, SpecSheet> byId) {
        try {
            BinaryForm.Reader in = new BinaryForm.Reader(bytes, matchedAt);
            int n = in.readInt();
            List<Layers.Matched> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Ref imported = readRef(in);
                String curated = in.readOptional();
                String why = in.readOptional();
                List<String> family = in.readStrings();
                out.add(new Layers.Matched(sheets.folder(imported.layer() - 1, imported.entry()),
                        curated == null ? null : byId.get(curated), why, family));
            }
            return out;
        } catch (IOException e) { // checked whole by read: not reached
            throw new UncheckedIOException(e);
        }
    }

    private static SpecSheet sheet(String id, Ref ref, Sheets sheets) {
        SpecSheet s = ref.layer() == BUNDLED ? sheets.bundled(id) : sheets.folder(ref.layer() - 1, ref.entry());
        if (s == null) { // the key holds the build, so its bundled sheets are the table's
            throw new IllegalStateException("the catalogue cache names a bundled sheet this build does not have: " + id);
        }
        return s;
    }

    /** Where a sorted table's offsets, its map's order and its records begin in the file, and how many it holds. */
    private record Table(int offsets, int order, int records, int size) {
    }

    /** A sorted table as a read-only map, searched in place; each value decoded once, on first use. */
    private abstract class View<V> extends AbstractMap<String, V> {
        private final Table table;
        /** By record; a map, not an array of the table's size: a damaged size allocates nothing. */
        private final java.util.concurrent.ConcurrentHashMap<Integer, V> decoded = new java.util.concurrent.ConcurrentHashMap<>();

        View(Table table) {
            this.table = table;
        }

        /** The value of the record whose key was just read from {@code in}. */
        abstract V read(String key, BinaryForm.Reader in) throws IOException;

        private int recordAt(int i) {
            return table.records() + BinaryForm.intAt(bytes, table.offsets() + 4 * i);
        }

        private String key(int i) {
            try {
                return new BinaryForm.Reader(bytes, recordAt(i)).readUTF();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private int find(Object key) {
            if (!(key instanceof String k)) {
                return -1;
            }
            int lo = 0;
            int hi = table.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int c = key(mid).compareTo(k);
                if (c < 0) {
                    lo = mid + 1;
                } else if (c > 0) {
                    hi = mid - 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }

        private V value(int i) {
            V v = decoded.get(i);
            if (v != null) {
                return v;
            }
            try {
                BinaryForm.Reader in = new BinaryForm.Reader(bytes, recordAt(i));
                String key = in.readUTF();
                v = read(key, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            V first = decoded.putIfAbsent(i, v); // one value per key, whoever decodes it first: a sheet is known by identity
            return first == null ? v : first;
        }

        @Override
        public V get(Object key) {
            int i = find(key);
            return i < 0 ? null : value(i);
        }

        @Override
        public boolean containsKey(Object key) {
            return find(key) >= 0;
        }

        @Override
        public int size() {
            return table.size();
        }

        @Override
        public Set<Entry<String, V>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, V>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < table.size();
                        }

                        @Override
                        public Entry<String, V> next() {
                            if (!hasNext()) {
                                throw new NoSuchElementException();
                            }
                            int i = BinaryForm.intAt(bytes, table.order() + 4 * next++); // in the map's own order
                            return new SimpleImmutableEntry<>(key(i), value(i));
                        }
                    };
                }

                @Override
                public int size() {
                    return table.size();
                }
            };
        }
    }

    /** A folder's ref: its layer, and a folder sheet's index entry (a one-entry SheetIndex). */
    private Ref readRef(BinaryForm.Reader in) throws IOException {
        int layer = in.readInt();
        if (layer == BUNDLED) {
            return new Ref(BUNDLED, null);
        }
        int length = in.readInt();
        int start = in.at();
        in.skip(length);
        List<SheetIndex.Entry> entry = SheetIndex.read(java.util.Arrays.copyOfRange(bytes, start, start + length), "");
        if (entry == null || entry.size() != 1) {
            throw new IOException("not an index entry");
        }
        return new Ref(layer, entry.get(0));
    }

    private static void skipRef(BinaryForm.Reader in) throws IOException {
        if (in.readInt() != BUNDLED) {
            in.skip(in.readInt());
        }
    }

    /** A sorted table's place: its size, offsets, the map's order, then its records; the reader moves past it. */
    private static Table table(BinaryForm.Reader in) throws IOException {
        int n = in.readInt();
        int offsets = in.at();
        in.skip(4 * n);
        int order = in.at();
        in.skip(4 * n);
        int length = in.readInt();
        int records = in.at();
        in.skip(length); // the records' offsets are as written: the CRC-32 says so
        return new Table(offsets, order, records, n);
    }
}
