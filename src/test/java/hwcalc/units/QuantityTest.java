package hwcalc.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

    static Stream<String> everyUnit() {
        return Units.all().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("everyUnit")
    void parse_of_toString_round_trips_for_every_unit(String symbol) {
        Quantity q = new Quantity(new BigDecimal("1.979"), Units.unit(symbol));
        Quantity back = Quantity.parse(q.toString());
        assertThat(back).isEqualTo(q);
        assertThat(back.toString()).isEqualTo("1.979 " + symbol);
    }

    @Test
    void reads_the_spellings_people_write() {
        assertThat(Quantity.parse("170 TFLOPS")).isEqualTo(Quantity.of("170", "TFLOPS"));
        assertThat(Quantity.parse("170 TFLOP/s")).isEqualTo(Quantity.of("170", "TFLOPS"));
        assertThat(Quantity.parse("624 TOPS").unit().dimension()).isEqualTo(Units.OP_RATE);
        assertThat(Quantity.parse("$129,000")).isEqualTo(Quantity.of("129000", "USD"));
        assertThat(Quantity.parse("3.14e23 FLOP")).isEqualTo(Quantity.of("314000000000000000000000", "FLOP"));
        assertThat(Quantity.parse("732 GB/s").unit().dimension()).isEqualTo(Units.BYTE_RATE);
        assertThat(Quantity.parse("1 EFLOPS").to(Unit.parse("TFLOPS")).value()).isEqualByComparingTo("1000000");
    }

    @Test
    void gib_and_gb_are_different_units() {
        // 1 GiB = 2^30 B = 1,073,741,824 B = 1.073741824 GB
        Quantity gib = Quantity.parse("1 GiB");
        assertThat(gib.to(Unit.parse("GB")).value()).isEqualByComparingTo("1.073741824");
        assertThat(gib).isNotEqualTo(Quantity.parse("1 GB"));
    }

    @Test
    void compound_units_convert_and_cancel() {
        // 129000 USD / 170 TFLOPS = 758.8235... USD/TFLOPS = 0.7588235... USD/GFLOPS
        Quantity perT = Quantity.parse("129000 USD").dividedBy(Quantity.parse("170 TFLOPS"));
        assertThat(perT.unit().symbol()).isEqualTo("USD/TFLOPS");
        assertThat(perT.value()).isBetween(new BigDecimal("758.8235"), new BigDecimal("758.8236"));
        assertThat(perT.to(Unit.parse("USD/GFLOPS")).value()).isBetween(new BigDecimal("0.75882"), new BigDecimal("0.75883"));
        Quantity back = perT.times(Quantity.parse("170 TFLOPS"));
        assertThat(back.unit().symbol()).isEqualTo("USD");
        assertThat(back.value()).isBetween(new BigDecimal("128999.9999"), new BigDecimal("129000.0001"));
    }

    @Test
    void ratio_of_like_units_is_a_plain_number() {
        // 989.4 / 312 = 3.17115...
        Quantity r = Quantity.parse("989.4 TFLOPS").dividedBy(Quantity.parse("312 TFLOPS"));
        assertThat(r.unit().isOne()).isTrue();
        assertThat(r.value()).isBetween(new BigDecimal("3.1711"), new BigDecimal("3.1712"));
        // 1 PFLOPS / 1 TFLOPS = 1000
        assertThat(Quantity.parse("1 PFLOPS").dividedBy(Quantity.parse("1 TFLOPS")).value()).isEqualByComparingTo("1000");
    }

    @Test
    void mixing_dimensions_names_both_sides() {
        assertThatThrownBy(() -> Quantity.parse("170 TFLOPS").plus(Quantity.parse("300 W")))
                .isInstanceOf(DimensionMismatchException.class)
                .hasMessageContaining("TFLOPS (FLOP rate)").hasMessageContaining("W (power)");
        assertThatThrownBy(() -> Quantity.parse("1 USD").plus(Quantity.parse("1 EUR")))
                .hasMessageContaining("USD").hasMessageContaining("EUR");
    }

    @Test
    void a_count_where_a_rate_belongs_suggests_the_rate() {
        assertThatThrownBy(() -> Quantity.parse("170 TFLOP", List.of(Units.FLOP_RATE)))
                .isInstanceOf(QuantityFormatException.class)
                .hasMessageContaining("TFLOP is a FLOP count").hasMessageContaining("did you mean TFLOPS?");
        assertThatThrownBy(() -> Quantity.parse("732 GB", List.of(Units.BYTE_RATE)))
                .hasMessageContaining("did you mean GB/s?");
        assertThatThrownBy(() -> Quantity.parse("170", List.of(Units.FLOP_RATE))).hasMessageContaining("has no unit");
    }

    @Test
    void press_spellings_read_as_the_symbols() {
        // issue 16: claims paste "32 petaFLOPS", "989 teraflops", "67 TFLOPs"; each reads as the symbol it means
        assertThat(Quantity.parse("32 petaFLOPS")).hasToString("32 PFLOPS");
        assertThat(Quantity.parse("989 teraflops")).hasToString("989 TFLOPS");
        assertThat(Quantity.parse("67 TFLOPs")).hasToString("67 TFLOPS");
        assertThat(Quantity.parse("1.1 ExaFLOPS").baseValue()).isEqualByComparingTo("1.1e18");
        assertThat(Quantity.parse("$30,000")).hasToString("30000 USD");
    }

    @Test
    void unknown_units_get_a_suggestion() {
        assertThatThrownBy(() -> Quantity.parse("170 Tflops")).hasMessageContaining("unknown unit 'Tflops'")
                .hasMessageContaining("did you mean TFLOPS?");
        assertThatThrownBy(() -> Quantity.parse("900 GBps")).hasMessageContaining("did you mean GB/s?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN TFLOPS", "Infinity W", "1e400 TFLOPS", "66e6666666666666 W", "1,5 TFLOPS", "12,34 W", "abc", "", "1.2.3 W", "--1 W"})
    void rejects_numbers_that_are_not_finite_decimals(String text) {
        assertThatThrownBy(() -> Quantity.parse(text)).isInstanceOf(QuantityFormatException.class);
    }

    @Test
    void negative_zero_reads_as_zero_and_decimal_comma_is_explained() {
        assertThat(Quantity.parse("-0 W")).isEqualTo(Quantity.parse("0 W"));
        assertThatThrownBy(() -> Quantity.parse("1,5 TFLOPS")).hasMessageContaining("write decimals with a point");
    }

    @Test
    void division_by_zero_is_an_error() {
        assertThatThrownBy(() -> Quantity.parse("1 USD").dividedBy(Quantity.parse("0 TFLOPS")))
                .isInstanceOf(hwcalc.units.InputException.class).hasMessageContaining("division by zero");
    }

    @Test
    void pounds_convert_exactly() {
        // 700 lb x 0.45359237 kg/lb = 317.5146590 kg (the seed article's 317.5 kg)
        assertThat(Quantity.parse("700 lb").to(Unit.parse("kg")).value()).isEqualByComparingTo("317.51465900");
    }

    @Test
    void non_numbers_are_named_exactly() {
        assertThatThrownBy(() -> Quantity.parse("NaN W")).hasMessage("'NaN W' is not a finite number");
        assertThatThrownBy(() -> Quantity.parse("Infinity W")).hasMessage("'Infinity W' is not a finite number");
        assertThatThrownBy(() -> Quantity.parse("about 5 W")).hasMessage("'about 5 W' does not start with a number");
    }

    @Test
    void figures_are_bounded_at_ten_to_the_sixty() {
        // 1e60 and 12e59 = 1.2e60 have exponent 60: accepted; 12e60 = 1.2e61 is not
        assertThat(Quantity.parse("1e60 W").value()).isEqualByComparingTo("1e60");
        assertThat(Quantity.parse("12e59 W").value()).isEqualByComparingTo("1.2e60");
        assertThat(Quantity.parse("1e-60 W").value()).isEqualByComparingTo("1e-60");
        assertThatThrownBy(() -> Quantity.parse("12e60 W")).hasMessage("'12e60 W' is out of range (|exponent| > 60)");
        assertThatThrownBy(() -> Quantity.parse("1e-61 W")).hasMessage("'1e-61 W' is out of range (|exponent| > 60)");
        // 10e2147483647 is 1.0 x 10^(2^31): the exponent must not wrap to a negative int and pass
        assertThatThrownBy(() -> Quantity.parse("10e2147483647 W")).hasMessage("'10e2147483647 W' is out of range (|exponent| > 60)");
        assertThat(Quantity.exponentOf(new java.math.BigDecimal("1.2e3"))).isEqualTo(3);
        assertThat(Quantity.exponentOf(new java.math.BigDecimal("0.05"))).isEqualTo(-2);
        assertThat(Quantity.exponentOf(java.math.BigDecimal.ZERO)).isZero();
    }

    @Test
    void an_e_belongs_to_the_number_only_before_a_digit_or_sign() {
        assertThat(Quantity.parse("1e-3 W")).isEqualTo(Quantity.parse("0.001 W"));
        assertThat(Quantity.parse("1e+3 W")).isEqualTo(Quantity.parse("1000 W"));
        assertThat(Quantity.parse("1e3W")).isEqualTo(Quantity.parse("1000 W"));
        // 1EFLOPS is 1 EFLOPS, not 1E followed by FLOPS
        assertThat(Quantity.parse("1EFLOPS")).isEqualTo(Quantity.of("1", "EFLOPS"));
        // a trailing e is a (wrong) unit, not half an exponent
        assertThatThrownBy(() -> Quantity.parse("2e")).hasMessageStartingWith("unknown unit 'e'");
        // a bare number is a plain number
        assertThat(Quantity.parse("42")).isEqualTo(Quantity.number(new BigDecimal("42")));
    }

    @Test
    void adding_other_dimensions_says_add() {
        assertThatThrownBy(() -> Quantity.parse("1 W").plus(Quantity.parse("1 s")))
                .hasMessage("cannot add W (power) and s (time)");
    }

    @Test
    void wrong_dimension_message_uses_the_right_article() {
        // "area" starts with a vowel at index 0
        assertThatThrownBy(() -> Quantity.parse("1 mm2", List.of(Units.POWER)))
                .hasMessage("'1 mm2': mm2 is an area, expected power");
        // a rate where a count belongs: dropping the S is the hint
        assertThatThrownBy(() -> Quantity.parse("5 TFLOPS", List.of(Units.FLOP)))
                .hasMessage("'5 TFLOPS': TFLOPS is a FLOP rate, expected FLOP count; did you mean TFLOP?");
    }
}
