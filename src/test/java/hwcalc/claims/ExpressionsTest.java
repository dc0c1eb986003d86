package hwcalc.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hwcalc.spec.Location;
import hwcalc.units.Quantity;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpressionsTest {

    private static final Map<String, Evidence> EVIDENCE = Map.of(
            "cpu_hours", new Evidence("cpu_hours", Quantity.parse("150 h"), null, "https://e.org/a", null, null, null, Location.of("t")),
            "growth_low", new Evidence("growth_low", Quantity.parse("4"), "x per year", "https://e.org/b", null, null, null, Location.of("t")));

    private static hwcalc.calc.CalcResult calc(String text) {
        return new hwcalc.calc.CalcResult(Quantity.parse(text.replace("(", "").replace(")", "")), null,
                java.util.List.of(), java.util.List.of(), java.util.List.of());
    }

    @Test
    void evidenceNamesBecomeTheirValues() {
        Expressions.Expanded x = Expressions.expand("cpu_hours / 2 h", EVIDENCE, ExpressionsTest::calc);
        assertThat(x.text()).isEqualTo("(150 h) / 2 h");
        assertThat(x.references()).containsExactly("cpu_hours = 150 h (https://e.org/a)");
        assertThat(x.sources()).containsExactly("https://e.org/a");
    }

    @Test
    void idsAndUnitsAreLeftAlone() {
        // hyphenated ids, fields after a dot and units have no underscore, so they are never evidence
        assertThat(Expressions.expand("dgx-1.fp16 / tesla-p100-sxm2.fp16 to TFLOPS", EVIDENCE, ExpressionsTest::calc).text())
                .isEqualTo("dgx-1.fp16 / tesla-p100-sxm2.fp16 to TFLOPS");
    }

    @Test
    void unknownEvidenceSuggestsTheNearest() {
        assertThatThrownBy(() -> Expressions.expand("cpu_hour / 2", EVIDENCE, ExpressionsTest::calc))
                .hasMessage("unknown evidence 'cpu_hour'; did you mean 'cpu_hours'?");
    }

    @Test
    void monthsPerDoubling() {
        // 12 / log2(4) = 6 exactly; 12 / log2(5) = 5.168118696880...;
        // 12 x ln 2 / ln 4.6 = 12 x 0.6931472 / 1.5260563 = 5.45050 (the fact check's 5.45)
        assertThat(Expressions.monthsPerDoubling(Quantity.parse("4"))).isEqualByComparingTo("6");
        assertThat(Expressions.monthsPerDoubling(Quantity.parse("5"))).isEqualByComparingTo("5.16811869688");
        assertThat(Expressions.monthsPerDoubling(Quantity.parse("4.6"))).isBetween(new BigDecimal("5.4504"), new BigDecimal("5.4506"));
        // 3.4-month doubling is 2^(12/3.4) = 11.54x a year; round trip
        assertThat(Expressions.monthsPerDoubling(Quantity.parse("11.54"))).isBetween(new BigDecimal("3.399"), new BigDecimal("3.401"));
        Expressions.Expanded x = Expressions.expand("months_per_doubling(growth_low)", EVIDENCE, ExpressionsTest::calc);
        assertThat(x.text()).isEqualTo("(6)");
        assertThat(x.references()).containsExactly("growth_low = 4 x per year (https://e.org/b)",
                "months_per_doubling(growth_low) = 12 / log2(4) = 6");
        assertThatThrownBy(() -> Expressions.monthsPerDoubling(Quantity.parse("1"))).hasMessageContaining("growth above 1");
        assertThatThrownBy(() -> Expressions.monthsPerDoubling(Quantity.parse("4 h"))).hasMessageContaining("a plain number");
    }

    @Test
    void unknown_evidence_without_a_near_name_lists_what_is_known_or_says_there_is_none() {
        Map<String, Evidence> one = Map.of("cpu_hours", EVIDENCE.get("cpu_hours"));
        assertThatThrownBy(() -> Expressions.expand("zz_top / 2", one, ExpressionsTest::calc))
                .hasMessage("unknown evidence 'zz_top' (known: cpu_hours)");
        assertThatThrownBy(() -> Expressions.expand("cpu_hours / 2", Map.of(), ExpressionsTest::calc))
                .hasMessage("unknown evidence 'cpu_hours' (this claim has no evidence)");
    }

    @Test
    void an_unclosed_months_per_doubling_is_a_calc_error() {
        assertThatThrownBy(() -> Expressions.expand("months_per_doubling((growth_low)", EVIDENCE, ExpressionsTest::calc))
                .isInstanceOf(hwcalc.calc.CalcException.class)
                .hasMessage("missing ')' after months_per_doubling(");
    }

    @Test
    void at_most_100_function_calls_and_10000_characters_per_expression() {
        String hundred = String.join(" + ", java.util.Collections.nCopies(100, "months_per_doubling(4)"));
        // 4x per year doubles every 6 months (ExpressionsTest above): 100 calls, each replaced by (6)
        assertThat(Expressions.expand(hundred, EVIDENCE, ExpressionsTest::calc).text()).startsWith("(6) + (6)");
        assertThatThrownBy(() -> Expressions.expand(hundred + " + months_per_doubling (4)", EVIDENCE, ExpressionsTest::calc))
                .hasMessage("too many months_per_doubling calls (101; at most 100)");
        assertThat(Expressions.expand("1" + " ".repeat(9_999), EVIDENCE, ExpressionsTest::calc).text()).hasSize(10_000);
        assertThatThrownBy(() -> Expressions.expand("1" + " ".repeat(10_000), EVIDENCE, ExpressionsTest::calc))
                .hasMessage("expression is too long (10001 characters; at most 10000)");
    }
}
