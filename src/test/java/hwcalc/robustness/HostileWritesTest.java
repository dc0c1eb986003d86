package hwcalc.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import hwcalc.cli.Cli;
import hwcalc.io.FolderLock;
import hwcalc.trend.TrendFixtures;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing lost: every place hwcalc writes (import epoch, plot --out, trend --plot) creates its
 * files exclusively unless --force, never writes through or over a symbolic link, and removes only
 * its own temporary files, after its checks. All through the command line.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileWritesTest {

    private static final String GPUS = TrendFixtures.dir("gpus").toString();

    @TempDir
    Path dir;

    private static Cli run(String... args) {
        return Cli.run(args);
    }

    private static String sample() {
        try {
            return Path.of(HostileWritesTest.class.getResource("/epoch/chip-dataset-sample.csv").toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Cli importInto(Path out, String... extra) {
        String[] args = new String[5 + extra.length];
        System.arraycopy(new String[] {"import", "epoch", sample(), "--out", out.toString()}, 0, args, 0, 5);
        System.arraycopy(extra, 0, args, 5, extra.length);
        return run(args);
    }

    private Cli plot(Path out, String... extra) {
        String[] args = new String[8 + extra.length];
        System.arraycopy(new String[] {"plot", "--y", "peak", "--no-bundled", "--specs", GPUS, "--out", out.toString()}, 0, args, 0, 8);
        System.arraycopy(extra, 0, args, 8, extra.length);
        return run(args);
    }

    private static long exitedPid() throws Exception {
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        child.waitFor();
        return child.pid();
    }

    private static long count(Path d, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(d)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).count();
        }
    }

    // --- import epoch

    @Test
    void a_refused_import_deletes_nothing_not_even_temporary_files_of_its_own_sheets() throws Exception {
        long gone = exitedPid();
        Files.writeString(dir.resolve("a100-example.yaml"), "mine\n");
        Path userFile = Files.writeString(dir.resolve(".draft.7." + 1 + ".tmp"), "the user's own file");
        Path foreign = Files.writeString(dir.resolve(".report.txt." + gone + ".5.tmp"), "another program's");
        Path own = Files.writeString(dir.resolve(".h100-example.yaml." + gone + ".5.tmp"), "partial");
        Cli r = importInto(dir);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nothing was written");
        assertThat(userFile).exists();
        assertThat(foreign).exists();
        assertThat(own).as("removed only after the checks pass").exists();
        assertThat(Files.readString(dir.resolve("a100-example.yaml"))).isEqualTo("mine\n");
    }

    @Test
    void an_import_removes_only_the_temporary_files_of_the_sheets_it_writes_and_names_each() throws Exception {
        long gone = exitedPid();
        Path foreign = Files.writeString(dir.resolve(".report.txt." + gone + ".5.tmp"), "another program's");
        String ownName = ".a100-example.yaml." + gone + ".5.tmp";
        Path own = Files.writeString(dir.resolve(ownName), "partial");
        Cli r = importInto(dir);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(own).doesNotExist();
        assertThat(foreign).exists();
        assertThat(r.out()).contains("removed " + ownName + ", a temporary file");
        assertThat(count(dir, ".yaml")).isEqualTo(9); // the sample makes 9 sheets (ImportCommandTest)
    }

    @Test
    void a_second_import_into_a_folder_being_written_refuses_and_writes_nothing() throws Exception {
        try (FolderLock held = FolderLock.acquire(dir)) { // as a first import holds it while it writes
            Cli second = importInto(dir);
            assertThat(second.code()).isEqualTo(2);
            assertThat(second.err()).contains("another hwcalc run is writing into " + dir).contains("nothing was written");
            assertThat(count(dir, ".yaml")).isZero();
            Cli forced = importInto(dir, "--force"); // --force overwrites files; it does not break the lock
            assertThat(forced.code()).isEqualTo(2);
            assertThat(count(dir, ".yaml")).isZero();
        }
        assertThat(importInto(dir).code()).isZero();
    }

    @Test
    void an_import_does_not_write_through_a_symbolic_link_even_with_force() throws Exception {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.createSymbolicLink(out.resolve("a100-example.yaml"), victim);
        Cli r = importInto(out, "--force");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("a100-example.yaml").contains("symbolic link");
        assertThat(Files.readString(victim)).isEqualTo("precious");
    }

    // --- plot and trend

    @Test
    void plot_does_not_replace_an_existing_chart_without_force() throws Exception {
        Path svg = Files.writeString(dir.resolve("c.svg"), "my drawing");
        Cli r = plot(svg);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(svg.toString()).contains("--force").contains("nothing was written");
        assertThat(r.out()).doesNotContain("wrote");
        assertThat(Files.readString(svg)).isEqualTo("my drawing");
        Cli forced = plot(svg, "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(Files.readString(svg)).startsWith("<?xml");
        assertThat(count(dir, ".tmp")).isZero();
    }

    @Test
    void plot_never_follows_or_replaces_a_symbolic_link() throws Exception {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
        Path link = Files.createSymbolicLink(dir.resolve("c.svg"), victim);
        for (String[] extra : new String[][] {{}, {"--force"}}) {
            Cli r = plot(link, extra);
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("symbolic link");
        }
        assertThat(Files.readString(victim)).isEqualTo("precious");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void trend_plot_follows_the_same_rule() throws Exception {
        Path png = Files.writeString(dir.resolve("t.png"), "my picture");
        Cli r = run("trend", "--y", "peak", "--no-bundled", "--specs", GPUS, "--plot", png.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--force");
        assertThat(r.out()).as("a failed write prints no result").isEmpty();
        assertThat(Files.readString(png)).isEqualTo("my picture");
        Cli forced = run("trend", "--y", "peak", "--no-bundled", "--specs", GPUS, "--plot", png.toString(), "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(Files.size(png)).isGreaterThan(1000);
    }

    @Test
    void plot_removes_the_temporary_file_a_killed_plot_of_the_same_chart_left() throws Exception {
        long gone = exitedPid();
        Path left = Files.writeString(dir.resolve(".c.svg." + gone + ".77.tmp"), "half a chart");
        Path other = Files.writeString(dir.resolve(".d.svg." + gone + ".77.tmp"), "someone else's");
        Cli r = plot(dir.resolve("c.svg"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(left).doesNotExist();
        assertThat(other).exists();
    }
}
