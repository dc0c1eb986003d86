package hwcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** hwcalc check through Main.run: output lines, summary, formats and exit codes. */
class CheckCommandTest {

    private static Path res(String name) {
        try {
            return Path.of(CheckCommandTest.class.getResource("/check/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Cli check(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "check";
        all[1] = "--no-bundled";
        all[2] = "--today=2026-11-28";
        System.arraycopy(args, 0, all, 3, args.length);
        return Cli.run(all);
    }

    private static Path copy(Path dir, String... names) throws IOException {
        for (String n : names) {
            Files.copy(res(n), dir.resolve(Path.of(n).getFileName().toString()));
        }
        return dir;
    }

    @Test
    void sound_sheets_pass_with_a_summary_and_exit_0() {
        Cli r = check("--strict", res("good").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("8 files checked: 0 errors, 0 warnings\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void an_error_prints_file_line_column_severity_message_and_rule_and_exits_1(@TempDir Path dir) throws IOException {
        copy(dir, "broken/provenance-missing-source.yaml");
        Cli r = check(dir.toString());
        assertThat(r.code()).isEqualTo(1);
        String shown = dir.toString().replace('\\', '/');
        // the figure rules run on what the reader could bind, so the other figure's warning shows in the same run
        assertThat(r.out().lines().toList()).containsExactly(
                shown + "/provenance-missing-source.yaml:10:5: warning: bf16 dense tensor 989.4 TFLOPS rests on secondary"
                        + " sources only (gk-h100): find the vendor's figure, or press that reports it [source.secondary-only]",
                shown + "/provenance-missing-source.yaml:11:5: error: figure without a source: every figure names one"
                        + " (source: <key>) [provenance.missing-source]",
                "1 file checked: 1 error, 1 warning");
    }

    @Test
    void warnings_pass_unless_strict(@TempDir Path dir) throws IOException {
        copy(dir, "broken/values-gib-gb-alternative.yaml");
        Cli lax = check(dir.toString());
        assertThat(lax.code()).isZero();
        assertThat(lax.out()).contains(": warning: ").contains("[values.gib-gb]").contains("0 errors, 1 warning\n");
        Cli strict = check("--strict", dir.toString());
        assertThat(strict.code()).isEqualTo(1);
        assertThat(strict.out()).endsWith("1 file checked: 0 errors, 1 warning (--strict: warnings fail)\n");
    }

    @Test
    void all_files_are_reported_in_one_run_sorted_and_broken_yaml_does_not_stop_the_rest(@TempDir Path dir) throws IOException {
        copy(dir, "broken/yaml-syntax.yaml", "broken/values-unit.yaml", "broken/dates-future.yaml", "good/google-tpu-v5e.yaml");
        Cli r = check(dir.toString());
        assertThat(r.code()).isEqualTo(1);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).contains("dates-future.yaml:7:").contains("[dates.future]");
        assertThat(lines.get(1)).contains("dates-future.yaml:9:").contains("[dates.future]");
        assertThat(lines.get(2)).contains("values-unit.yaml:10:").contains("[values.unit]");
        assertThat(lines.get(3)).contains("yaml-syntax.yaml:8:").contains("[yaml.syntax]");
        assertThat(lines.get(4)).isEqualTo("4 files checked: 4 errors, 0 warnings");
        assertThat(lines.subList(0, 4)).isSorted();
    }

    @Test
    void json_lists_findings_with_rule_and_location() throws Exception {
        Cli r = check("--format", "json", res("broken/consistency-sparse-not-2x-dense.yaml").toString());
        assertThat(r.code()).isEqualTo(1);
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("files").asInt()).isEqualTo(1);
        assertThat(j.get("errors").asInt()).isEqualTo(1);
        assertThat(j.get("failed").asBoolean()).isTrue();
        JsonNode f = j.get("findings").get(0);
        assertThat(f.get("rule").asText()).isEqualTo("consistency.sparse-not-2x-dense");
        assertThat(f.get("line").asInt()).isEqualTo(10);
        assertThat(f.get("column").asInt()).isEqualTo(5);
        assertThat(f.get("severity").asText()).isEqualTo("error");
        assertThat(f.get("file").asText()).endsWith("consistency-sparse-not-2x-dense.yaml");
    }

    @Test
    void github_format_writes_workflow_annotations() {
        Cli r = check("--format=github", res("broken/consistency-tensor-ratio-band-pair.yaml").toString(),
                res("broken/values-implausible-power.yaml").toString());
        assertThat(r.code()).isEqualTo(1);
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("::warning file=").contains("consistency-tensor-ratio-band-pair.yaml,line=11,col=5,"
                + "title=consistency.tensor-ratio-band::fp8 dense tensor 1466 TFLOPS");
        assertThat(lines.get(1)).startsWith("::error file=").contains(",line=9,col=8,title=values.implausible-power::TDP 700 kW");
        assertThat(lines.get(2)).isEqualTo("2 files checked: 1 error, 1 warning");
    }

    @Test
    void a_path_that_does_not_exist_exits_2() {
        Cli r = check("no/such/folder");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no/such/folder").contains("no such file or folder");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void claims_folders_are_skipped(@TempDir Path dir) throws IOException {
        copy(dir, "good/google-tpu-v5e.yaml");
        Files.createDirectories(dir.resolve("claims"));
        Files.writeString(dir.resolve("claims/dgx.yaml"), "claim: not a spec sheet\n");
        Cli r = check("--strict", dir.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("1 file checked: 0 errors, 0 warnings\n");
    }

    @Test
    void parts_resolve_against_other_paths_and_a_broken_part_is_not_blamed_twice(@TempDir Path dir) throws IOException {
        Path sys = Files.createDirectories(dir.resolve("sys"));
        Path chips = Files.createDirectories(dir.resolve("chips"));
        copy(sys, "good/nvidia-dgx-1.yaml");
        copy(chips, "good/intel-xeon-e5-2698-v3.yaml");
        Files.writeString(chips.resolve("nvidia-tesla-p100-sxm2.yaml"), "id: nvidia-tesla-p100-sxm2\nname: [broken\n");
        Cli r = check(sys.toString(), chips.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("nvidia-tesla-p100-sxm2.yaml:").contains("[yaml.syntax]").doesNotContain("unknown part");
        Files.copy(res("good/nvidia-tesla-p100-sxm2.yaml"), chips.resolve("nvidia-tesla-p100-sxm2.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(check("--strict", sys.toString(), chips.toString()).code()).isZero();
        assertThat(check(sys.toString()).out()).contains("unknown part 'nvidia-tesla-p100-sxm2'").contains("[schema.unknown-part]");
    }

    @Test
    void a_bad_today_is_bad_input() {
        Cli r = Cli.run("check", "--no-bundled", "--today", "yesterday", res("good").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--today");
    }

    @Test
    void help_lists_the_exit_codes() {
        Cli r = Cli.run("check", "--help");
        assertThat(r.code()).isZero();
        assertThat(Arrays.asList(r.out().split("\n"))).anyMatch(l -> l.contains("2") && l.contains("does not exist"));
    }
}
