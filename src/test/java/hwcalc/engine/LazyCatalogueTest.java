package hwcalc.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hwcalc.spec.AmbiguousNameException;
import hwcalc.spec.Catalogue;
import hwcalc.spec.SheetIndex;
import hwcalc.spec.SpecException;
import hwcalc.spec.SpecLoader;
import hwcalc.spec.SpecReader;
import hwcalc.spec.SpecSheet;
import hwcalc.spec.UnknownIdException;
import hwcalc.spec.YamlNode;
import hwcalc.spec.YamlTreeReader;
import hwcalc.spec.YamlTrees;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The build-time index of the bundled sheets and their precompiled trees, checked against the
 * YAML they were made from; and a lazy catalogue, checked to be the catalogue of sheets read in full.
 */
class LazyCatalogueTest {

    private static final List<SpecLoader.SpecFile> FILES = SpecLoader.bundledFiles();
    private static final List<SpecSheet> SHEETS = SpecLoader.readAll(FILES);
    // the bundled price files attach to their sheets in both, so the two hand out the same sheets
    private static final Catalogue FULL = Catalogue.of(SHEETS).withPrices(SpecLoader.load(FILES).priceFiles());

    @Test
    void the_bundled_index_describes_every_bundled_sheet_as_its_yaml_says() {
        List<SheetIndex.Entry> index = LazyCatalogue.bundledEntries();
        assertThat(index).as("the build wrote an index, and the sheets have not changed since").isNotNull();
        assertThat(index).hasSize(SHEETS.size()).hasSizeGreaterThan(30);
        Map<String, SheetIndex.Entry> byId = index.stream().collect(Collectors.toMap(SheetIndex.Entry::id, e -> e));
        for (SpecSheet s : SHEETS) {
            SheetIndex.Entry e = byId.get(s.id());
            assertThat(e).as(s.id()).isNotNull();
            assertThat(SpecLoader.BUNDLED_PREFIX + e.path()).isEqualTo(s.file());
            SpecSheet stub = e.stub(s.file());
            assertThat(stub.location()).isEqualTo(s.location());
            assertThat(stub.aliases()).isEqualTo(s.aliases());
            assertThat(stub.family()).isEqualTo(s.family());
            assertThat(stub.nameLocations()).isEqualTo(s.nameLocations());
            assertThat(stub.parts().stream().map(p -> p.id() + "@" + p.location()).toList())
                    .isEqualTo(s.parts().stream().map(p -> p.id() + "@" + p.location()).toList());
        }
    }

    @Test
    void each_precompiled_tree_is_the_tree_the_yaml_parser_makes_and_binds_to_the_same_sheet() {
        for (SpecLoader.SpecFile f : FILES) {
            String path = f.displayName().substring(SpecLoader.BUNDLED_PREFIX.length());
            YamlNode parsed = YamlTreeReader.read(f.bytes(), f.displayName());
            byte[] stored = resource(LazyCatalogue.treeResource(path));
            assertThat(stored).as(path).isEqualTo(YamlTrees.encode(parsed));
            assertThat(YamlTrees.decode(stored, f.displayName())).as(path).isEqualTo(parsed);
            if (path.startsWith(SpecLoader.PRICES_FOLDER + "/")) { // a price file: its tree is what bundledPrices reads
                String id = path.substring(path.lastIndexOf('/') + 1).replace(".yaml", "");
                assertThat(LazyCatalogue.bundledPrices(id)).as(path)
                        .contains(hwcalc.spec.SpecReader.readPrices(parsed));
            } else {
                assertThat(LazyCatalogue.bundledSheet(path, f.displayName())).as(path).isEqualTo(SpecLoader.read(f));
            }
        }
    }

    @Test
    void a_tree_that_is_not_one_decodes_to_nothing() {
        byte[] good = YamlTrees.encode(YamlTreeReader.read("id: a\nn: [1, 2]\n".getBytes(), "t.yaml"));
        assertThat(YamlTrees.decode(good, "t.yaml")).isNotNull();
        assertThat(YamlTrees.decode(java.util.Arrays.copyOf(good, good.length - 1), "t.yaml")).isNull(); // truncated
        assertThat(YamlTrees.decode(java.util.Arrays.copyOf(good, good.length + 1), "t.yaml")).isNull(); // trailing byte
        assertThat(YamlTrees.decode("id: a".getBytes(), "t.yaml")).isNull();
    }

    @Test
    void an_index_is_read_back_only_with_its_stamp_and_whole() {
        List<SheetIndex.Entry> entries = LazyCatalogue.bundledEntries();
        byte[] bytes = SheetIndex.write("stamp-1", entries);
        assertThat(SheetIndex.read(bytes, "stamp-1")).isEqualTo(entries);
        assertThat(SheetIndex.read(bytes, "stamp-2")).isNull();
        assertThat(SheetIndex.read(java.util.Arrays.copyOf(bytes, bytes.length - 3), "stamp-1")).isNull();
        assertThat(SheetIndex.read(new byte[0], "stamp-1")).isNull();
    }

