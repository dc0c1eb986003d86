package hwcalc.spec;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the catalogue's checks across sheets need of each sheet file (id, aliases, family names,
 * parts, each with its line and column), so that a command can build and check a catalogue
 * without reading every sheet in full, and read in full only the sheets it uses. An index is
 * made from sheets that were read in full and passed every per-file check; it is stored in a
 * compact binary form (the bundled catalogue's at build time, a --specs folder's in a cache).
 *
 * <p>{@code origin} is the source URL of the importer that wrote the sheet ({@link Layers#IMPORT_URL}),
 * null for a curated sheet, so layering can set an imported duplicate aside without reading it.
 * Price files are not indexed: they live under {@code prices/} and are read apart.
 */
public final class SheetIndex {

    /** Bumped whenever the binary form or the meaning of an entry changes: an older index is then not read. */
    static final int FORMAT = 3;
    private static final int MAGIC = 0x68774958; // "hwIX"

    /** A name (alias or family) or part, where it is written in the sheet's file. */
    public record Name(String name, int line, int column) {
    }

    /**
     * One file. {@code path} is relative to the indexed folder ('/'-separated); {@code size} and
     * {@code modified} (nanoseconds since the epoch) say which version of the file this describes.
     */
    public record Entry(String path, long size, long modified, String id, String origin, int line, int column,
                        List<String> aliases, List<String> family, List<Name> nameLocations, List<Name> parts) {
        public Entry {
            if (origin != null && !origin.equals(Layers.IMPORT_URL)) {
                throw new IllegalArgumentException("origin is the importer's source or none: " + origin);
            }
            aliases = List.copyOf(aliases);
            family = List.copyOf(family);
            nameLocations = List.copyOf(nameLocations);
            parts = List.copyOf(parts);
        }

        /** The same entry for another version of the file (same content as far as the index knows). */
        public Entry at(long newSize, long newModified) {
            return new Entry(path, newSize, newModified, id, origin, line, column, aliases, family, nameLocations, parts);
        }

        /**
         * A stand-in sheet with only what {@link Catalogue#of} checks (id, aliases, family names,
         * parts and their locations in {@code file}); every other field is empty. It never leaves a
         * lazy catalogue: every sheet the catalogue hands out is read in full first.
         */
        public SpecSheet stub(String file) {
            // empty and shared values where it can: a run over an import makes 5,600 stubs (issue 17)
            Map<String, Location> where = nameLocations.isEmpty() ? Map.of() : new LinkedHashMap<>();
            for (Name n : nameLocations) {
                where.put(n.name(), new Location(file, n.line(), n.column()));
            }
            List<Part> ps = parts.isEmpty() ? List.of() : new ArrayList<>();
            for (Name p : parts) {
                ps.add(new Part(p.name(), 1, Part.Role.COMPUTE, new Location(file, p.line(), p.column())));
            }
            Map<String, Source> sources = origin == null ? Map.of() : IMPORTED_SOURCES;
            return new SpecSheet(id, "", "", null, aliases, family, null, Dates.NONE, sources, List.of(), Memory.NONE,
                    Power.NONE, List.of(), ps, null, null, null, null, null, List.of(), List.of(), where,
                    new Location(file, line, column));
        }
    }

    /** What a stub of an imported sheet carries of its sources: the importer's, which is all layering asks of it. */
    private static final Map<String, Source> IMPORTED_SOURCES = Map.of(Layers.IMPORT_KEY,
            new Source(Layers.IMPORT_KEY, Layers.IMPORT_URL, null, null, null));

    /** The entry of a sheet read in full from the file at {@code path}. */
    public static Entry entry(String path, long size, long modified, SpecSheet sheet) {
        List<Name> names = new ArrayList<>();
        sheet.nameLocations().forEach((n, loc) -> names.add(new Name(n, loc.line(), loc.column())));
        names.sort(java.util.Comparator.comparing(Name::name)); // nameLocations is an unordered map: a stable order
        List<Name> parts = new ArrayList<>();
        for (Part p : sheet.parts()) {
            parts.add(new Name(p.id(), p.location().line(), p.location().column()));
        }
        return new Entry(path, size, modified, sheet.id(), Layers.imported(sheet) ? Layers.IMPORT_URL : null, sheet.location().line(), sheet.location().column(),
                sheet.aliases(), sheet.family(), names, parts);
    }

    private SheetIndex() {
    }

    /** The binary form of entries, with a stamp saying what made them (a reader version, a folder). */
    public static byte[] write(String stamp, List<Entry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + entries.size() * 96);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(stamp);
            out.writeInt(entries.size());
            for (Entry e : entries) {
                out.writeUTF(e.path());
                out.writeLong(e.size());
                out.writeLong(e.modified());
                BinaryForm.writeOptional(out, e.id());
                out.writeBoolean(e.origin() != null); // the importer's URL: a byte, not 55 per sheet of an import
                out.writeInt(e.line());
                out.writeInt(e.column());
                BinaryForm.writeStrings(out, e.aliases());
                BinaryForm.writeStrings(out, e.family());
                names(out, e.nameLocations());
                names(out, e.parts());
            }
        } catch (IOException e) { // a name longer than writeUTF's 64 kB: no index, the files are read instead
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The entries in {@code bytes} if they were written with this stamp in this format; else null. */
    public static List<Entry> read(byte[] bytes, String stamp) {
        try {
            BinaryForm.Reader in = new BinaryForm.Reader(bytes, 0);
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(stamp)) {
                return null;
            }
            int n = in.readInt();
            List<Entry> out = new ArrayList<>(Math.min(n, bytes.length / 8 + 1));
            for (int i = 0; i < n; i++) {
                String path = in.readUTF();
                long size = in.readLong();
                long modified = in.readLong();
                String id = in.readBoolean() ? in.readUTF() : null;
                String origin = in.readBoolean() ? Layers.IMPORT_URL : null;
                int line = in.readInt();
                int column = in.readInt();
                out.add(new Entry(path, size, modified, id, origin, line, column, in.readStrings(), in.readStrings(), names(in),
                        names(in)));
            }
            return in.atEnd() ? out : null; // trailing bytes: not a file this wrote
        } catch (IOException | RuntimeException e) { // truncated or corrupt: as if there were none
            return null;
        }
    }

    private static void names(DataOutputStream out, List<Name> list) throws IOException {
        out.writeInt(list.size());
        for (Name n : list) {
            out.writeUTF(n.name());
            out.writeInt(n.line());
            out.writeInt(n.column());
        }
    }

    private static List<Name> names(BinaryForm.Reader in) throws IOException {
        int n = in.readInt();
        if (n == 0) {
            return List.of();
        }
        List<Name> out = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
            out.add(new Name(in.readUTF(), in.readInt(), in.readInt()));
        }
        return out;
    }
}
