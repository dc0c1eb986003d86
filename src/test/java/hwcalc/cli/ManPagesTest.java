package hwcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The man pages stay in step with the commands: one page per command, each option on its page,
 * an EXAMPLES section on every page, and every example a command line that hwcalc parses. (The
 * roff that mvn package makes from these pages is tested by PackagingIT.)
 */
class ManPagesTest {

    static final Path EXAMPLES = Path.of("src/man/examples");

    @TempDir
    Path adoc;

    static List<CommandSpec> commands(CommandLine cl) {
        List<CommandSpec> all = new ArrayList<>();
        all.add(cl.getCommandSpec());
        for (CommandLine sub : cl.getSubcommands().values()) {
            all.addAll(commands(sub));
        }
        return all;
    }

    static String pageName(CommandSpec spec) {
        return spec.qualifiedName("-");
    }

    @Test
    void everyCommandHasAPageListingEachOfItsOptionsAndExamples() throws Exception {
        List<Path> pages = ManPages.writeAsciiDoc(adoc, EXAMPLES);
        List<CommandSpec> commands = commands(CompletionCommand.fullModel());
        // 14 subcommands (with completion, cost and scan), import's epoch and epoch-prices, and hwcalc itself
        assertThat(commands).hasSize(17);
        assertThat(pages.stream().map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrderElementsOf(commands.stream().map(c -> pageName(c) + ".adoc").toList());
        for (CommandSpec c : commands) {
            String page = Files.readString(adoc.resolve(pageName(c) + ".adoc"));
            for (OptionSpec o : c.options()) {
                if (!o.hidden()) {
                    assertThat(page).as(pageName(c) + " lists " + o.longestName()).contains(o.longestName());
                }
            }
            assertThat(page).as(pageName(c) + " has examples").contains("== Examples");
            // the examples come before the footer, so man shows them as a section of their own
            assertThat(page.indexOf("== Examples")).isLessThan(page.indexOf(ManPages.FOOTER_TAG));
        }
    }

    @Test
    void noExamplesFileIsForACommandThatDoesNotExist() throws Exception {
        List<String> names = commands(CompletionCommand.fullModel()).stream().map(c -> pageName(c) + ".adoc").toList();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            assertThat(files.map(p -> p.getFileName().toString())).isSubsetOf(names);
        }
    }

    static final Pattern LISTING = Pattern.compile("(?m)^----\\n(.*?)\\n----$", Pattern.DOTALL);

    @Test
    void everyExampleParses() throws Exception {
        int parsed = 0;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path f : files.toList()) {
                Matcher m = LISTING.matcher(Files.readString(f));
                while (m.find()) {
                    for (String line : m.group(1).split("\n")) {
                        if (line.startsWith("source ")) {
                            continue; // a shell line that installs completion, not a hwcalc command
                        }
                        List<String> words = words(line);
                        assertThat(words.get(0)).as(line).isEqualTo("hwcalc");
                        CommandLine cl = CompletionCommand.fullModel();
                        cl.parseArgs(words.subList(1, words.size()).toArray(String[]::new)); // throws on a bad option
                        parsed++;
                    }
                }
            }
        }
        assertThat(parsed).isGreaterThanOrEqualTo(20);
    }

    /** Splits a shell line on spaces, keeping "double-quoted" words whole. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
        while (m.find()) {
            words.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return words;
    }
}
