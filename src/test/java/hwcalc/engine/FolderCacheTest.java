package hwcalc.engine;

import static org.assertj.core.api.Assertions.assertThat;

import hwcalc.spec.Catalogue;
import hwcalc.spec.SpecLoader;
import hwcalc.spec.SpecSheet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A --specs folder's cache: used only while every file is as it was, and never a cause of different output. */
class FolderCacheTest {

    @TempDir
    Path tmp;

    /** Two sheets, box-b of 8 chip-a (the basic fixtures), written an hour ago so the cache trusts them. */
    private Path folder() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("sheets"));
        for (String f : List.of("chip-a.yaml", "box-b.yaml")) {
            Files.copy(hwcalc.Fixtures.dir("basic").resolve(f), dir.resolve(f));
            age(dir.resolve(f));
        }
        return dir;
    }

    private static void age(Path f) throws IOException {
        Files.setLastModifiedTime(f, FileTime.from(Instant.now().minusSeconds(3600)));
    }

    private FolderCache cache() {
        return new FolderCache(tmp.resolve("cache"), "test-build");
    }

    private static String shown(Path dir) {
        return dir.toString().replace('\\', '/');
    }

    private static List<SpecSheet> full(Path dir) {
        return SpecLoader.readAll(SpecLoader.folderFiles(dir, shown(dir)));
    }

    @Test
    void a_first_run_reads_every_file_and_a_second_reads_none() throws IOException {
        Path dir = folder();
        LazyCatalogue.Loaded first = cache().folder(dir, shown(dir));
        assertThat(first.stubs()).isEmpty();
        assertThat(first.sheets()).isEqualTo(full(dir));
        try (var files = Files.list(tmp.resolve("cache"))) {
            assertThat(files.toList()).hasSize(1);
        }
        LazyCatalogue.Loaded second = cache().folder(dir, shown(dir));
        assertThat(second.stubs()).hasSize(2); // both from the cache: stubs, read when used
        assertThat(second.sheets().stream().map(SpecSheet::id).toList()).containsExactly("box-b", "chip-a"); // folderFiles' order
        for (SpecSheet stub : second.sheets()) {
            assertThat(second.stubs().get(stub).get()).isEqualTo(full(dir).stream().filter(s -> s.id().equals(stub.id())).findFirst().orElseThrow());
        }
    }

    @Test
    void a_changed_file_is_read_again_even_at_the_same_size() throws IOException {
        Path dir = folder();
        cache().folder(dir, shown(dir));
        Path chip = dir.resolve("chip-a.yaml");
        String text = Files.readString(chip);
        Files.writeString(chip, text.replace("aliases: [a]", "aliases: [z]")); // same length
        age(chip);
        Files.setLastModifiedTime(chip, FileTime.from(Files.getLastModifiedTime(chip).toInstant().plusSeconds(1)));
        LazyCatalogue.Loaded again = cache().folder(dir, shown(dir));
        assertThat(again.stubs()).hasSize(1); // box-b only
        SpecSheet chipA = again.sheets().stream().filter(s -> s.id().equals("chip-a")).findFirst().orElseThrow();
        assertThat(again.stubs()).doesNotContainKey(chipA);
        assertThat(chipA.aliases()).containsExactly("z");
    }

    /** chip-a's alias a becomes box-b's too, at the same size and a later time: a clash only the catalogue sees. */
    private static void clash(Path dir) throws IOException {
        Path box = dir.resolve("box-b.yaml");
        Files.writeString(box, Files.readString(box).replace("aliases: [b]", "aliases: [a]"));
        age(box);
        Files.setLastModifiedTime(box, FileTime.from(Files.getLastModifiedTime(box).toInstant().plusSeconds(1)));
    }

    private static Specs specs(Path dir) {
        return new Specs(false, List.of(dir));
    }

    @Test
    void a_guess_from_the_cache_holds_only_while_every_file_is_as_cached() throws IOException {
        Path dir = folder();
        assertThat(cache().guess(dir, shown(dir)).loaded()).as("no cache file yet: nothing to guess from").isNull();
        cache().folder(dir, shown(dir));
        FolderCache.Guess current = cache().guess(dir, shown(dir));
        assertThat(current.loaded().stubs()).hasSize(2);
        assertThat(current.holds()).isTrue();
        assertThat(current.confirmed()).isSameAs(current.loaded());
        clash(dir);
        FolderCache.Guess stale = cache().guess(dir, shown(dir));
        assertThat(stale.loaded().sheets()).extracting(SpecSheet::aliases).containsExactly(List.of("b"), List.of("a")); // as cached
        assertThat(stale.holds()).isFalse();
        assertThat(stale.confirmed().sheets()).extracting(SpecSheet::aliases).containsExactly(List.of("a"), List.of("a")); // as now
    }

    @Test
    void a_catalogue_built_on_a_stale_guess_is_built_again_with_the_errors_of_the_files_as_they_are() throws IOException {
        Path dir = folder();
        cache().folder(dir, shown(dir));
        clash(dir); // the cache still says box-b's alias is b: on it alone the catalogue would hold together
        String expected = LazyCatalogueTest.message(() -> Catalogue.of(List.of(), full(dir)));
        assertThat(LazyCatalogueTest.message(() -> LazyCatalogue.load(specs(dir), cache()))).isEqualTo(expected)
                .contains("alias 'a' is also an alias of");
        // and the other way: the cache (renewed by that run) holds the clash, the files no longer do
        Path box = dir.resolve("box-b.yaml");
        Files.writeString(box, Files.readString(box).replace("aliases: [a]", "aliases: [c]"));
        age(box);
        Files.setLastModifiedTime(box, FileTime.from(Files.getLastModifiedTime(box).toInstant().plusSeconds(2)));
        assertThat(LazyCatalogue.load(specs(dir), cache()).catalogue().resolve("c").id()).isEqualTo("box-b");
    }

    @Test
    void a_file_modified_just_now_is_not_trusted_next_time() throws IOException {
        Path dir = folder();
        Files.writeString(dir.resolve("chip-a.yaml"), Files.readString(dir.resolve("chip-a.yaml"))); // mtime now
        cache().folder(dir, shown(dir));
        LazyCatalogue.Loaded again = cache().folder(dir, shown(dir));
        assertThat(again.stubs().keySet().stream().map(SpecSheet::id)).containsExactly("box-b");
    }

    @Test
    void added_and_removed_files_are_seen() throws IOException {
        Path dir = folder();
        cache().folder(dir, shown(dir));
        Files.delete(dir.resolve("box-b.yaml"));
        assertThat(cache().folder(dir, shown(dir)).sheets().stream().map(SpecSheet::id)).containsExactly("chip-a");
        Files.copy(hwcalc.Fixtures.dir("basic").resolve("box-b.yaml"), dir.resolve("box-b.yaml"));
        assertThat(cache().folder(dir, shown(dir)).sheets().stream().map(SpecSheet::id)).containsExactly("box-b", "chip-a");
    }

    @Test
    void another_build_or_a_corrupt_cache_file_is_not_used() throws IOException {
        Path dir = folder();
        cache().folder(dir, shown(dir));
        assertThat(new FolderCache(tmp.resolve("cache"), "another-build").folder(dir, shown(dir)).stubs()).isEmpty();
        Path file = cache().fileFor(dir.toAbsolutePath().normalize());
        Files.write(file, new byte[] {1, 2, 3});
        assertThat(cache().folder(dir, shown(dir)).stubs()).isEmpty();
        assertThat(cache().folder(dir, shown(dir)).stubs()).hasSize(2); // rewritten by the run before
    }

    @Test
    void a_file_with_a_problem_or_a_link_means_a_full_read_with_its_errors() throws IOException {
        Path dir = folder();
        cache().folder(dir, shown(dir));
        Files.writeString(dir.resolve("bad.yaml"), "id: bad\nname: [\n");
        assertThat(cache().folder(dir, shown(dir))).isNull();
        Files.delete(dir.resolve("bad.yaml"));
        Files.createSymbolicLink(dir.resolve("link.yaml"), dir.resolve("chip-a.yaml"));
        assertThat(cache().folder(dir, shown(dir))).isNull();
    }

    @Test
    void a_clash_across_sheets_is_reported_from_the_cache_word_for_word() throws IOException {
        Path dir = folder();
        // chip-a's alias 'a' becomes box-b's too: an error only the catalogue, across files, can see
        Path box = dir.resolve("box-b.yaml");
        Files.writeString(box, Files.readString(box).replace("aliases: [b]", "aliases: [b, a]"));
        age(box);
        String expected = LazyCatalogueTest.message(() -> Catalogue.of(List.of(), full(dir)));
        cache().folder(dir, shown(dir));
        LazyCatalogue.Loaded cached = cache().folder(dir, shown(dir));
        assertThat(cached.stubs()).hasSize(2);
        assertThat(LazyCatalogueTest.message(() -> Catalogue.of(List.of(), cached.sheets(), s -> s)))
                .isEqualTo(expected).contains("alias 'a' is also an alias of");
    }

    @Test
    void the_walk_lists_what_a_full_read_reads_in_its_order_from_any_spelling_of_the_folder() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("walk"));
        // names whose string order differs from their path order or that a cut in the wrong place would break
        for (String rel : List.of("b.yaml", "a-b.yaml", "a/b.yaml", "a/c/z.yml", "é.yaml", "\uFB01.yaml", "\uD83D\uDE00.yaml",
                "Z.yaml", "notes.txt", "prices/x.yaml", "claims/y.yaml")) {
            Path f = dir.resolve(rel);
            Files.createDirectories(f.getParent());
            Files.writeString(f, "id: x\n");
        }
        Path relative = Path.of("").toAbsolutePath().relativize(dir);
        assertThat(FolderCache.walk(dir)).extracting(FolderCache.Found::rel).contains("a-b.yaml", "a/b.yaml", "a/c/z.yml", "\uD83D\uDE00.yaml");
        for (Path root : List.of(dir, relative, Path.of(dir + "/"), dir.resolve("a"))) { // the last: ASCII names only
            List<FolderCache.Found> found = FolderCache.walk(root);
            List<String> expected = SpecLoader.folderFiles(root, "r").stream().map(f -> f.displayName().substring(2))
                    .filter(rel -> !rel.startsWith("prices/")).toList(); // price files are read apart
            assertThat(found).extracting(FolderCache.Found::rel).as(root.toString()).containsExactlyElementsOf(expected)
                    .isNotEmpty().doesNotContain("notes.txt", "prices/x.yaml");
            for (FolderCache.Found f : found) {
                assertThat(f.path()).isEqualTo(root.resolve(f.rel()));
            }
        }
    }

    @Test
    void no_cache_runs_from_a_class_folder_or_when_switched_off() {
        assertThat(LazyCatalogue.codeSource()).isDirectory(); // tests run from target/classes
        assertThat(FolderCache.ofUser()).isNull();
    }
}
