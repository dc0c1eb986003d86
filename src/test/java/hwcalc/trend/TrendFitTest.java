package hwcalc.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;

class TrendFitTest {

    /** y = 2^((t - 2000) / doubling) x (1 + 0.15 sin(7.3 t)): a known doubling time with deterministic noise. */
    private static double[][] series(double doubling, double noise, int n) {
        double[] t = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 2000 + i * 0.5;
            y[i] = Math.pow(2, (t[i] - 2000) / doubling) * (1 + noise * Math.sin(7.3 * t[i]));
        }
        return new double[][] {t, y};
    }

    @Test
    void recovers_a_known_doubling_time_inside_its_interval() {
        double[][] s = series(2.5, 0.15, 41);
        TrendFit f = TrendFit.of(s[0], s[1]);
        assertThat(f.n()).isEqualTo(41);
        assertThat(f.halving()).isFalse();
        assertThat(f.significant()).isTrue();
        assertThat(f.timeYears()).isCloseTo(2.5, within(0.1));
        assertThat(2.5).isBetween(f.timeLow(), f.timeHigh());
        assertThat(f.timeHigh() - f.timeLow()).isLessThan(0.3); // 41 points over 20 years pin it down
        assertThat(Math.pow(2, 1 / 2.5)).isBetween(f.growthLow(), f.growthHigh());
        assertThat(f.rSquared()).isGreaterThan(0.99);
    }

    @Test
    void a_series_with_the_same_noise_and_a_different_doubling_time_is_told_apart() {
        double[][] s = series(4.0, 0.15, 41);
        TrendFit f = TrendFit.of(s[0], s[1]);
        assertThat(f.timeLow()).isGreaterThan(2.5);
        assertThat(4.0).isBetween(f.timeLow(), f.timeHigh());
    }

    @Test
    void an_exact_series_gives_the_exact_doubling_time_and_a_zero_width_interval() {
        double[][] s = series(2.46, 0, 10);
        TrendFit f = TrendFit.of(s[0], s[1]);
        assertThat(f.timeYears()).isCloseTo(2.46, within(1e-9));
        assertThat(f.timeLow()).isCloseTo(2.46, within(1e-6));
        assertThat(f.timeHigh()).isCloseTo(2.46, within(1e-6));
        assertThat(f.rSquared()).isCloseTo(1, within(1e-12));
        assertThat(f.predict(2005)).isCloseTo(Math.pow(2, 5 / 2.46), within(1e-9));
    }

    @Test
    void the_interval_is_commons_math_s_t_interval_of_the_slope() {
        double[][] s = series(2.5, 0.3, 11);
        TrendFit f = TrendFit.of(s[0], s[1]);
        SimpleRegression r = new SimpleRegression();
        for (int i = 0; i < 11; i++) {
            r.addData(s[0][i], Math.log(s[1][i]));
        }
        double half = r.getSlopeConfidenceInterval(0.05);
        assertThat(f.slopeLow()).isCloseTo(r.getSlope() - half, within(1e-12));
        assertThat(f.slopeHigh()).isCloseTo(r.getSlope() + half, within(1e-12));
        assertThat(f.tCritical()).isCloseTo(2.262157, within(1e-6)); // t(0.975, 9 df), from tables
        assertThat(f.degreesOfFreedom()).isEqualTo(9);
        // the time interval is the slope interval carried through ln 2 / b: shorter end from the steeper slope
        assertThat(f.timeLow()).isCloseTo(Math.log(2) / f.slopeHigh(), within(1e-12));
        assertThat(f.timeHigh()).isCloseTo(Math.log(2) / f.slopeLow(), within(1e-12));
    }

    @Test
    void a_falling_series_gives_a_halving_time() {
        double[][] s = series(-3, 0.05, 20);
        TrendFit f = TrendFit.of(s[0], s[1]);
        assertThat(f.halving()).isTrue();
        assertThat(f.timeYears()).isCloseTo(3, within(0.1));
        assertThat(3.0).isBetween(f.timeLow(), f.timeHigh());
        assertThat(f.growthPerYear()).isLessThan(1);
    }

    @Test
    void a_slope_whose_interval_includes_zero_has_an_unbounded_time_interval() {
        double[] t = {2000, 2001, 2002, 2003, 2004};
        double[] y = {5, 9, 4, 8, 5.5};
        TrendFit f = TrendFit.of(t, y);
        assertThat(f.significant()).isFalse();
        assertThat(f.timeHigh()).isInfinite();
        assertThat(f.timeLow()).isFinite().isPositive();
    }

    @Test
    void fewer_than_three_points_are_refused() {
        assertThatThrownBy(() -> TrendFit.of(new double[] {2000, 2001}, new double[] {1, 2}))
                .isInstanceOf(TrendException.class).hasMessage("a trend needs at least 3 points, got 2");
    }

    @Test
    void zero_negative_and_nan_values_are_refused() {
        double[] t = {2000, 2001, 2002};
        assertThatThrownBy(() -> TrendFit.of(t, new double[] {1, 0, 2})).isInstanceOf(TrendException.class)
                .hasMessageContaining("needs positive values; point 2 is 0.0");
        assertThatThrownBy(() -> TrendFit.of(t, new double[] {1, 2, -3})).hasMessageContaining("point 3 is -3.0");
        assertThatThrownBy(() -> TrendFit.of(t, new double[] {Double.NaN, 2, 3})).hasMessageContaining("point 1 is NaN");
    }

    @Test
    void points_all_at_one_date_have_no_slope() {
        assertThatThrownBy(() -> TrendFit.of(new double[] {2016.5, 2016.5, 2016.5}, new double[] {1, 2, 3}))
                .isInstanceOf(TrendException.class).hasMessageContaining("all 3 points have the same date");
    }
}
