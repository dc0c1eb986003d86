package hwcalc.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CpiTest {
    private final Cpi cpi = Cpi.bundled();

    @Test
    void dgx1_launch_price_in_2024_dollars() {
        // 129000 x 313.689 / 240.007 = 168,602.92 (worked example in shared/reference/cpi-u.md)
        BigDecimal v = cpi.adjust(new BigDecimal("129000"), 2016, 2024);
        assertThat(v).isBetween(new BigDecimal("168602.919"), new BigDecimal("168602.921"));
    }

    @Test
    void refuses_years_outside_the_data() {
        assertThatThrownBy(() -> cpi.adjust(BigDecimal.ONE, 2016, 2026)).hasMessage("cannot adjust for inflation to or from 2026: no annual average for 2026 in the CPI-U data"
                        + " shipped with hwcalc; the latest is 2025 (provisional)")
                .hasMessageContaining("latest is 2025 (provisional)");
        assertThatThrownBy(() -> cpi.adjust(BigDecimal.ONE, 1994, 2016)).hasMessageContaining("starts in 1995 (and runs to 2025)");
    }

    @Test
    void flags_provisional_years() {
        assertThat(cpi.isProvisional(2025)).isTrue();
        assertThat(cpi.isProvisional(2024)).isFalse();
    }

    @Test
    void adjustment_composes() {
        BigDecimal direct = cpi.adjust(new BigDecimal("129000"), 2016, 2024);
        BigDecimal viaYear = cpi.adjust(cpi.adjust(new BigDecimal("129000"), 2016, 2020), 2020, 2024);
        assertThat(direct.subtract(viaYear).abs()).isLessThan(new BigDecimal("1e-25"));
    }

    @Test
    void same_year_is_identity() {
        assertThat(cpi.adjust(new BigDecimal("129000"), 2016, 2016)).isEqualByComparingTo("129000");
    }

    @Test
    void a_users_series_is_read_and_refusals_name_its_latest_year(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path f = dir.resolve("cpi.csv");
        java.nio.file.Files.writeString(f, "year,value\n# my series\n2016,100\n2017,102\n2018,105,provisional\n");
        Cpi mine = Cpi.read(f);
        // 129000 x 105 / 100 = 135450
        assertThat(mine.adjust(new BigDecimal("129000"), 2016, 2018)).isEqualByComparingTo("135450");
        assertThat(mine.isProvisional(2018)).isTrue();
        assertThat(mine.isProvisional(2017)).isFalse();
        assertThatThrownBy(() -> mine.adjust(BigDecimal.ONE, 2016, 2019)).hasMessage("cannot adjust for inflation to or from 2019:"
                + " no annual average for 2019 in the CPI series in " + f.toString().replace('\\', '/') + "; the latest is 2018 (provisional)");
    }

    @Test
    void every_bad_line_of_a_series_is_named_with_its_line(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path f = dir.resolve("bad.csv");
        java.nio.file.Files.writeString(f, "2016,100\n2017;102\nabc,3\n2019,-1\n2020,5,maybe\n2016,101\n");
        String shown = f.toString().replace('\\', '/');
        assertThatThrownBy(() -> Cpi.read(f)).isInstanceOf(hwcalc.units.InputException.class)
                .hasMessageContaining(shown + ":2: expected year,value")
                .hasMessageContaining(shown + ":3: 'abc' is not a year")
                .hasMessageContaining(shown + ":4: the index value must be positive, found -1")
                .hasMessageContaining(shown + ":5: the third field is provisional or final, found 'maybe'")
                .hasMessageContaining(shown + ":6: a second value for 2016");
        java.nio.file.Path gap = dir.resolve("gap.csv");
        java.nio.file.Files.writeString(gap, "2016,100\n2018,105\n");
        assertThatThrownBy(() -> Cpi.read(gap)).hasMessageContaining("no value for 2017");
    }

    @Test
    void the_bundled_series_names_and_cites_the_bls_cpi_u_and_a_users_series_its_file() {
        assertThat(cpi.file()).isEmpty();
        assertThat(cpi.symbol()).isEqualTo("CPI-U");
        assertThat(cpi.sourceUrl()).isEqualTo(Cpi.SOURCE_URL).isEqualTo("https://data.bls.gov/timeseries/CUUR0000SA0");
        Cpi mine = Cpi.parse("2016,100\n2017,102,provisional\n", "my/cpi.csv");
        assertThat(mine.file()).contains("my/cpi.csv");
        assertThat(mine.symbol()).isEqualTo("CPI(my/cpi.csv)");
        assertThat(mine.sourceUrl()).isEqualTo("my/cpi.csv");
        assertThat(mine.isProvisional(2017)).isTrue();
    }
}
