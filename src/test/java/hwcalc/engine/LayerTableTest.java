package hwcalc.engine;

import static org.assertj.core.api.Assertions.assertThat;

import hwcalc.spec.Catalogue;
import hwcalc.spec.Layers;
import hwcalc.spec.SpecLoader;
import hwcalc.spec.SpecSheet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stored catalogue of a --specs run: used only while every folder holds the files it was made
 * from, and then it answers every name as the catalogue built from the files does.
 */
class LayerTableTest {

    @TempDir
    Path tmp;

    private static void age(Path f, int secondsAgo) throws IOException {
        Files.setLastModifiedTime(f, FileTime.from(Instant.now().minusSeconds(secondsAgo)));
    }

    private static void copy(String fixture, Path to) throws IOException {
        try (var files = Files.list(hwcalc.Fixtures.dir(fixture))) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
                age(to.resolve(f.getFileName()), 3600);
            }
        }
    }

    private static void imported(Path dir, String id, String... extra) throws IOException {
        StringBuilder yaml = new StringBuilder("id: " + id + "\nname: Imported\nvendor: V\nkind: chip\nsources:\n"
                + "  epoch: {url: " + Layers.IMPORT_URL + ", seen: 2026-12-01, tier: secondary}\n");
        for (String line : extra) {
            yaml.append(line).append('\n');
        }
        Files.writeString(dir.resolve(id + ".yaml"), yaml);
        age(dir.resolve(id + ".yaml"), 3600);
    }

    /**
     * Two folders: curated sheets (fixtures/family: fam-sxm with alias famchip-sxm, fam-pcie, the
     * family famchip-all) under an import that duplicates fam-sxm by its alias and the family by name, and
     * adds a sheet of its own; the basic fixtures (chip-a, box-b of 8 chip-a) in a subfolder.
     */
    private Specs folders(boolean bundled) throws IOException {
        Path curated = Files.createDirectories(tmp.resolve("curated"));
        copy("family", curated);
        // a long name, not all ASCII: the table's key (which holds the folders' paths) is then past 255 bytes and not ASCII
        Path imports = Files.createDirectories(tmp.resolve("import-" + "x".repeat(200) + "-\u00fc"));
        imported(imports, "famchip-sxm"); // fam-sxm's alias
        imported(imports, "famchip-all");
        imported(imports, "other-chip", "aliases: [oc]");
        Path sub = Files.createDirectories(imports.resolve("sub"));
        copy("basic", sub);
        return new Specs(bundled, List.of(curated, imports));
    }

    private FolderCache cache() {
        return new FolderCache(tmp.resolve("cache"), "test-build");
    }

    /** Every name of a catalogue (ids, aliases, family names) with the sheet it resolves to, read in full. */
    private static List<String> names(Catalogue c) {
        Catalogue.Tables t = c.tables();
        List<String> out = new ArrayList<>();
        for (String id : t.byId().keySet()) {
            SpecSheet s = c.resolve(id);
            out.add(id + " -> " + s.id() + " " + s.file() + " " + s.name() + " " + s.aliases() + " " + s.parts().size());
        }
        t.aliasToId().forEach((a, id) -> out.add(a + " = " + c.resolve(a).id()));
        t.familyToIds().forEach((f, ids) -> out.add(f + " : " + c.family(f)));
        return out;
    }

    private static List<String> notices(LazyCatalogue.Layered l) {
        return l.matched().stream().map(m -> m.imported().file() + ": " + m.message()).toList();
    }

    @Test
    void a_later_run_reads_the_stored_catalogue_and_every_name_resolves_as_from_the_files() throws IOException {
        for (boolean bundled : new boolean[] {false, true}) {
            Specs specs = folders(bundled);
            LazyCatalogue.Layered built = LazyCatalogue.load(specs, null); // no cache at all: the files, read in full
            LazyCatalogue.Layered first = LazyCatalogue.load(specs, cache(), true);
            assertThat(first.pending()).as("no table yet: built from the files and confirmed").isNull();
            LazyCatalogue.Layered stored = LazyCatalogue.load(specs, cache(), true);
            assertThat(stored.pending()).as("the table, still to be confirmed").isNotNull();
            assertThat(stored.pending().holds()).isTrue();
            assertThat(names(stored.catalogue())).isEqualTo(names(built.catalogue())).hasSizeGreaterThan(8);
            assertThat(notices(stored)).isEqualTo(notices(built)).hasSize(2); // fam-sxm by its alias, famchip-all by family name
            assertThat(stored.catalogue().resolve("box-b").parts()).extracting(p -> p.id()).containsExactly("chip-a");
            assertThat(names(LazyCatalogue.load(specs, cache()).catalogue())).isEqualTo(names(built.catalogue()));
            clean();
        }
    }

    private void clean() throws IOException {
        try (var all = Files.walk(tmp)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(tmp)) {
                    Files.delete(p);
                }
            }
        }
    }

    @Test
    void a_file_changed_added_or_removed_since_leaves_the_table_unused() throws IOException {
        Specs specs = folders(false);
        Path other = specs.folders().get(1).resolve("other-chip.yaml");
        LazyCatalogue.load(specs, cache());
        // changed at the same size, later: the alias oc becomes ox
        Files.writeString(other, Files.readString(other).replace("[oc]", "[ox]"));
        age(other, 1800);
        LazyCatalogue.Layered stale = LazyCatalogue.load(specs, cache(), true);
        assertThat(stale.pending().holds()).isFalse();
        assertThat(LazyCatalogue.load(specs, cache()).catalogue().resolve("ox").id()).isEqualTo("other-chip");
        assertThat(LazyCatalogue.load(specs, cache(), true).pending().holds()).as("stored again from the files").isTrue();
        // a file added in a subfolder, then one removed
        imported(specs.folders().get(1).resolve("sub"), "new-chip");
        assertThat(LazyCatalogue.load(specs, cache(), true).pending().holds()).isFalse();
        assertThat(LazyCatalogue.load(specs, cache()).catalogue().contains("new-chip")).isTrue();
        Files.delete(other);
        assertThat(LazyCatalogue.load(specs, cache(), true).pending().holds()).isFalse();
        assertThat(LazyCatalogue.load(specs, cache()).catalogue().contains("other-chip")).isFalse();
    }

    @Test
    void no_table_is_stored_while_a_file_is_too_new_to_trust_its_time() throws IOException {
        Specs specs = folders(false);
        Path other = specs.folders().get(1).resolve("other-chip.yaml");
        Files.writeString(other, Files.readString(other)); // modified now
        LazyCatalogue.load(specs, cache());
        LazyCatalogue.load(specs, cache());
        assertThat(LazyCatalogue.load(specs, cache(), true).pending()).isNull();
        age(other, 60);
        LazyCatalogue.load(specs, cache()); // read again, now old enough: stored
        assertThat(LazyCatalogue.load(specs, cache(), true).pending()).isNotNull();
    }

    @Test
    void price_files_and_claims_are_not_part_of_the_folder_check() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("f"));
        copy("basic", dir);
        LayerTable.Folder before = FolderCache.quickWalk(dir);
        assertThat(before.files()).isEqualTo(2);
        Files.createDirectories(dir.resolve("claims"));
        Files.writeString(dir.resolve("claims/c.yaml"), "x: 1\n");
        Files.createDirectories(dir.resolve("prices"));
        Files.writeString(dir.resolve("prices/p.yaml"), "x: 1\n");
        Files.writeString(dir.resolve("README.md"), "not a sheet\n");
        assertThat(FolderCache.quickWalk(dir).same(before)).isTrue();
        Files.setLastModifiedTime(dir.resolve("chip-a.yaml"), FileTime.from(Instant.now().minusSeconds(7)));
        assertThat(FolderCache.quickWalk(dir).same(before)).as("a new time, same size").isFalse();
        assertThat(FolderCache.quickWalk(tmp.resolve("missing"))).isNull();
    }

    @Test
    void the_folder_check_follows_no_link_to_a_folder_as_the_full_walk_follows_none() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("f"));
        copy("basic", dir);
        Files.createDirectories(dir.resolve("sub"));
        Files.copy(dir.resolve("chip-a.yaml"), dir.resolve("sub/chip-c.yaml"));
        LayerTable.Folder before = FolderCache.quickWalk(dir);
        assertThat(before.files()).isEqualTo(3);
        // two links to the folder itself: followed, they would nest 2^16 folders deep
        Files.createSymbolicLink(dir.resolve("loop-1"), dir);
        Files.createSymbolicLink(dir.resolve("sub/loop-2"), dir);
        assertThat(FolderCache.quickWalk(dir).same(before)).isTrue();
        assertThat(FolderCache.walk(dir)).extracting(FolderCache.Found::rel).containsExactly("box-b.yaml", "chip-a.yaml", "sub/chip-c.yaml");
    }

    @Test
    void a_table_of_another_key_a_changed_byte_or_a_cut_is_not_read() throws IOException {
        Specs specs = folders(false);
        String key = cache().tableKey(false, specs.folders());
        byte[] bytes = stored(specs, key);
        assertThat(LayerTable.read(bytes, key)).isNotNull();
        assertThat(LayerTable.read(bytes, key + "x")).isNull();
        assertThat(cache().tableKey(true, specs.folders())).isNotEqualTo(key);
        for (int at : new int[] {0, 20, bytes.length / 2, bytes.length - 1}) {
            byte[] changed = bytes.clone();
            changed[at] ^= 0x10;
            assertThat(LayerTable.read(changed, key)).as("byte %d changed", at).isNull();
        }
        assertThat(LayerTable.read(java.util.Arrays.copyOf(bytes, bytes.length - 3), key)).isNull();
        assertThat(LayerTable.read(new byte[0], key)).isNull();
        // a damaged table file is passed over: the catalogue comes from the files
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(cache().tableFile(key), bytes);
        assertThat(LazyCatalogue.load(specs, cache(), true).pending()).isNull();
        assertThat(LazyCatalogue.load(specs, cache()).catalogue().resolve("oc").id()).isEqualTo("other-chip");
    }

    /** The table a first load over {@code specs} stores, as bytes. */
    private byte[] stored(Specs specs, String key) throws IOException {
        LazyCatalogue.load(specs, cache());
        return Files.readAllBytes(cache().tableFile(key));
    }

    /** The table's bytes with the body after the 16-byte header replaced, and a CRC-32 that fits it. */
    private static byte[] resealed(byte[] table, byte[] body) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(body);
        java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(16 + body.length);
        out.put(table, 0, 8).putLong(crc.getValue()).put(body);
        return out.array();
    }

    @Test
    void a_table_whose_checksum_fits_but_whose_body_is_cut_or_padded_is_not_read() throws IOException {
        Specs specs = folders(false);
        String key = cache().tableKey(false, specs.folders());
        byte[] bytes = stored(specs, key);
        byte[] body = java.util.Arrays.copyOfRange(bytes, 16, bytes.length);
        assertThat(LayerTable.read(resealed(bytes, body), key)).as("resealed as it was").isNotNull();
        for (int cut : new int[] {1, 5, body.length / 3, body.length / 2, body.length - 1}) {
            assertThat(LayerTable.read(resealed(bytes, java.util.Arrays.copyOf(body, cut)), key)).as("cut at %d", cut).isNull();
        }
        assertThat(LayerTable.read(resealed(bytes, java.util.Arrays.copyOf(body, body.length + 1)), key)).as("a byte more").isNull();
    }

    @Test
    void the_stored_maps_answer_as_maps() throws IOException {
        Specs specs = folders(false);
        LazyCatalogue.load(specs, cache());
        Catalogue c = LazyCatalogue.load(specs, cache(), true).catalogue();
        Catalogue.Tables t = c.tables();
        assertThat(t.byId().entrySet()).hasSize(t.byId().size()).hasSize(5); // fam-pcie, famchip-sxm's curated fam-sxm, other-chip, chip-a, box-b
        assertThat(t.byId().containsKey("other-chip")).isTrue();
        assertThat(t.byId().containsKey("nope")).isFalse();
        assertThat(t.byId().containsKey("zzz")).isFalse(); // past the last id
        assertThat(t.byId().containsKey("")).isFalse(); // before the first
        assertThat(t.byId().get(42)).isNull();
        assertThat(t.byId().get("chip-a")).isSameAs(t.byId().get("chip-a")); // a stub is one object
        assertThat(t.aliasToId()).containsEntry("oc", "other-chip").doesNotContainKey("other-chip");
        assertThat(c.contains("nope")).isFalse();
        assertThat(c.family("famchip-all")).containsExactly("fam-pcie", "fam-sxm");
    }

    @Test
    void the_mix_is_splitmix64s_and_a_files_hash_is_fnv1a_of_its_path_mixed_with_its_size_and_time() {
        // SplittableRandom(seed).nextLong() is mix64(seed + 0x9e3779b97f4a7c15): the same finaliser, from the JDK
        for (long seed : new long[] {0, 1, -1, 42, 1L << 40, Long.MIN_VALUE}) {
            assertThat(LayerTable.mix(seed + 0x9e3779b97f4a7c15L)).isEqualTo(new java.util.SplittableRandom(seed).nextLong());
        }
        long fnvOfA = 0xaf63dc4c8601ec8cL; // FNV-1a 64 of "a", the published test vector
        assertThat(LayerTable.fileHash("a", 0, 0)).isEqualTo(LayerTable.mix(fnvOfA
                ^ new java.util.SplittableRandom(0).nextLong() ^ Long.rotateLeft(LayerTable.mix(0), 29)));
        assertThat(LayerTable.fileHash("a", 5, 7)).isEqualTo(LayerTable.mix(fnvOfA
                ^ new java.util.SplittableRandom(5).nextLong() ^ Long.rotateLeft(LayerTable.mix(7), 29)));
    }

    @Test
    void the_digest_does_not_depend_on_the_order_of_files_but_on_each_path_size_and_time() {
        long a = LayerTable.fileHash("a.yaml", 10, 1000);
        long b = LayerTable.fileHash("b.yaml", 10, 1000);
        assertThat(a + b).isEqualTo(b + a);
        assertThat(a).isNotEqualTo(b)
                .isNotEqualTo(LayerTable.fileHash("a.yaml", 11, 1000))
                .isNotEqualTo(LayerTable.fileHash("a.yaml", 10, 1001))
                .isEqualTo(LayerTable.fileHash("a.yaml", 10, 1000));
        assertThat(new LayerTable.Folder(2, a + b).same(new LayerTable.Folder(2, b + a))).isTrue();
        assertThat(new LayerTable.Folder(2, a + b).same(new LayerTable.Folder(3, a + b))).isFalse();
        assertThat(new LayerTable.Folder(2, a + b).same(null)).isFalse();
    }

    @Test
    void every_stored_sheet_reads_as_loading_its_file_does() throws IOException {
        Specs specs = folders(true);
        LazyCatalogue.load(specs, cache());
        Catalogue stored = LazyCatalogue.load(specs, cache(), true).catalogue();
        Path sub = specs.folders().get(1).resolve("sub");
        String shown = sub.toString().replace('\\', '/');
        for (SpecSheet s : SpecLoader.readAll(SpecLoader.folderFiles(sub, shown))) {
            assertThat(stored.resolve(s.id())).isEqualTo(s);
        }
        assertThat(stored.sheets()).hasSize(stored.size()).extracting(SpecSheet::id).contains("fam-pcie", "other-chip", "chip-a");
    }
}