    @Test
    void an_index_reads_back_any_text_and_number_it_holds() {
        // ASCII is read as one copy, anything else through DataInputStream's modified UTF-8: both must round-trip
        SheetIndex.Entry odd = new SheetIndex.Entry("sub/é-\u0000-\uD83D\uDE00.yaml", Long.MAX_VALUE, Long.MIN_VALUE, "x-\u00FF",
                hwcalc.spec.Layers.IMPORT_URL, Integer.MAX_VALUE, -1, List.of("a", "\u4E07"), List.of("fam"),
                List.of(new SheetIndex.Name("\u4E07", 3, 7)), List.of(new SheetIndex.Name("p", 9, 2)));
        SheetIndex.Entry plain = new SheetIndex.Entry("p.yaml", 0, 1_700_000_000_123_456_789L, null, null, 1, 1, List.of(),
                List.of(), List.of(), List.of());
        List<SheetIndex.Entry> entries = List.of(odd, plain);
        assertThat(SheetIndex.read(SheetIndex.write("stämp", entries), "stämp")).isEqualTo(entries);
        assertThatThrownBy(() -> new SheetIndex.Entry("p.yaml", 0, 0, "p", "https://example.com/other", 1, 1, List.of(),
                List.of(), List.of(), List.of())).isInstanceOf(IllegalArgumentException.class); // the index keeps one bit of origin
    }

    @Test
    void the_lazy_bundled_catalogue_is_the_catalogue_of_every_sheet_read_in_full() {
        Catalogue lazy = LazyCatalogue.load(Specs.BUNDLED, null).catalogue();
        assertThat(lazy.size()).isEqualTo(FULL.size());
        for (SpecSheet s : SHEETS) {
            assertThat(lazy.resolve(s.id())).isEqualTo(FULL.resolve(s.id()));
            for (String a : s.aliases()) {
                assertThat(lazy.lookup(a)).isEqualTo(FULL.lookup(a));
            }
            for (String f : s.family()) {
                assertThat(lazy.family(f)).isEqualTo(FULL.family(f));
            }
        }
        assertThat(List.copyOf(lazy.sheets())).isEqualTo(List.copyOf(FULL.sheets()));
        // a sheet read once is the same object every time it is handed out
        assertThat(lazy.resolve("dgx-1")).isSameAs(lazy.resolve("nvidia-dgx-1"));
    }

    @Test
    void unknown_and_ambiguous_names_fail_as_they_do_on_a_full_catalogue() {
        Catalogue lazy = LazyCatalogue.load(Specs.BUNDLED, null).catalogue();
        assertThat(message(() -> lazy.resolve("dgx-h10"))).isEqualTo(message(() -> FULL.resolve("dgx-h10")))
                .contains("dgx-h100");
        String family = FULL.sheets().stream().flatMap(s -> s.family().stream()).filter(f -> FULL.family(f).size() > 1)
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> lazy.resolve(family)).isInstanceOf(AmbiguousNameException.class)
                .hasMessage(message(() -> FULL.resolve(family)));
        assertThatThrownBy(() -> lazy.resolve("no-such-sheet")).isInstanceOf(UnknownIdException.class);
    }

    @Test
    void a_catalogue_built_without_stubs_is_the_plain_one() {
        Path fam = hwcalc.Fixtures.dir("family");
        Catalogue plain = LazyCatalogue.load(new Specs(false, List.of(fam)), null).catalogue();
        String shown = fam.toString().replace('\\', '/');
        assertThat(List.copyOf(plain.sheets())).hasSize(2)
                .isEqualTo(List.copyOf(Catalogue.of(SpecLoader.readAll(SpecLoader.folderFiles(fam, shown))).sheets()));
    }

    @Test
    void a_stub_whose_file_now_says_otherwise_is_refused_with_its_file() {
        SpecSheet s = FULL.resolve("dgx-h100");
        SheetIndex.Entry e = SheetIndex.entry("dgx-h100.yaml", 0, 0, s);
        SheetIndex.Entry renamed = new SheetIndex.Entry(e.path(), 0, 0, "other-id", null, e.line(), e.column(), e.aliases(),
                e.family(), e.nameLocations(), e.parts());
        assertThat(LazyCatalogue.checked(e.stub(s.file()), s)).isSameAs(s);
        assertThatThrownBy(() -> LazyCatalogue.checked(renamed.stub(s.file()), s)).isInstanceOf(SpecException.class)
                .hasMessageContaining("specs/dgx-h100.yaml").hasMessageContaining("changed while hwcalc was reading it");
    }

    static String message(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            return e.getMessage();
        }
        throw new AssertionError("no exception");
    }

    private static byte[] resource(String name) {
        try (var in = LazyCatalogueTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void reader_is_unchanged_by_the_tree_round_trip_for_an_error_too() {
        // a tree with a problem names the same file:line:column whether parsed or decoded
        String yaml = "id: x\nname: X\nvendor: V\nkind: chip\nsources: {}\nthroughput:\n  - {precision: fp16, value: -1 TFLOPS, sparsity: dense, core: vector, source: s}\n";
        YamlNode parsed = YamlTreeReader.read(yaml.getBytes(), "specs/x.yaml");
        YamlNode decoded = YamlTrees.decode(YamlTrees.encode(parsed), "specs/x.yaml");
        assertThat(message(() -> SpecReader.read(decoded, "x"))).isEqualTo(message(() -> SpecReader.read(parsed, "x")))
                .contains("specs/x.yaml:7:");
    }
}
