package hwcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
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
