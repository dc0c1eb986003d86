package hwcalc.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hwcalc.Fixtures;
import hwcalc.metrics.Cpi;
import org.junit.jupiter.api.Test;

/** Issue 19's bounds in calc, each at its edge. */
class CalculatorBoundsTest {
    private final Calculator calc = new Calculator(Fixtures.basic(), Cpi.bundled());

    @Test
    void unary_minus_counts_against_the_nesting_bound_of_100() {
        // 100 minus signs: an even count, so the value is 1
        assertThat(calc.evaluate("-".repeat(100) + "1").value().value()).isEqualByComparingTo("1");
        assertThatThrownBy(() -> calc.evaluate("-".repeat(101) + "1")).isInstanceOf(CalcException.class)
                .hasMessageStartingWith("expression nested deeper than 100 levels");
        // the depth is given back after each operand: 60 minus signs twice is 60 levels, not 120
        assertThat(calc.evaluate("-".repeat(60) + "1 + " + "-".repeat(60) + "2").value().value()).isEqualByComparingTo("3");
        // parentheses and minus signs share the bound: 50 of each nested is 100
        assertThat(calc.evaluate("(-".repeat(50) + "1" + ")".repeat(50)).value().value()).isEqualByComparingTo("1");
        assertThatThrownBy(() -> calc.evaluate("(-".repeat(50) + "-1" + ")".repeat(50))).hasMessageStartingWith("expression nested deeper");
    }

    @Test
    void dollar_years_are_years_of_the_price_index_1995_to_2025() {
        assertThat(calc.evaluate("129000 USD@1995").dollarYear()).isEqualTo(1995);
        assertThat(calc.evaluate("129000 USD@2025").dollarYear()).isEqualTo(2025);
        assertThatThrownBy(() -> calc.evaluate("129000 USD@1994")).hasMessageStartingWith("no CPI-U for 1994: dollar years run from 1995 to 2025");
        assertThatThrownBy(() -> calc.evaluate("129000 USD@2026")).hasMessageStartingWith("no CPI-U for 2026");
        assertThatThrownBy(() -> calc.evaluate("129000 USD@9999")).hasMessageStartingWith("no CPI-U for 9999");
    }

    @Test
    void non_ascii_digits_are_not_numbers_or_years() {
        assertThatThrownBy(() -> calc.evaluate("129000 USD@２０１６")).hasMessageStartingWith("write the year of the dollars as @YYYY");
        assertThatThrownBy(() -> calc.evaluate("８ + 1")).hasMessageStartingWith("unexpected '８'");
    }

    @Test
    void a_unit_bomb_after_to_is_refused_at_once() {
        assertThatThrownBy(() -> calc.evaluate("1 to (((lb^99)^99)^99)^9")).isInstanceOf(CalcException.class)
                .hasMessage("after 'to': unit power out of range: lb^99 (at most ^12)");
    }
}
