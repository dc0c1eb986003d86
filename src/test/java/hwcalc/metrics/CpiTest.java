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
        assertThatThrownBy(() -> cpi.adjust(BigDecimal.ONE, 2016, 2026)).hasMessageContaining("no annual CPI-U average for 2026")
                .hasMessageContaining("latest is 2025 (provisional)");
        assertThatThrownBy(() -> cpi.adjust(BigDecimal.ONE, 1994, 2016)).hasMessageContaining("starts in 1995");
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
}
