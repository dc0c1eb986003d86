package hwcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hwcalc completion}: the script is sourced into a real bash, which is asked to complete
 * command lines as it would on TAB (COMP_WORDS, COMP_CWORD, then the completion function); the
 * sheet ids come from a {@code hwcalc} on a temporary folder that runs this build's classes.
 */
class CompletionCommandTest {

    @TempDir
    static Path tmp;
    static Path script;
    static Path hwcalc;

    @BeforeAll
    static void writeScriptAndShim() throws IOException {
        script = tmp.resolve("hwcalc.bash");
        Files.writeString(script, CompletionCommand.script(CompletionCommand.Shell.bash, CompletionCommand.fullModel()));
        hwcalc = tmp.resolve("hwcalc");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(hwcalc, "#!/usr/bin/env bash\nexec '" + java + "' -XX:TieredStopAtLevel=1 -cp '"
                + System.getProperty("java.class.path") + "' hwcalc.cli.Main \"$@\"\n");
        Files.setPosixFilePermissions(hwcalc, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** What bash offers for a command line whose last word is being completed ("" after a space). */
    static List<String> complete(String... words) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        String[] line = words.clone();
        line[0] = hwcalc.toString();
        StringBuilder array = new StringBuilder();
        for (String w : line) {
            array.append(" '").append(w).append('\'');
        }
        String bash = "source '" + script + "'\n"
                + "COMP_WORDS=(" + array + ")\n"
                + "COMP_CWORD=" + (line.length - 1) + "\n"
                + "COMP_LINE=\"${COMP_WORDS[*]}\"\n"
                + "_complete_hwcalc\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process p = new ProcessBuilder("/bin/bash", "-c", bash).directory(Path.of("").toAbsolutePath().toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return Arrays.stream(out.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void subcommandsComplete() throws Exception {
        // "comp" starts two subcommands' names and nothing else
        assertThat(complete("hwcalc", "comp")).containsExactlyInAnyOrder("compare", "completion");
        assertThat(complete("hwcalc", "")).contains("list", "show", "compare", "rank", "calc", "check",
                "import", "plot", "trend", "verify", "quote", "completion");
    }

    @Test
    void optionsComplete() throws Exception {
        assertThat(complete("hwcalc", "compare", "--prec")).containsExactly("--precision");
        assertThat(complete("hwcalc", "rank", "--to")).containsExactly("--top");
    }

    @Test
    void enumValuesCompleteInTheCaseTheDocsUse() throws Exception {
        assertThat(complete("hwcalc", "compare", "--precision", "fp")).containsExactly(
                "fp64", "fp32", "fp16", "fp8", "fp6", "fp4");
        assertThat(complete("hwcalc", "list", "--kind", "")).contains("accelerator", "system");
        assertThat(complete("hwcalc", "completion", "")).containsExactlyInAnyOrder("bash", "zsh");
    }

    @Test
    void sheetIdsCompleteFromTheBundledCatalogue() throws Exception {
        // dgx-h100 is an id; dgx-1 and dgx-2 are aliases or ids of bundled sheets
        assertThat(complete("hwcalc", "compare", "dgx-1", "dgx-h")).containsExactly("dgx-h100");
        assertThat(complete("hwcalc", "show", "dgx-")).contains("dgx-1", "dgx-2", "dgx-h100", "dgx-b200");
    }

    @Test
    void sheetIdsFollowTheSpecsAndNoBundledOfTheLineBeingCompleted() throws Exception {
        String good = "src/test/resources/action/good";
        assertThat(complete("hwcalc", "show", "action-fix")).isEmpty();
        assertThat(complete("hwcalc", "show", "--specs", good, "action-fix")).containsExactly("action-fixture-card");
        assertThat(complete("hwcalc", "show", "--no-bundled", "--specs", good, "")).containsExactly("action-fixture-card");
    }

    @Test
    void onlyTheParametersLabelledIdCompleteSheetIds() throws Exception {
        // quote ID METRIC: the first position is a sheet, the second is not; --vs is a sheet
        assertThat(complete("hwcalc", "quote", "h100-p")).containsExactly("h100-pcie");
        assertThat(complete("hwcalc", "quote", "dgx-1", "h100-p")).isEmpty();
        assertThat(complete("hwcalc", "quote", "dgx-1", "speedup", "--vs", "h100-p")).containsExactly("h100-pcie");
    }

    @Test
    void aCommaSeparatedIdListCompletesItsLastItem() throws Exception {
        assertThat(complete("hwcalc", "plot", "--ids", "dgx-1,h100-p")).containsExactly("dgx-1,h100-pcie");
    }

    @Test
    void sheetIdsListsIdsAndAliasesOfTheCatalogueTheOptionsLoad() {
        Cli bundled = Cli.run("completion", "--sheet-ids");
        assertThat(bundled.code()).isZero();
        assertThat(bundled.out().lines()).contains("nvidia-dgx-1", "dgx-1", "dgx-h100").doesNotContain("action-fixture-card");
        Cli mine = Cli.run("completion", "--sheet-ids", "--no-bundled", "--specs", "src/test/resources/action/good");
        assertThat(mine.out().lines()).containsExactly("action-fixture-card");
    }

    @Test
    void printsTheScriptForEachShellAndAsksForOneWhenNoneIsNamed() {
        Cli bash = Cli.run("completion", "bash");
        assertThat(bash.code()).isZero();
        assertThat(bash.out()).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_hwcalc")
                .contains("function _hwcalc_sheet_ids()");
        Cli zsh = Cli.run("completion", "zsh");
        assertThat(zsh.out()).startsWith("#compdef hwcalc").contains("bashcompinit").contains("complete -F _complete_hwcalc");
        Cli none = Cli.run("completion");
        assertThat(none.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(none.err()).contains("hwcalc completion bash");
    }

    @Test
    void theZshScriptLoadsInZsh() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/zsh")) || Files.isExecutable(Path.of("/bin/zsh")), "zsh not installed");
        Path zsh = tmp.resolve("hwcalc.zsh");
        Files.writeString(zsh, CompletionCommand.script(CompletionCommand.Shell.zsh, CompletionCommand.fullModel()));
        Process p = new ProcessBuilder("zsh", "-f", "-c", "source '" + zsh + "' && complete -p hwcalc")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("_complete_hwcalc");
    }
}
