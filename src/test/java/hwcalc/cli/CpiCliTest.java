package hwcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: --cpi FILE gives a user's price index; a bad line is named FILE:LINE. */
class CpiCliTest {

    @Test
    void a_users_series_adjusts_and_a_bad_one_is_refused_with_its_lines(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("cpi.csv");
        Files.writeString(f, "year,value\n2016,100\n2017,102\n2018,105\n");
        // 100 x 105 / 100 = 105
        Cli r = Cli.run("calc", "$100@2016 in 2018 dollars", "--cpi", f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("105 USD (2018 dollars)" + System.lineSeparator());
        Cli late = Cli.run("calc", "$100@2016 in 2024 dollars", "--cpi", f.toString());
        assertThat(late.code()).isEqualTo(2);
        assertThat(late.err()).contains("2024").contains("2018");
        Files.writeString(f, "2016,100\n2017,abc\n");
        Cli bad = Cli.run("calc", "1", "--cpi", f.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains(f.toString().replace('\\', '/') + ":2: 'abc' is not a number");
    }
}
