package hwcalc.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import hwcalc.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files a user did not write: each gives a one-line error naming the file (and line where there
 * is one), exit code 2, no stack trace. The timeouts guard against hangs; they measure nothing.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run list(Path specs) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "list", "--no-bundled", "--specs", specs.toString());
        return new Run(code, out.toString(), err.toString());
    }

    private Run listFile(String name, byte[] content) throws IOException {
        Files.write(dir.resolve(name), content);
        return list(dir);
    }

    private Run listFile(String name, String content) throws IOException {
        return listFile(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertOneLineError(Run r, String fileAndLine, String words) {
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(fileAndLine).contains(words).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    @Test
    void billion_laughs() throws IOException {
        StringBuilder y = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            y.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append("]\n");
        }
        assertOneLineError(listFile("bomb.yaml", y.toString()), "bomb.yaml", "alias");
    }

    @Test
    void deep_nesting() throws IOException {
        assertOneLineError(listFile("deep.yaml", "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n"), "deep.yaml", "nesting deeper");
    }

    @Test
    void a_60_mb_file_is_refused_before_parsing() throws IOException {
        byte[] big = new byte[60 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        assertOneLineError(listFile("big.yaml", big), "big.yaml", "too large");
    }

    @Test
    void tabs_for_indentation() throws IOException {
        assertOneLineError(listFile("tabs.yaml", "id: tabs\nsources:\n\ts: {url: https://x.org, seen: 2026-11-28}\n"), "tabs.yaml:3", "invalid YAML");
    }

    @Test
    void java_object_tags() throws IOException {
        assertOneLineError(listFile("tag.yaml", "id: !!javax.script.ScriptEngineManager [x]\n"), "tag.yaml:1", "tags");
    }

    @Test
    void invalid_utf8_binary_garbage_and_empty_files() throws IOException {
        assertOneLineError(listFile("utf.yaml", new byte[] {'i', 'd', ':', ' ', (byte) 0xFF, (byte) 0xFE, '\n'}), "utf.yaml", "UTF-8");
        Files.delete(dir.resolve("utf.yaml"));
        assertOneLineError(listFile("bin.yaml", new byte[] {0, 1, 2, 3, (byte) 0x89, 'P', 'N', 'G'}), "bin.yaml", "binary");
        Files.delete(dir.resolve("bin.yaml"));
        assertOneLineError(listFile("empty.yaml", ""), "empty.yaml", "empty");
    }

    @Test
    void a_list_where_a_mapping_belongs() throws IOException {
        assertOneLineError(listFile("list.yaml", "- id: x\n- id: y\n"), "list.yaml:1:1", "must be a mapping");
    }

    @Test
    void a_directory_where_a_file_belongs() throws IOException {
        Files.createDirectories(dir.resolve("folder.yaml"));
        Run r = list(dir);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("folder.yaml").contains("not a regular file");
    }

    @Test
    void symlink_loops_do_not_hang() throws IOException {
        Files.createSymbolicLink(dir.resolve("a.yaml"), dir.resolve("b.yaml"));
        Files.createSymbolicLink(dir.resolve("b.yaml"), dir.resolve("a.yaml"));
        Files.createDirectories(dir.resolve("sub"));
        Files.createSymbolicLink(dir.resolve("sub/loop"), dir);
        Run r = list(dir);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("a.yaml").contains("not a regular file");
    }

    @Test
    void unreadable_file() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file");
        Path f = dir.resolve("secret.yaml");
        Files.writeString(f, "id: secret\n");
        assumeFalse(!f.toFile().setReadable(false, false));
        assertOneLineError(list(dir), "secret.yaml", "cannot read");
    }

    @Test
    void a_folder_that_does_not_exist() {
        Run r = list(dir.resolve("nope"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nope").contains("no such file or folder");
    }

    /** A claims file whose calc expression is hostile: located at the expression (line 5, column 19), exit 2. */
    private Run verifyClaimWithCalc(String expression) throws IOException {
        Path f = Files.writeString(dir.resolve("claims.yaml"), "publication: {title: T}\nclaims:\n  - id: a\n    said: x\n"
                + "    check: {calc: \"" + expression + "\", claimed: 1, tolerance: 2%}\n    expected: holds\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "verify", f.toString());
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void hostile_expressions_in_a_claims_file() throws IOException {
        assertOneLineError(verifyClaimWithCalc("(((1"), "claims.yaml:5:19: error: ", "missing ')' (at column 5 of \"(((1\")");
        assertOneLineError(verifyClaimWithCalc("1 / 0"), "claims.yaml:5:19: error: ", "division by zero");
        assertOneLineError(verifyClaimWithCalc("nosuch.fp16"), "claims.yaml:5:19: error: ", "unknown id 'nosuch'");
        assertOneLineError(verifyClaimWithCalc("1e999 * 1e999"), "claims.yaml:5:19: error: ", "number out of range (|exponent| > 60)");
        // 10,000-deep nesting is 20,001 characters: refused by the length limit before the parser recurses
        assertOneLineError(verifyClaimWithCalc("(".repeat(10_000) + "1" + ")".repeat(10_000)), "claims.yaml:5:19: error: ",
                "expression is too long (20001 characters; at most 10000)");
        // a megabyte: 1 + 1 + ... is 2 x 500,000 + 1 characters
        assertOneLineError(verifyClaimWithCalc("1+".repeat(500_000) + "1"), "claims.yaml:5:19: error: ",
                "expression is too long (1000001 characters; at most 10000)");
    }
}
