package hwcalc.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hwcalc.Fixtures;
import hwcalc.metrics.Cpi;
import hwcalc.spec.UnknownIdException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CalculatorTest {
    private final Calculator calc = new Calculator(Fixtures.basic(), Cpi.bundled());

    private CalcResult eval(String e) {
        return calc.evaluate(e);
    }

    @Test
    void cost_per_tflops_and_conversion() {
        // 129000 / 170 = 758.8235 USD/TFLOPS = 0.7588235 USD/GFLOPS
        CalcResult r = eval("box-b.price / box-b.fp16");
        assertThat(r.value().unit().symbol()).isEqualTo("USD/TFLOPS");
        assertThat(r.value().value()).isBetween(new BigDecimal("758.8235"), new BigDecimal("758.8236"));
        assertThat(r.dollarYear()).isEqualTo(2016);
        CalcResult g = eval("box-b.price / box-b.fp16 to USD/GFLOPS");
        assertThat(g.value().value()).isBetween(new BigDecimal("0.758823"), new BigDecimal("0.758824"));
    }

    @Test
    void hyphenated_names_and_multiplication() {
        // 8 x 21.2 = 169.6
        CalcResult r = eval("8 * chip-a.fp16 to TFLOPS");
        assertThat(r.value().value()).isEqualByComparingTo("169.6");
        assertThat(eval("box-b.fp16 - 8 * chip-a.fp16").value().value()).isEqualByComparingTo("0.4");
        assertThat(eval("(1 + 2) * 3").value().value()).isEqualByComparingTo("9");
        assertThat(eval("-2 * -3").value().value()).isEqualByComparingTo("6");
    }

    @Test
    void inflation_from_the_sheet_and_from_a_bare_amount() {
        // 129000 x 313.689 / 240.007 = 168,602.92
        for (String e : new String[] {"box-b.price in 2024 dollars", "129000 USD@2016 in 2024 dollars", "$129000@2016 in 2024 dollars"}) {
            CalcResult r = eval(e);
            assertThat(r.value().value()).as(e).isBetween(new BigDecimal("168602.919"), new BigDecimal("168602.921"));
            assertThat(r.dollarYear()).isEqualTo(2024);
        }
        assertThatThrownBy(() -> eval("129000 USD in 2024 dollars")).hasMessageContaining("has no year");
        assertThatThrownBy(() -> eval("box-b.price in 2030 dollars")).hasMessageContaining("2030");
        assertThatThrownBy(() -> eval("box-b.fp16 in 2024 dollars")).hasMessageContaining("needs an amount in USD");
    }

    @Test
    void tags_select_figures() {
        assertThat(eval("chip-a.fp16.vector").value().value()).isEqualByComparingTo("21.2");
        assertThatThrownBy(() -> eval("chip-a.fp16.sparse")).hasMessageContaining("no FP16 sparse");
        assertThatThrownBy(() -> eval("chip-a.fp16.fuzzy")).hasMessageContaining("unknown tag 'fuzzy'");
    }

    @Test
    void mixed_bases_warn_and_mixed_dimensions_fail() {
        assertThat(eval("box-b.fp16 / chip-a.fp32").warnings()).anySatisfy(w -> assertThat(w).contains("mixes bases"));
        assertThat(eval("box-b.fp16 / chip-a.fp16").warnings()).isEmpty();
        assertThatThrownBy(() -> eval("box-b.price + box-b.fp16")).hasMessageContaining("USD").hasMessageContaining("TFLOPS");
        assertThatThrownBy(() -> eval("box-b.fp16 to W")).hasMessageContaining("cannot convert");
    }

    @Test
    void bad_expressions_fail_clearly_and_fast() {
        assertThatThrownBy(() -> eval("(1 + 2")).hasMessageContaining("missing ')'");
        assertThatThrownBy(() -> eval("1 + 2)")).hasMessageContaining("unbalanced ')'");
        assertThatThrownBy(() -> eval("nope.fp16")).isInstanceOf(UnknownIdException.class);
        assertThatThrownBy(() -> eval("1 / 0")).hasMessageContaining("division by zero");
        assertThatThrownBy(() -> eval("(".repeat(10_000) + "1" + ")".repeat(10_000))).hasMessageContaining("too long");
        assertThatThrownBy(() -> eval("(".repeat(1_000) + "1" + ")".repeat(1_000))).hasMessageContaining("nested deeper");
        assertThatThrownBy(() -> eval("1".repeat(1_000_000))).hasMessageContaining("too long");
        assertThatThrownBy(() -> eval("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> eval("box-b")).hasMessageContaining("no figure");
        assertThatThrownBy(() -> eval("1e50 * 1e50 * 1e50 * 1e50 * 1e50 * 1e50 * 1e50 * 1e50 * 1e50 * 1e50 * 1e50 * 1e50 "
                + "* 1e50 * 1e50 * 1e50 * 1e50 * 1e50 * 1e50 * 1e50 * 1e50 * 1e50")).hasMessageContaining("out of range");
    }
}
