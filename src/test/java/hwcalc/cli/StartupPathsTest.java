package hwcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The short cuts of issue 17 print what picocli printed without them: --version without the
 * command model, and the top-level usage with each subcommand known by its annotation only.
 */
class StartupPathsTest {

    @Test
    void version_is_what_picocli_prints() {
        StringWriter picocli = new StringWriter();
        CommandLine cl = Main.commandLine(new PrintWriter(picocli), new PrintWriter(new StringWriter()), "nosuch");
        cl.printVersionHelp(new PrintWriter(picocli), CommandLine.Help.Ansi.OFF);
        Cli fast = Cli.run("--version");
        assertThat(fast.code()).isZero();
        assertThat(fast.out()).isEqualTo(picocli.toString()).startsWith("hwcalc ").contains("Java ");
        assertThat(Cli.run("-V").out()).isEqualTo(fast.out());
        assertThat(fast.err()).isEmpty();
    }

    @Test
    void the_usage_listing_subcommands_by_annotation_is_the_usage_with_every_subcommand_built() {
        PrintWriter none = new PrintWriter(new StringWriter());
        // an unknown subcommand name builds every subcommand in full; no name builds listings only
        String full = Main.commandLine(none, none, "nosuch").getUsageMessage(CommandLine.Help.Ansi.OFF);
        String listed = Main.commandLine(none, none).getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertThat(listed).isEqualTo(full);
        for (String name : Main.SUBCOMMANDS) {
            assertThat(listed).as(name).contains("  " + name + " ");
        }
        assertThat(Cli.run("--help").out()).isEqualTo(full);
    }

    @Test
    void help_alone_prints_the_usage_rendered_at_build_time_which_is_the_usage_picocli_renders_now() {
        String bundled = BundledUsage.bundled();
        assertThat(bundled).as("the build (process-classes) compiles " + BundledUsage.CLASS).isNotNull()
                .isEqualTo(BundledUsage.rendered()).startsWith("Usage: hwcalc ");
        assertThat(Cli.run("--help").out()).isEqualTo(bundled);
        assertThat(Cli.run("-h").out()).isEqualTo(bundled);
        Cli none = Cli.run();
        assertThat(none.code()).isZero();
        assertThat(none.out()).isEqualTo(bundled);
        assertThat(BundledUsage.asked("--help", "compare")).isFalse();
        assertThat(BundledUsage.asked("compare")).isFalse();
    }

    @Test
    void help_on_a_terminal_has_no_escapes() {
        // picocli colours help on a terminal, and PrintableWriter showed each escape as "\x1b[1m";
        // picocli.ansi=true is how picocli is told it is on one
        String before = System.getProperty("picocli.ansi");
        System.setProperty("picocli.ansi", "true");
        try {
            for (String[] line : new String[][] {{"compare", "--help"}, {"calc", "--help"}, {"check", "--help"}}) {
                Cli r = Cli.run(line);
                assertThat(r.out() + r.err()).as(String.join(" ", line)).contains("Usage: hwcalc").doesNotContain("\\x1b")
                        .doesNotContain("\u001b");
            }
        } finally {
            if (before == null) {
                System.clearProperty("picocli.ansi");
            } else {
                System.setProperty("picocli.ansi", before);
            }
        }
    }
}
