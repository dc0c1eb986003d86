package hwcalc.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import hwcalc.spec.SpecException;
import hwcalc.spec.SpecLoader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding bundled claims files in a class folder or a jar, and reading many files at once. */
class ClaimFilesTest {

    @TempDir
    Path tmp;

    private static final String CLAIM = "publication: {title: T}\nclaims:\n"
            + "  - {id: a, said: s, check: {claimed: 1, missing: [m]}, expected: unverifiable}\n";

    private Path jar(String... names) throws IOException {
        Path p = tmp.resolve("app.jar");
        try (OutputStream os = Files.newOutputStream(p); JarOutputStream j = new JarOutputStream(os)) {
            for (String n : names) {
                j.putNextEntry(new JarEntry(n));
                j.write(("# " + n + "\n").getBytes(StandardCharsets.UTF_8));
                j.closeEntry();
            }
        }
        return p;
    }

    @Test
    void a_jar_gives_its_yaml_files_under_specs_claims_sorted_by_name() throws IOException {
        Path jar = jar("specs/claims/b.yaml", "specs/claims/a.yml", "specs/claims/readme.txt", "specs/dgx-1.yaml",
                "other/claims/c.yaml");
        List<SpecLoader.SpecFile> files = ClaimFiles.bundled(jar);
        assertThat(files).extracting(SpecLoader.SpecFile::displayName).containsExactly("specs/claims/a.yml", "specs/claims/b.yaml");
        assertThat(new String(files.get(1).bytes(), StandardCharsets.UTF_8)).isEqualTo("# specs/claims/b.yaml\n");
    }

    @Test
    void a_class_folder_gives_the_files_of_its_claims_folder() throws IOException {
        Files.createDirectories(tmp.resolve("specs/claims"));
        Files.writeString(tmp.resolve("specs/claims/x.yaml"), CLAIM);
        Files.writeString(tmp.resolve("specs/dgx-1.yaml"), "id: dgx-1\n");
        assertThat(ClaimFiles.bundled(tmp)).extracting(SpecLoader.SpecFile::displayName).containsExactly("specs/claims/x.yaml");
    }

    @Test
    void a_class_folder_without_claims_gives_none() {
        assertThat(ClaimFiles.bundled(tmp)).isEmpty();
    }

    @Test
    void the_build_bundles_the_seed_article() {
        assertThat(ClaimFiles.bundled()).extracting(SpecLoader.SpecFile::displayName).contains("specs/claims/seed-article-zh-tw.yaml");
    }

    @Test
    void an_unreadable_jar_is_one_problem() throws IOException {
        Path notAJar = Files.writeString(tmp.resolve("broken.jar"), "not a zip");
        SpecException e = catchThrowableOfType(() -> ClaimFiles.bundled(notAJar), SpecException.class);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).hasToString("bundled claims");
            assertThat(p.message()).startsWith("cannot read the bundled claims: ");
        });
    }

    @Test
    void problems_of_every_file_are_collected_and_sorted() {
        List<SpecLoader.SpecFile> files = List.of(
                new SpecLoader.SpecFile("z.yaml", "claims: []\n".getBytes(StandardCharsets.UTF_8)),
                new SpecLoader.SpecFile("ok.yaml", CLAIM.getBytes(StandardCharsets.UTF_8)),
                new SpecLoader.SpecFile("a.yaml", "publication: {title: T}\n".getBytes(StandardCharsets.UTF_8)));
        SpecException e = catchThrowableOfType(() -> ClaimFiles.readAll(files), SpecException.class);
        assertThat(e.problems()).extracting(SpecException.Problem::toString).containsExactly(
                "a.yaml:1:1: claims file: missing required field 'claims'",
                "z.yaml:1:1: claims file: missing required field 'publication'");
    }

    @Test
    void a_folder_is_read_file_by_file() throws IOException {
        Files.writeString(tmp.resolve("one.yaml"), CLAIM);
        Files.writeString(tmp.resolve("two.yml"), CLAIM.replace("id: a", "id: b"));
        List<ClaimFile> read = ClaimFiles.readAll(ClaimFiles.files(tmp));
        assertThat(read).extracting(f -> f.claims().get(0).id()).containsExactly("a", "b");
    }
}
