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

    @Test
    void a_users_series_is_cited_and_named_as_that_file_never_as_the_bls_cpi_u(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("cpi.csv");
        Files.writeString(f, "year,value\n2016,100\n2017,102\n2018,105\n2019,107\n2020,108\n2021,113\n2022,122\n2023,127\n");
        String file = f.toString().replace('\\', '/');
        // before: quotes footnoted the BLS CPI-U page and compare said "(CPI-U)" for the user's index
        Cli quote = Cli.run("quote", "dgx-1", "price", "--adjust-to", "2018", "--cpi", f.toString());
        assertThat(quote.code()).as(quote.err()).isZero();
        assertThat(quote.out()).contains(file).doesNotContain("data.bls.gov").doesNotContain("Bureau of Labor");
        // 129,000 x 105 / 100 = 135,450
        assertThat(quote.out()).contains("$135,000 in 2018 dollars"); // 129,000 x 105 / 100 = 135,450, quoted to 3 digits
        Cli compare = Cli.run("compare", "dgx-1", "dgx-h100", "--metric", "price", "--adjust-to", "2018", "--cpi", f.toString());
        assertThat(compare.code()).as(compare.err()).isZero();
        assertThat(compare.out()).contains("prices in 2018 dollars (the CPI series in " + file + ")").doesNotContain("CPI-U");
        Cli calc = Cli.run("calc", "dgx-1.price in 2018 dollars", "--cpi", f.toString(), "--format", "json");
        assertThat(calc.out()).contains(file).doesNotContain("data.bls.gov");
        Cli bundled = Cli.run("quote", "dgx-1", "price", "--adjust-to", "2018");
        assertThat(bundled.out()).contains("https://data.bls.gov/timeseries/CUUR0000SA0");
    }

    @Test
    void a_provisional_year_of_a_users_series_is_said_to_be_that_files(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("cpi.csv");
        Files.writeString(f, "2016,100\n2017,102\n2018,105,provisional\n");
        // before: "CPI-U for 2018 is provisional", naming a series that was not used
        Cli r = Cli.run("calc", "$100@2016 in 2018 dollars", "--cpi", f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out() + r.err()).contains(f.toString().replace('\\', '/')).contains("2018 provisional").doesNotContain("CPI-U");
    }
}
