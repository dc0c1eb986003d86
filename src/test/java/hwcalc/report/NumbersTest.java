package hwcalc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

    @ParameterizedTest(name = "{0} at {1} digits -> {2}")
    @CsvSource(delimiter = ';', value = {
            // hand-rounded: half-up to N significant figures, integer digits kept
            "758.8235294;3;759",
            "758.8235294;4;758.8",
            "0.7588235294;4;0.7588",
            "168602.92;4;168,603",   // 129000 x 313.689 / 240.007
            "168602.49;3;168,602",
            "3.171153846;3;3.17",    // 989.4 / 312
            "19.358353;4;19.36",     // 1599 / 82.6
            "2.5;1;3",               // half-way rounds up
            "0.125;2;0.13",
            "0.0001235;3;0.000124",
            "169.6;3;170",
            "169.6;4;169.6",
            "1000;3;1,000",
            "1234567.891;2;1,234,568",
            "-1234.5;3;-1,235",
            "0;3;0",
            "1.50;3;1.5"})
    void rounds_once_half_up_to_significant_figures(String value, int digits, String expected) {
        assertThat(Numbers.format(new BigDecimal(value), digits)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} at {1} significant figures -> {2}")
    @CsvSource(delimiter = ';', value = {
            // hand-rounded: half-up to N significant figures of the whole value (money in words)
            "99995;2;100000",
            "99995;5;99995",
            "168602.92;3;169000",
            "168602.92;4;168600",
            "12345000;3;12300000",
            "0.758823;2;0.76",
            "-1234.5;3;-1230",
            "0;3;0"})
    void significant_rounds_the_whole_amount(String value, int digits, String expected) {
        assertThat(Numbers.significant(new BigDecimal(value), digits).toPlainString()).isEqualTo(expected);
    }
}
