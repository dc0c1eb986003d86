package hwcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 16: help says what the commands really do, and carries what a jar user has no docs for. */
class HelpWordsTest {

    @Test
    void each_command_states_its_own_precision_default() {
        // plot and trend use FP32 (ChartOptions.DEFAULT_PRECISION), rank FP16; the help said "compare default" for all
        assertThat(help("plot")).contains("(default: fp32").doesNotContain("the first of fp16");
        assertThat(help("trend")).contains("(default: fp32").doesNotContain("the first of fp16");
        assertThat(help("rank")).contains("(default: fp16;").doesNotContain("the first of fp16");
        assertThat(help("compare")).contains("(default: the first of fp16, bf16, fp32, fp64, fp8, int8 that every sheet has)");
        assertThat(help("quote")).contains("(default: the first of fp16");
    }

    @Test
    void calc_help_carries_the_grammar_of_docs_calc_md() throws IOException {
        String doc = Files.readString(Path.of("docs/calc.md"));
        int open = doc.indexOf("```\n") + 4;
        List<String> grammar = doc.substring(open, doc.indexOf("```", open)).strip().lines().toList();
        assertThat(grammar).hasSize(10).first().asString().startsWith("input");
        String help = help("calc");
        for (String line : grammar) {
            assertThat(help).as("calc --help has: " + line).contains("  " + line);
        }
        assertThat(help).doesNotContain("docs/calc.md").contains("10^60", "10^1000", "$30,000", "petaFLOPS");
    }

    private static String help(String command) {
        Cli r = Cli.run(command, "--help");
        assertThat(r.code()).isZero();
        return r.out().replaceAll("\\s+", " ") + "\n" + r.out(); // joined (wrapped help) and as printed
    }
}
