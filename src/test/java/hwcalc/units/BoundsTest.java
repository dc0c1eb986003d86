package hwcalc.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The bounds of issue 19 in the units package, each at its edge: the last value accepted and the first refused. */
class BoundsTest {

    @Test
    void unit_powers_up_to_12_and_not_13() {
        assertThat(Unit.parse("W^12").symbol()).isEqualTo("W^12");
        assertThat(Unit.parse("W^-12").symbol()).isEqualTo("1/W^12");
        assertThatThrownBy(() -> Unit.parse("W^13")).isInstanceOf(QuantityFormatException.class)
                .hasMessage("unit power out of range: W^13 (at most ^12)");
        assertThatThrownBy(() -> Unit.parse("W^-13")).hasMessage("unit power out of range: W^-13 (at most ^12)");
        // (W^4)^3 = W^12 is fine; (W^4)^4 = W^16 is not; W^6 * W^7 = W^13 by multiplication
        assertThat(Unit.parse("(W^4)^3")).isEqualTo(Unit.parse("W^12"));
        assertThatThrownBy(() -> Unit.parse("(W^4)^4")).hasMessageContaining("W^16");
        assertThatThrownBy(() -> Unit.parse("W^6*W^7")).hasMessageContaining("W^13");
        // an absurd power does not wrap around int range into a small one
        assertThatThrownBy(() -> Unit.parse("W").pow(Integer.MAX_VALUE)).isInstanceOf(QuantityFormatException.class);
        assertThatThrownBy(() -> Unit.parse("W").pow(Integer.MIN_VALUE)).isInstanceOf(QuantityFormatException.class);
    }

    @Test
    void unit_text_up_to_100_characters_and_8_levels() {
        String exactly100 = "W" + " ".repeat(98) + "W"; // 100 characters: not a valid unit, but not refused for length
        assertThatThrownBy(() -> Unit.parse(exactly100)).hasMessageStartingWith("unexpected 'W'");
        String over = "W" + " ".repeat(99) + "W"; // 101 characters
        assertThatThrownBy(() -> Unit.parse(over)).hasMessage("unit is too long (101 characters; at most 100)");
        assertThat(Unit.parse("(".repeat(8) + "W" + ")".repeat(8))).isEqualTo(Unit.parse("W"));
        assertThatThrownBy(() -> Unit.parse("(".repeat(9) + "W" + ")".repeat(9)))
                .hasMessageContaining("nests parentheses deeper than 8 levels");
        // depth counts nesting, not parentheses in a row: eight pairs side by side are one level each
        assertThat(Unit.parse("(W)*(W)*(W)*(W)*(W)*(W)/(W)/(W)*(W)/(W)")).isEqualTo(Unit.parse("W^4"));
    }

    @Test
    void results_up_to_exponent_1000_and_not_1001() {
        assertThat(new Quantity(new BigDecimal("9.9e1000"), Unit.ONE).value()).isEqualByComparingTo("9.9e1000");
        assertThat(new Quantity(new BigDecimal("1e-1000"), Unit.ONE).value()).isEqualByComparingTo("1e-1000");
        assertThatThrownBy(() -> new Quantity(new BigDecimal("1e1001"), Unit.ONE)).isInstanceOf(InputException.class)
                .hasMessage("result out of range (|exponent| > 1000)");
        assertThatThrownBy(() -> new Quantity(new BigDecimal("9e-1001"), Unit.ONE)).isInstanceOf(InputException.class);
    }

    @Test
    void decimals_read_ascii_digits_within_the_bound() {
        assertThat(Decimals.parse(" 1.5e3 ")).isEqualByComparingTo("1500");
        assertThat(Decimals.parse("129,000")).isEqualByComparingTo("129000");
        assertThat(Decimals.parse("1e60")).isEqualByComparingTo("1e60");
        assertThatThrownBy(() -> Decimals.parse("1e61")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> Decimals.parse("1e400")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> Decimals.parse("８")).isInstanceOf(QuantityFormatException.class).hasMessageContaining("'８'");
        assertThatThrownBy(() -> Decimals.parse("١٦")).isInstanceOf(QuantityFormatException.class);
        assertThatThrownBy(() -> Decimals.parse("  ")).hasMessage("empty number");
        assertThat(Decimals.parseInt("16")).isEqualTo(16);
        assertThat(Decimals.parseInt("2.0")).isEqualTo(2); // 2.0 is whole
        assertThat(Decimals.parseInt("-7")).isEqualTo(-7);
        assertThatThrownBy(() -> Decimals.parseInt("2.5")).hasMessage("'2.5' is not a whole number");
        assertThatThrownBy(() -> Decimals.parseInt("١٦")).isInstanceOf(QuantityFormatException.class);
        assertThat(Decimals.parseInt("2147483647")).isEqualTo(Integer.MAX_VALUE);
        assertThatThrownBy(() -> Decimals.parseInt("2147483648")).hasMessage("'2147483648' is out of range");
        assertThat(Decimals.parseLong("2147483648")).isEqualTo(2147483648L);
        assertThat(Decimals.parseLong("3.0")).isEqualTo(3L);
        assertThatThrownBy(() -> Decimals.parseLong("0.5")).hasMessage("'0.5' is not a whole number");
        assertThatThrownBy(() -> Decimals.parseLong("1e19")).hasMessage("'1e19' is out of range");
    }

    @Test
    void ascii_digits_are_0_to_9_only() {
        assertThat(Decimals.isAsciiDigit('0')).isTrue();
        assertThat(Decimals.isAsciiDigit('9')).isTrue();
        assertThat(Decimals.isAsciiDigit('/')).isFalse(); // just below '0'
        assertThat(Decimals.isAsciiDigit(':')).isFalse(); // just above '9'
        assertThat(Decimals.isAsciiDigit('８')).isFalse();
        assertThat(Decimals.isAsciiDigit('١')).isFalse();
    }
}
