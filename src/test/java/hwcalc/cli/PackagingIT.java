package hwcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code mvn package} built (failsafe runs this in integration-test, after package): the zip,
 * unzipped into a temporary folder and run from another directory with only a JDK; the man pages;
 * the completion scripts; the plain library jar, used by a program compiled against it alone.
 */
class PackagingIT {

    static final Path TARGET = Path.of("target");
    static final String VERSION = System.getProperty("hwcalc.version", "0.1.0");

    @TempDir
    static Path tmp;
    static Path home;

    @BeforeAll
    static void unzip() throws Exception {
        Path zip = TARGET.resolve("hwcalc-" + VERSION + ".zip").toAbsolutePath();
        assertThat(zip).exists();
        home = tmp.resolve("hwcalc-" + VERSION);
        if (Files.isExecutable(Path.of("/usr/bin/unzip"))) {
            // as a user would: unzip also restores bin/hwcalc's mode (0755) from the zip
            assertThat(run(tmp, "unzip", "-q", zip.toString())[0]).isEqualTo("0");
            return;
        }
        try (ZipFile z = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = z.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                Path to = tmp.resolve(e.getName()).normalize();
                if (e.isDirectory()) {
                    Files.createDirectories(to);
                    continue;
                }
                Files.createDirectories(to.getParent());
                try (InputStream in = z.getInputStream(e)) {
                    Files.copy(in, to);
                }
            }
        }
        Files.setPosixFilePermissions(home.resolve("bin/hwcalc"), Set.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
    }

    /** Runs a command in a folder outside the repository, with PATH holding only the JDK and the base system. */
    static String[] run(Path dir, String... command) throws Exception {
        return run(Map.of(), dir, command);
    }

    /** As {@link #run(Path, String...)} with more environment variables. */
    static String[] run(Map<String, String> more, Path dir, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.clear();
        Path jdk = Path.of(System.getProperty("java.home"));
        env.put("PATH", jdk.resolve("bin") + ":/usr/bin:/bin");
        env.put("HOME", tmp.toString());
        env.putAll(more);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new String[] {String.valueOf(p.exitValue()), out, err};
    }

