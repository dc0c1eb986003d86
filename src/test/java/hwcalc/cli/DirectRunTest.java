package hwcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code compare ID ID...} runs without picocli (DirectRun, issue 17): the command it builds is
 * the one picocli builds from the same line, field for field, and the two print the same bytes
 * and exit with the same code, errors included. Anything else on the line goes to picocli.
 */
class DirectRunTest {

    private static final String[][] PLAIN = {
        {"compare", "dgx-1", "dgx-h100"},
        {"compare", "h100-sxm5-80gb"},
        {"compare", "dgx-1", "DGX-H100", "a100-sxm4-40gb"},
        {"compare", "dgx-1", "no-such-sheet"}, // an unknown id: exit 2, with suggestions
        {"compare", "dgx-1", ""},
    };

    /** What the same line prints through picocli, with the writers Main gives it. */
    private static Cli throughPicocli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(new PrintableWriter(new PrintWriter(out)), true);
        PrintWriter e = new PrintWriter(new PrintableWriter(new PrintWriter(err)), true);
        int code = Main.commandLine(o, e, args).execute(args);
        o.flush();
        e.flush();
        return new Cli(code, out.toString(), err.toString());
    }

    @Test
    void a_line_of_plain_ids_is_taken_and_anything_picocli_could_read_otherwise_is_not() {
        for (String[] args : PLAIN) {
            assertThat(DirectRun.accepts(args)).as(String.join(" ", args)).isTrue();
        }
        assertThat(DirectRun.accepts("compare")).isFalse(); // picocli says an id is missing
        assertThat(DirectRun.accepts("compare", "dgx-1", "--format", "json")).isFalse();
        assertThat(DirectRun.accepts("compare", "--", "dgx-1")).isFalse();
        assertThat(DirectRun.accepts("compare", "-h")).isFalse();
        assertThat(DirectRun.accepts("compare", "@ids.txt")).isFalse(); // picocli reads an argument file
        assertThat(DirectRun.accepts("show", "dgx-1")).isFalse();
        assertThat(DirectRun.accepts("dgx-1", "compare")).isFalse();
        // which sheets to load is taken; anything picocli would read or refuse otherwise is not
        assertThat(DirectRun.accepts("compare", "a", "--specs", "dir", "--specs=other", "--no-bundled", "b")).isTrue();
        assertThat(DirectRun.accepts("compare", "a", "--specs")).isFalse(); // picocli says the folder is missing
        assertThat(DirectRun.accepts("compare", "a", "--specs", "--no-bundled")).isFalse();
        assertThat(DirectRun.accepts("compare", "a", "--specs", "@dirs.txt")).isFalse();
        assertThat(DirectRun.accepts("compare", "a", "--specs=")).isFalse();
        assertThat(DirectRun.accepts("compare", "a", "--specs", "bad\0path")).isFalse(); // not a path here
        assertThat(DirectRun.accepts("compare", "a", "--no-bundled", "--no-bundled")).isFalse(); // picocli refuses it
        assertThat(DirectRun.accepts("compare", "--specs", "dir")).isFalse(); // no id
        assertThat(DirectRun.accepts("compare", "a", "--specs=dir", "--format=json")).isFalse();
    }

    private static final String IMPORT_SOURCE = "  epoch: {url: https://github.com/epoch-research/training-cost-trends,"
            + " title: \"Epoch AI, chip dataset\", publisher: Epoch AI, seen: 2026-11-28, tier: secondary}\n";

    private static String chip(String id, String tflops) {
        return "id: " + id + "\nname: Chip " + id + "\nvendor: Acme\nkind: accelerator\nsources:\n" + IMPORT_SOURCE
                + "throughput:\n  - {precision: fp32, value: " + tflops + " TFLOPS, sparsity: dense, core: vector, source: epoch}\n";
    }

    /** Lines with --specs folders: an import with a sheet that gives way to a curated one (a notice), and --no-bundled. */
    private static String[][] withFolders(Path dir) throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.writeString(a.resolve("acme-x1.yaml"), chip("acme-x1", "10"));
        Files.writeString(b.resolve("acme-x1.yaml"), chip("acme-x1", "12"));
        Files.writeString(a.resolve("nvidia-a100-sxm4-40gb.yaml"), chip("nvidia-a100-sxm4-40gb", "1")); // a bundled alias
        return new String[][] {
            {"compare", "acme-x1", "dgx-1", "--specs", a.toString()},
            {"compare", "--specs=" + a, "acme-x1", "nvidia-a100-sxm4-40gb", "--specs", b.toString()},
            {"compare", "acme-x1", "--no-bundled", "--specs", b.toString()},
            {"compare", "acme-x1", "dgx-1", "--no-bundled", "--specs", b.toString()}, // dgx-1 is not loaded: exit 2
            {"compare", "acme-x1", "--specs", dir.resolve("missing").toString()},
        };
    }

    @Test
    void with_folders_the_command_and_its_output_and_notices_are_picoclis(@TempDir Path dir) throws Exception {
        PrintWriter none = new PrintWriter(new StringWriter());
        String[][] lines = withFolders(dir);
        for (String[] args : lines) {
            assertThat(DirectRun.accepts(args)).as(String.join(" ", args)).isTrue();
            CommandLine cl = Main.commandLine(none, none, args);
            cl.parseArgs(args);
            CompareCommand picocli = cl.getSubcommands().get("compare").getCommand();
            assertThat(DirectRun.compare(args)).as(String.join(" ", args)).usingRecursiveComparison()
                    .ignoringFields("spec", "catalogue.mixee", "catalogue.directErr").isEqualTo(picocli);
            assertThat(Cli.run(args)).as(String.join(" ", args)).isEqualTo(throughPicocli(args));
        }
        Cli layered = Cli.run(lines[1]);
        assertThat(layered.code()).as(layered.err()).isZero();
        assertThat(layered.out()).contains("12"); // b's acme-x1 (12 TFLOPS) over a's (10)
        assertThat(layered.err()).contains("hwcalc: notice: ").contains("nvidia-a100-sxm4-40gb");
        assertThat(Cli.run(lines[3]).code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(Cli.run(lines[4]).code()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void the_command_built_is_the_one_picocli_builds() {
        PrintWriter none = new PrintWriter(new StringWriter());
        for (String[] args : PLAIN) {
            CommandLine cl = Main.commandLine(none, none, args);
            cl.parseArgs(args);
            CompareCommand picocli = cl.getSubcommands().get("compare").getCommand();
            assertThat(DirectRun.compare(args)).as(String.join(" ", args)).usingRecursiveComparison()
                    .ignoringFields("spec", "catalogue.mixee").isEqualTo(picocli);
        }
    }

    @Test
    void both_print_the_same_and_exit_the_same() {
        for (String[] args : PLAIN) {
            Cli direct = Cli.run(args);
            assertThat(direct).as(String.join(" ", args)).isEqualTo(throughPicocli(args));
        }
        assertThat(Cli.run(PLAIN[0]).code()).isZero();
        assertThat(Cli.run(PLAIN[0]).out()).contains("170"); // DGX-1: 170 TFLOPS of FP16 (specs/nvidia-dgx-1.yaml)
        assertThat(Cli.run(PLAIN[3]).code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(Cli.run(PLAIN[3]).err()).contains("no-such-sheet");
    }
}
