package hwcalc.calc;

import hwcalc.metrics.Caveat;
import hwcalc.metrics.PeakBasis;
import hwcalc.metrics.Unavailable;
import hwcalc.spec.Core;
import hwcalc.spec.Precision;
import hwcalc.spec.Sparsity;
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
    void money_and_numbers_with_thousands_separators_read_as_in_claims() {
        // issue 16: "$30,000" failed in calc ("unexpected ','") while claims read it
        assertThat(eval("$30,000").value()).hasToString("30000 USD");
        assertThat(eval("$1,234,567.5").value().value()).isEqualByComparingTo("1234567.5");
        assertThat(eval("129,000 USD@2016 in 2024 dollars").value().value())
                .isBetween(new BigDecimal("168602.919"), new BigDecimal("168602.921")); // 129000 x 313.689 / 240.007
        assertThat(eval("2 * 30,000").value().value()).isEqualByComparingTo("60000");
        // a comma is a thousands separator only: 1,5 is not one and a half
        assertThatThrownBy(() -> eval("1,5")).hasMessage("a comma is read only as a thousands separator (129,000);"
                + " write decimals with a point (1.5) (at column 2 of \"1,5\")");
        assertThatThrownBy(() -> eval("$30,00")).hasMessageContaining("thousands separator");
        assertThatThrownBy(() -> eval("1,")).hasMessageContaining("unexpected ','");
    }

    @Test
    void press_spellings_of_flop_rates_read_as_the_symbols() {
        // issue 16: 2 petaFLOPS = 2 PFLOPS = 2000 TFLOPS; 989 teraflops = 989 TFLOPS; 5 TFLOPs = 5 TFLOPS
        assertThat(eval("2 petaFLOPS to TFLOPS").value().value()).isEqualByComparingTo("2000");
        assertThat(eval("2 PFLOPS to TFLOPS").value().value()).isEqualByComparingTo("2000");
        assertThat(eval("989 teraflops").value()).hasToString("989 TFLOPS");
        assertThat(eval("5 TFLOPs").value()).hasToString("5 TFLOPS");
        assertThat(eval("1 PetaFLOPS to teraFLOPS").value()).hasToString("1000 TFLOPS");
        // a bare FLOPs is left unread: machine-learning papers use it for a count
        assertThatThrownBy(() -> eval("3e23 FLOPs")).hasMessageContaining("unknown unit 'FLOPs'");
    }

    @Test
    void tags_select_figures() {
        assertThat(eval("chip-a.fp16.vector").value().value()).isEqualByComparingTo("21.2");
        assertThatThrownBy(() -> eval("chip-a.fp16.sparse")).hasMessageContaining("no FP16 sparse");
        assertThatThrownBy(() -> eval("chip-a.fp16.fuzzy")).hasMessageContaining("unknown tag 'fuzzy'");
    }

    @Test
    void mixed_bases_warn_and_mixed_dimensions_fail() {
        assertThat(eval("box-b.fp16 / chip-a.fp32").warnings()).anyMatch(Caveat::mixesBases);
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

    @Test
    void length_limit_is_inclusive() {
        // 1 followed by 9,999 spaces is exactly MAX_LENGTH characters and still evaluates
        assertThat(eval("1" + " ".repeat(9_999)).value().value()).isEqualByComparingTo("1");
        assertThatThrownBy(() -> eval("1" + " ".repeat(10_000)))
                .hasMessage("expression is too long (10001 characters; at most 10000)");
    }

    @Test
    void nesting_limit_counts_open_parentheses_only() {
        assertThat(eval("(".repeat(100) + "7" + ")".repeat(100)).value().value()).isEqualByComparingTo("7");
        assertThatThrownBy(() -> eval("(".repeat(101) + "7" + ")".repeat(101)))
                .hasMessage("expression nested deeper than 100 levels");
        // 101 groups side by side are one level deep each: 101 x 1 = 101
        assertThat(eval(String.join(" + ", java.util.Collections.nCopies(101, "(1)"))).value().value()).isEqualByComparingTo("101");
    }

    @Test
    void error_messages_point_at_the_column() {
        assertThatThrownBy(() -> eval("1 +")).hasMessage("expression ends too early (at column 4 of \"1 +\")");
        // at most 10 characters of the unexpected rest are quoted
        assertThatThrownBy(() -> eval("1 2345678901234"))
                .hasMessage("unexpected '2345678901' (at column 3 of \"1 2345678901234\")");
        // an input of 60 characters is shown whole, one of 61 is cut after 60
        String sixty = "1 " + "2".repeat(58);
        assertThatThrownBy(() -> eval(sixty)).hasMessage("unexpected '2222222222' (at column 3 of \"" + sixty + "\")");
        assertThatThrownBy(() -> eval(sixty + "2")).hasMessage("unexpected '2222222222' (at column 3 of \"" + sixty + "...\")");
    }

    @Test
    void numbers_are_bounded_at_ten_to_the_sixty() {
        // 1e60 and 12e59 = 1.2e60 have exponent 60: accepted; 12e60 = 1.2e61 and 1e-61 are not
        assertThat(eval("1e60").value().value()).isEqualByComparingTo("1e60");
        assertThat(eval("12e59").value().value()).isEqualByComparingTo("1.2e60");
        assertThatThrownBy(() -> eval("12e60")).hasMessage("number out of range (|exponent| > 60) (at column 1 of \"12e60\")");
        assertThatThrownBy(() -> eval("2 + 1e-61")).hasMessage("number out of range (|exponent| > 60) (at column 5 of \"2 + 1e-61\")");
        // 10e2147483647 = 1.0e2147483648: its exponent 2^31 wraps to a negative int, which slipped past
        // the bound and failed later with BigDecimal's bare "Underflow"
        assertThatThrownBy(() -> eval("10e2147483647"))
                .hasMessage("number out of range (|exponent| > 60) (at column 1 of \"10e2147483647\")");
        // zero has no exponent to bound, however it is written
        assertThat(eval("0e99").value().value()).isEqualByComparingTo("0");
    }

    @Test
    void results_are_bounded_at_ten_to_the_thousand() {
        // 12e39 x (1e60)^16 = 12e999 = 1.2e1000: exponent 1000, accepted
        assertThat(eval("12e39" + " * 1e60".repeat(16)).value().value()).isEqualByComparingTo("1.2e1000");
        // 12e40 x (1e60)^16 = 1.2e1001: refused
        assertThatThrownBy(() -> eval("12e40" + " * 1e60".repeat(16))).hasMessage("result out of range (|exponent| > 1000)");
    }

    @Test
    void a_peak_scaled_by_a_plain_number_keeps_its_basis() {
        Caveat mixed = new Caveat.MixedBases(new PeakBasis(Precision.FP16, Sparsity.DENSE, null),
                new PeakBasis(Precision.FP32, Sparsity.DENSE, null), Caveat.Operation.DIVIDE);
        assertThat(eval("8 * chip-a.fp16 / chip-a.fp32").warnings()).containsExactly(mixed);
        assertThat(eval("chip-a.fp16 * 8 / chip-a.fp32").warnings()).containsExactly(mixed);
        // a product of two peaks is no peak, and multiplying never warns
        assertThat(eval("chip-a.fp16 * chip-a.fp16 / chip-a.fp32").warnings()).isEmpty();
        assertThat(eval("chip-a.fp16 * chip-a.fp32").warnings()).isEmpty();
    }

    @Test
    void dollar_years_must_agree() {
        assertThatThrownBy(() -> eval("$100@2016 + $50@2020"))
                .hasMessage("cannot add 2016 dollars and 2020 dollars; convert one first, e.g. (X in 2020 dollars)");
        CalcResult same = eval("$100@2016 + $50@2016");
        assertThat(same.value().value()).isEqualByComparingTo("150");
        assertThat(same.dollarYear()).isEqualTo(2016);
        // an amount without a year takes the other's year, on either side
        assertThat(eval("$100 + $50@2020").dollarYear()).isEqualTo(2020);
        assertThat(eval("$100@2016 - $50").dollarYear()).isEqualTo(2016);
        assertThat(eval("$100 + $50").dollarYear()).isNull();
    }

    @Test
    void inflation_applies_to_any_power_of_usd() {
        // (170 / 129000) TFLOPS/USD x 240.007 / 313.689 = 0.00100828621524 TFLOPS/USD (2024 dollars)
        CalcResult perUsd = eval("box-b.fp16 / box-b.price in 2024 dollars");
        assertThat(perUsd.value().unit().symbol()).isEqualTo("TFLOPS/USD");
        assertThat(perUsd.value().value()).isBetween(new BigDecimal("0.00100828621524"), new BigDecimal("0.00100828621525"));
        // 129000^2 x (313.689 / 240.007)^2 = 28,426,944,603.8085 USD^2
        CalcResult squared = eval("box-b.price * box-b.price in 2024 dollars");
        assertThat(squared.value().value()).isBetween(new BigDecimal("28426944603.8085"), new BigDecimal("28426944603.8086"));
        assertThat(squared.dollarYear()).isEqualTo(2024);
    }

    @Test
    void provisional_cpi_years_are_warned_about() {
        // 100 x 321.943 / 313.689 = 102.6313
        CalcResult to2025 = eval("$100@2024 in 2025 dollars");
        assertThat(to2025.value().value()).isBetween(new BigDecimal("102.6312"), new BigDecimal("102.6313"));
        assertThat(to2025.warnings()).containsExactly(new Caveat.ProvisionalCpi(2025));
        assertThat(eval("$100@2025 in 2024 dollars").warnings()).containsExactly(new Caveat.ProvisionalCpi(2025));
        assertThat(eval("$100@2016 in 2024 dollars").warnings()).isEmpty();
        assertThat(eval("$100@2016 in 2024 dollars").sourceUrls()).containsExactly(Cpi.SOURCE_URL);
    }

    @Test
    void in_dollars_names_what_the_result_is() {
        assertThatThrownBy(() -> eval("2 in 2024 dollars"))
                .hasMessage("'in 2024 dollars' needs an amount in USD; the result is a plain number");
        assertThatThrownBy(() -> eval("box-b.fp16 in 2024 dollars"))
                .hasMessage("'in 2024 dollars' needs an amount in USD; the result is TFLOPS (FLOP rate)");
    }

    @Test
    void memory_bandwidth_and_resolved_lines() {
        CalcResult mem = eval("chip-a.memory");
        assertThat(mem.value().toString()).isEqualTo("16 GB");
        assertThat(mem.references()).containsExactly("chip-a.memory = 16 GB");
        // box-b declares no memory: 8 x 16 GB = 128 GB, with the note in the resolved line
        assertThat(eval("box-b.memory").references()).containsExactly(
                "box-b.memory = 128 GB (sum of parts 8 x 16 GB (chip-a))");
        assertThat(eval("chip-a.bandwidth").value().toString()).isEqualTo("732 GB/s");
        assertThat(eval("chip-a.fp16").references()).containsExactly("chip-a.fp16 = 21.2 TFLOPS (FP16 dense, vector, declared)");
        // box-b's FP32 is derived: 8 x 10.6 = 84.8
        assertThat(eval("box-b.fp32").references()).containsExactly(
                "box-b.fp32 = 84.8 TFLOPS (FP32 dense, vector, sum of parts: 8 x 10.6 TFLOPS (chip-a))");
        assertThatThrownBy(() -> eval("box-b.price.dense"))
                .hasMessage("tags apply to peak figures only, not to 'price' in box-b.price.dense");
    }

    @Test
    void dollar_years_clash_in_products_too() {
        assertThatThrownBy(() -> eval("$1@2016 * $1@2020"))
                .hasMessage("cannot multiply 2016 dollars and 2020 dollars; convert one first, e.g. (X in 2020 dollars)");
        assertThatThrownBy(() -> eval("$1@2016 / $1@2020"))
                .hasMessage("cannot divide 2016 dollars and 2020 dollars; convert one first, e.g. (X in 2020 dollars)");
    }

    @Test
    void power_weight_and_missing_figures(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        assertThat(eval("chip-a.power").value().toString()).isEqualTo("300 W");
        assertThatThrownBy(() -> eval("chip-a.weight")).isInstanceOf(MissingFigureException.class).hasMessage("chip-a has no weight");
        java.nio.file.Files.writeString(dir.resolve("box-w.yaml"), """
                id: box-w
                name: Box W
                vendor: Acme
                kind: system
                sources:
                  w: {url: https://example.org/box-w, seen: 2026-11-28}
                weight: {value: 134 lb, source: w}
                """);
        Calculator withWeight = new Calculator(hwcalc.spec.Catalogue.of(
                hwcalc.spec.SpecLoader.readAll(hwcalc.spec.SpecLoader.folderFiles(dir, "w")), java.util.List.of()), Cpi.bundled());
        // 134 lb x 0.45359237 = 60.78137758 kg
        CalcResult kg = withWeight.evaluate("box-w.weight to kg");
        assertThat(kg.value().value()).isEqualByComparingTo("60.78137758");
        assertThat(kg.sourceUrls()).containsExactly("https://example.org/box-w");
        assertThat(kg.references()).containsExactly("box-w.weight = 134 lb");
        assertThatThrownBy(() -> withWeight.evaluate("box-w.price")).isInstanceOf(MissingFigureException.class)
                .hasMessage("box-w has no price");
    }
}