    @Test
    void theUnzippedLauncherComparesWithOnlyAJdk() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        String[] r = run(elsewhere, home.resolve("bin/hwcalc").toString(), "compare", "dgx-1", "dgx-h100");
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        // 7915.2 / 170 = 46.56 -> 46.6x, the README's figure
        assertThat(r[1]).contains("ratios against nvidia-dgx-1").contains("46.6x");
        // the distribution's launcher never builds: no Maven, no sources
        assertThat(Files.readString(home.resolve("bin/hwcalc"))).doesNotContain("mvn");
    }

    @Test
    void theLauncherKeepsAStartUpArchiveInTheUsersCacheAndNotWithOff() throws Exception {
        Path cache = tmp.resolve("cds-cache");
        String[] first = run(Map.of("HWCALC_CACHE_DIR", cache.toString()), tmp, home.resolve("bin/hwcalc").toString(), "--version");
        assertThat(first[0]).as(first[2]).isEqualTo("0");
        List<Path> archives;
        try (var s = Files.list(cache)) {
            archives = s.filter(f -> f.toString().endsWith(".jsa")).toList();
        }
        assertThat(archives).as("one archive, named by the install folder").hasSize(1);
        assertThat(Files.size(archives.get(0))).isPositive();
        assertThat(Files.readString(Path.of(archives.get(0) + ".jvm")).strip()).endsWith("/bin/java");
        String[] second = run(Map.of("HWCALC_CACHE_DIR", cache.toString()), tmp, home.resolve("bin/hwcalc").toString(), "--version");
        assertThat(second[0]).isEqualTo("0");
        assertThat(second[1]).isEqualTo(first[1]).startsWith("hwcalc ");
        assertThat(second[2]).as("the archive is used silently").isEmpty();

        Path none = tmp.resolve("no-cache-home");
        Files.createDirectories(none);
        String[] off = run(Map.of("HWCALC_CACHE_DIR", "off", "XDG_CACHE_HOME", none.toString()), tmp,
                home.resolve("bin/hwcalc").toString(), "--version");
        assertThat(off[0]).isEqualTo("0");
        try (var s = Files.list(none)) {
            assertThat(s.toList()).as("off: nothing written").isEmpty();
        }
    }

    /**
     * A --specs run reads the catalogue stored by an earlier run and checks the folder meanwhile;
     * when the folder has changed since, the run's output is dropped and the command runs again
     * on the files (here: an alias the stored catalogue does not know yet resolves all the same).
     */
    @Test
    void aCompareOverAChangedFolderIsRunAgainOnTheFiles() throws Exception {
        Path cache = Files.createDirectories(tmp.resolve("table-cache"));
        Path specs = Files.createDirectories(tmp.resolve("table-specs"));
        Path sheet = specs.resolve("x-chip.yaml");
        String yaml = "id: x-chip\nname: X chip\nvendor: Acme\nkind: accelerator\naliases: [xa]\nsources:\n"
                + "  s: {url: https://example.com/x-chip, seen: 2026-12-01, tier: vendor}\n"
                + "throughput:\n  - {precision: fp32, value: 10 TFLOPS, sparsity: dense, core: vector, source: s}\n";
        Files.writeString(sheet, yaml);
        Files.setLastModifiedTime(sheet, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        Map<String, String> env = Map.of("HWCALC_CACHE_DIR", cache.toString());
        String hw = home.resolve("bin/hwcalc").toString();
        for (int i = 0; i < 2; i++) { // the first run stores the folder's index and the catalogue
            String[] r = run(env, tmp, hw, "compare", "xa", "h100-sxm5", "--specs", specs.toString());
            assertThat(r[0]).as(r[2]).isEqualTo("0");
        }
        try (var files = Files.list(cache)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("layers-") && n.endsWith(".table"));
        }
        Files.writeString(sheet, yaml.replace("[xa]", "[xb]")); // the same size, a later time
        Files.setLastModifiedTime(sheet, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        String[] changed = run(env, tmp, hw, "compare", "xb", "h100-sxm5", "--specs", specs.toString());
        assertThat(changed[0]).as(changed[2]).isEqualTo("0");
        assertThat(changed[2]).doesNotContain("unknown").contains("xb = x-chip");
        assertThat(changed[1]).contains("x-chip").contains("h100-sxm5");
        String[] old = run(env, tmp, hw, "compare", "xa", "h100-sxm5", "--specs", specs.toString());
        assertThat(old[0]).isEqualTo("2"); // the alias is gone: an input error, as from the files
        assertThat(old[2]).contains("xa");
    }

    @Test
    void theLauncherWorksThroughASymlink() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("my-bin"));
        Path link = bin.resolve("hwcalc");
        if (!Files.exists(link)) {
            Files.createSymbolicLink(link, home.resolve("bin/hwcalc"));
        }
        String[] r = run(bin, link.toString(), "calc", "8 * tesla-p100-sxm2.fp16 to TFLOPS");
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1].strip()).isEqualTo("169.6 TFLOPS"); // 8 x 21.2 TFLOPS
    }

    @Test
    void theZipHoldsLibManCompletionLicenceAndNotice() throws Exception {
        List<String> lib;
        try (Stream<Path> s = Files.list(home.resolve("lib"))) {
            lib = s.map(p -> p.getFileName().toString()).toList();
        }
        assertThat(lib).contains("hwcalc-" + VERSION + ".jar", "jfreechart-1.5.6.jar", "VectorGraphics2D-0.13.jar",
                "icu4j-79.1.jar", "commons-csv-1.14.0.jar");
        // picocli is compiled into hwcalc's jar; its Java 5 jar would only slow the start
        assertThat(lib).noneMatch(n -> n.startsWith("picocli"));
        assertThat(home.resolve("man/man1/hwcalc-compare.1")).exists();
        assertThat(home.resolve("completion/hwcalc.bash")).hasSameTextualContentAs(TARGET.resolve("completion/hwcalc.bash"));
        assertThat(home.resolve("completion/hwcalc.zsh")).exists();
        assertThat(Files.readString(home.resolve("LICENSE"))).contains("Apache License", "Version 2.0");
        assertThat(Files.readString(home.resolve("NOTICE"))).contains("Epoch AI", "CC BY 4.0", "JFreeChart", "VectorGraphics2D");
    }

    @Test
    void theBuiltCompletionScriptsMatchTheCommandsAsTheyAreNow() throws Exception {
        for (CompletionCommand.Shell shell : CompletionCommand.Shell.values()) {
            String now = CompletionCommand.script(shell, CompletionCommand.fullModel());
            assertThat(TARGET.resolve("completion/" + CompletionCommand.fileName(shell))).hasContent(now);
            assertThat(TARGET.resolve("classes/hwcalc/cli/completion/" + CompletionCommand.fileName(shell))).hasContent(now);
        }
    }

    @Test
    void thereIsOneManPagePerCommandAndManShowsOptionsAndExamples() throws Exception {
        List<String> expected = new ArrayList<>();
        for (var c : ManPagesTest.commands(CompletionCommand.fullModel())) {
            expected.add(ManPagesTest.pageName(c) + ".1");
        }
        try (Stream<Path> s = Files.list(TARGET.resolve("man"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(expected);
        }
        String roff = Files.readString(TARGET.resolve("man/hwcalc-compare.1"));
        assertThat(roff).contains(".TH \"HWCALC\\-COMPARE\" \"1\"").contains(".SH \"OPTIONS\"").contains(".SH \"EXAMPLES\"");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/man")), "man is not installed");
        String[] r = run(tmp, "man", "-l", "-P", "cat", TARGET.resolve("man/hwcalc-compare.1").toAbsolutePath().toString());
        String page = r[1].replaceAll(".\b", ""); // drop overstrike bold/underline
        assertThat(page).contains("OPTIONS").contains("--precision=P").contains("--adjust-to=YEAR")
                .contains("EXAMPLES").contains("hwcalc compare dgx-1 dgx-h100");
    }

    @Test
    void theLibraryJarHasNoPicocliAndWorksWithoutIt() throws Exception {
        Path library = TARGET.resolve("library/hwcalc-" + VERSION + ".jar");
        try (JarFile jar = new JarFile(library.toFile())) {
            assertThat(jar.stream().map(ZipEntry::getName)).noneMatch(n -> n.startsWith("picocli/"))
                    .contains("hwcalc/spec/Catalogue.class", "specs/nvidia-dgx-1.yaml", "META-INF/NOTICE");
            assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name")).isEqualTo("hwcalc");
        }
        // a program that knows only the library jar and its declared dependencies (lib/ less hwcalc's own jar)
        Path src = Files.createDirectories(tmp.resolve("consumer"));
        Files.writeString(src.resolve("Consumer.java"), """
                import hwcalc.spec.Catalogue;
                import hwcalc.spec.SpecLoader;
                public class Consumer {
                    public static void main(String[] args) {
                        Catalogue c = Catalogue.of(SpecLoader.readAll(SpecLoader.bundledFiles()));
                        System.out.println(c.resolve("dgx-1").id());
                    }
                }
                """);
        StringBuilder cp = new StringBuilder(library.toAbsolutePath().toString());
        try (Stream<Path> s = Files.list(home.resolve("lib"))) {
            s.filter(p -> !p.getFileName().toString().startsWith("hwcalc-")).forEach(p -> cp.append(':').append(p));
        }
        String javac = Path.of(System.getProperty("java.home"), "bin", "javac").toString();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String[] compiled = run(src, javac, "-cp", cp.toString(), "-d", ".", "Consumer.java");
        assertThat(compiled[0]).as(compiled[2]).isEqualTo("0");
        String[] r = run(src, java, "-cp", cp + ":.", "Consumer");
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1].strip()).isEqualTo("nvidia-dgx-1");
    }
}
