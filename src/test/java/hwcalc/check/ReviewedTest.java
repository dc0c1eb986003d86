package hwcalc.check;

import static org.assertj.core.api.Assertions.assertThat;

import hwcalc.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reviewed warning is left out with its reason on file; errors cannot be waived. */
class ReviewedTest {

    private static String check(Path dir, StringWriter out) {
        int code = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "check", "--strict", "--no-bundled", dir.toString());
        return code + "";
    }

    @Test
    void a_reviewed_warning_no_longer_fails_strict_but_an_unreviewed_one_does(@TempDir Path dir) throws Exception {
        Path src = Path.of(getClass().getResource("/check/broken/values-gib-gb-binary-rate.yaml").toURI());
        String yaml = Files.readString(src);
        Files.writeString(dir.resolve(src.getFileName()), yaml);
        StringWriter before = new StringWriter();
        assertThat(check(dir, before)).isEqualTo("1");
        assertThat(before.toString()).contains("[values.gib-gb]");

        Files.writeString(dir.resolve(src.getFileName()), yaml + "\nreviewed:\n  - {rule: values.gib-gb, note: the source gives GiB/s}\n");
        StringWriter after = new StringWriter();
        assertThat(check(dir, after)).isEqualTo("0");
        assertThat(after.toString()).doesNotContain("[values.gib-gb]");
    }

    @Test
    void errors_cannot_be_waived(@TempDir Path dir) throws Exception {
        Path src = Path.of(getClass().getResource("/check/broken/values-implausible-bandwidth.yaml").toURI());
        String yaml = Files.readString(src);
        assertThat(yaml).as("the case already reviews source.secondary-only").contains("reviewed:\n");
        Files.writeString(dir.resolve(src.getFileName()),
                yaml.replace("reviewed:\n", "reviewed:\n  - {rule: values.implausible-bandwidth, note: trying to hide an error}\n"));
        StringWriter out = new StringWriter();
        check(dir, out);
        assertThat(out.toString()).contains("[values.implausible-bandwidth]");
    }
}
