package hwcalc.claims;

import hwcalc.metrics.Caveat;
import hwcalc.metrics.PeakBasis;
import hwcalc.metrics.Unavailable;
import hwcalc.spec.Core;
import hwcalc.spec.Precision;
import hwcalc.spec.Sparsity;
import static org.assertj.core.api.Assertions.assertThat;

import hwcalc.metrics.Cpi;
import hwcalc.spec.Catalogue;
import hwcalc.spec.Location;
import hwcalc.spec.YamlTreeReader;
import hwcalc.units.Quantity;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verdict rules of docs/claims.md at their edges, on one-claim files against the test sheets. */
class VerdictRulesTest {

    private static final Catalogue C = ClaimFixtures.catalogue();

    /** Checks one claim with the given check mapping, and optional shared evidence entries. */
    private static Finding check(String check, String... evidence) {
        StringBuilder y = new StringBuilder("publication: {title: T}\n");
        if (evidence.length > 0) {
            y.append("evidence:\n");
            for (String e : evidence) {
                y.append("  - ").append(e).append('\n');
            }
        }
        y.append("claims:\n  - {id: a, said: s, check: ").append(check).append(", expected: holds}\n");
        ClaimFile f = ClaimReader.read(YamlTreeReader.read(y.toString().getBytes(StandardCharsets.UTF_8), "c.yaml"), "c.yaml");
        return new ClaimChecker(C, Cpi.bundled()).check(f).get(0);
    }

    private static final String PRICE_97 = "{name: price_x, value: 97 USD, source: https://e.org/p}";
    private static final String PRICE_103 = "{name: price_x, value: 103 USD, source: https://e.org/p}";
    private static final String PRICE_104 = "{name: price_x, value: 104 USD, source: https://e.org/p}";

    private static Evaluated figure(String low, String high) {
        return new Evaluated("l", "e", Quantity.parse(low), high == null ? null : Quantity.parse(high), null,
                List.of(), List.of(), List.of(), null);
    }

    @Test
    void at_least_holds_on_the_edge_of_its_tolerance() {
        // 97 >= 100 x (1 - 3%) = 97
        Finding f = check("{calc: price_x, relation: at-least, claimed: 100 USD, tolerance: 3%}", PRICE_97);
        assertThat(f.verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(f.reason()).isEqualTo(Finding.Reason.AGREES);
        assertThat(f.right()).isNull();
        assertThat(f.offBy()).isNull();
    }

    @Test
    void at_most_holds_on_the_edge_of_its_tolerance_and_is_off_past_it() {
        // 103 <= 100 x (1 + 3%) = 103
        assertThat(check("{calc: price_x, relation: at-most, claimed: 100 USD, tolerance: 3%}", PRICE_103).verdict()).isEqualTo(Verdict.HOLDS);
        Finding off = check("{calc: price_x, relation: at-most, claimed: 100 USD, tolerance: 3%}", PRICE_104);
        assertThat(off.verdict()).isEqualTo(Verdict.OFF);
        assertThat(off.reason()).isEqualTo(Finding.Reason.DISAGREES);
        // (100 - 104) / 104 = -0.0384615...
        assertThat(off.offBy()).isBetween(new BigDecimal("-0.038462"), new BigDecimal("-0.038461"));
    }

    @Test
    void a_claim_checked_only_on_another_basis_is_off_against_that_figure() {
        Finding f = check("{claimed: 100 TFLOPS, tolerance: 2%, true_on: {basis: b, calc: dgx-1.fp16}}");
        assertThat(f.plain()).isNull();
        assertThat(f.verdict()).isEqualTo(Verdict.OFF);
        assertThat(f.right()).hasToString("170 TFLOPS");
        // (100 - 170) / 170 = -0.4117647...
        assertThat(f.offBy()).isBetween(new BigDecimal("-0.411765"), new BigDecimal("-0.411764"));
    }

    @Test
    void a_missing_plain_reading_is_unverifiable_even_when_the_other_basis_disagrees() {
        Finding f = check("{calc: dual-xeon-e5-2698-v3-server.price, claimed: 5000 USD, tolerance: 10%,"
                + " true_on: {basis: b, calc: dgx-1.price}}");
        assertThat(f.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(f.reason()).isEqualTo(Finding.Reason.MISSING_DATA);
        assertThat(f.missing()).containsExactly(MissingFigure.of("dual-xeon-e5-2698-v3-server has no price"));
        assertThat(f.plain().expression()).isEqualTo("dual-xeon-e5-2698-v3-server.price");
        assertThat(f.right()).isNull();
    }

    @Test
    void a_missing_plain_reading_with_an_agreeing_other_basis_is_misleading_without_a_right_figure() {
        // 129000 USD is within 10% of the DGX-1's 129000 USD
        Finding f = check("{calc: dual-xeon-e5-2698-v3-server.price, claimed: 129000 USD, tolerance: 10%,"
                + " true_on: {basis: b, calc: dgx-1.price}}");
        assertThat(f.verdict()).isEqualTo(Verdict.MISLEADING);
        assertThat(f.reason()).isEqualTo(Finding.Reason.AGREES_ONLY_ON_OTHER_BASIS);
        assertThat(f.right()).isNull();
        assertThat(f.offBy()).isNull();
    }

    @Test
    void off_by_is_measured_from_the_nearer_end_and_is_zero_inside() {
        // below [4, 5]: (2 - 4) / 4 = -0.5; above: (6 - 5) / 5 = 0.2; inside: 0
        assertThat(ClaimChecker.offBy(Quantity.parse("2"), figure("4", "5"))).isEqualByComparingTo("-0.5");
        assertThat(ClaimChecker.offBy(Quantity.parse("6"), figure("4", "5"))).isEqualByComparingTo("0.2");
        assertThat(ClaimChecker.offBy(Quantity.parse("4.5"), figure("4", "5"))).isEqualByComparingTo("0");
    }

    @Test
    void off_by_a_zero_figure_is_zero_when_equal_and_undefined_otherwise() {
        assertThat(ClaimChecker.offBy(Quantity.parse("0 W"), figure("0 W", null))).isEqualByComparingTo("0");
        assertThat(ClaimChecker.offBy(Quantity.parse("0"), figure("0", "5"))).isEqualByComparingTo("0");
        assertThat(ClaimChecker.offBy(Quantity.parse("5"), figure("0", "5"))).isEqualByComparingTo("0");
        assertThat(ClaimChecker.offBy(Quantity.parse("5 W"), figure("0 W", null))).isNull();
    }

    @Test
    void a_range_with_a_missing_end_is_unverifiable_naming_that_end() {
        Finding lo = check("{range: [dual-xeon-e5-2698-v3-server.price, 5000 USD], claimed: 5000 USD}");
        assertThat(lo.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(lo.missing()).containsExactly(MissingFigure.of("dual-xeon-e5-2698-v3-server has no price"));
        assertThat(lo.plain().expression()).isEqualTo("[dual-xeon-e5-2698-v3-server.price, 5000 USD]");
        Finding hi = check("{range: [5000 USD, dual-xeon-e5-2698-v3-server.price], claimed: 5000 USD}");
        assertThat(hi.missing()).containsExactly(MissingFigure.of("dual-xeon-e5-2698-v3-server has no price"));
        assertThat(hi.plain().isAvailable()).isFalse();
    }

    @Test
    void a_range_puts_its_ends_in_order_and_keeps_equal_ends_as_written() {
        Finding swapped = check("{range: [6, 5], claimed: 5.5}");
        assertThat(swapped.plain().value()).hasToString("5");
        assertThat(swapped.plain().upper()).hasToString("6");
        Finding equal = check("{range: [1 kW, 1000 W], claimed: 1000 W}");
        assertThat(equal.plain().value()).hasToString("1 kW");
        assertThat(equal.plain().upper()).hasToString("1000 W");
        assertThat(equal.verdict()).isEqualTo(Verdict.HOLDS);
    }

    @Test
    void a_range_lists_a_shared_reference_once() {
        Finding f = check("{range: [cap_x / 2, cap_x], claimed: 7 USD}", "{name: cap_x, value: 10 USD, source: https://e.org/c}");
        // [10 / 2, 10] = [5, 10] USD
        assertThat(f.plain().value().value()).isEqualByComparingTo("5");
        assertThat(f.plain().references()).containsExactly("cap_x = 10 USD (https://e.org/c)");
        assertThat(f.sources()).containsExactly("https://e.org/c");
    }

    @Test
    void a_range_lists_the_references_of_both_ends() {
        Finding f = check("{range: [cap_x, cap_y], claimed: 11 USD}", "{name: cap_x, value: 10 USD, source: https://e.org/c}",
                "{name: cap_y, value: 12 USD, source: https://e.org/d}");
        assertThat(f.plain().references()).containsExactly("cap_x = 10 USD (https://e.org/c)", "cap_y = 12 USD (https://e.org/d)");
        assertThat(f.sources()).containsExactly("https://e.org/c", "https://e.org/d");
    }

    @Test
    void a_ratio_on_a_fallback_precision_is_warned_once_and_misleading() {
        // the GTX 580 has no FP16 figure, so its FP32 1581 GFLOPS stands in: 1.581 / 170 = 0.0093
        Finding f = check("{ratio: {of: gtx-580, to: dgx-1, precision: fp16}, claimed: 0.0093, tolerance: 1%}");
        assertThat(f.plain().value().value()).isEqualByComparingTo("0.0093");
        assertThat(f.verdict()).isEqualTo(Verdict.MISLEADING);
        assertThat(f.reason()).isEqualTo(Finding.Reason.AGREES_ON_MIXED_BASIS);
        assertThat(f.mixedBases()).containsExactly(new Caveat.Fallback("gtx-580", Precision.FP16, Precision.FP32));
        assertThat(f.plain().warnings()).doesNotHaveDuplicates();
    }

    @Test
    void a_ratio_with_a_sheet_lacking_the_metric_is_unverifiable() {
        Finding to = check("{ratio: {of: dgx-1, to: dual-xeon-e5-2698-v3-server, metric: price, precision: fp16}, claimed: 2, tolerance: 1%}");
        assertThat(to.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(to.plain().expression()).isEqualTo("price(nvidia-dgx-1) / price(dual-xeon-e5-2698-v3-server) at FP16 dense");
        assertThat(to.missing()).containsExactly(new MissingFigure("dual-xeon-e5-2698-v3-server", Unavailable.of(Unavailable.Reason.NO_PRICE), null));
        Finding of = check("{ratio: {of: dual-xeon-e5-2698-v3-server, to: dgx-1, metric: price, precision: fp16}, claimed: 2, tolerance: 1%}");
        assertThat(of.missing()).containsExactly(new MissingFigure("dual-xeon-e5-2698-v3-server", Unavailable.of(Unavailable.Reason.NO_PRICE), null));
    }

    @Test
    void a_ratio_carries_the_notes_of_both_sheets_once() {
        // 21.2 TFLOPS / 170 TFLOPS = 0.1247058...
        Finding f = check("{ratio: {of: tesla-p100-sxm2, to: dgx-1, precision: fp16}, claimed: 0.125, tolerance: 1%}");
        assertThat(f.verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(f.plain().value().value()).isBetween(new BigDecimal("0.124705"), new BigDecimal("0.124706"));
        assertThat(f.plain().warnings()).contains(new Caveat.VectorRateUsed("tesla-p100-sxm2", Precision.FP16), new Caveat.VectorRateUsed("nvidia-dgx-1", Precision.FP16));
        // a sheet against itself: 1, and its note once
        Finding self = check("{ratio: {of: dgx-1, to: dgx-1, precision: fp16}, claimed: 1, tolerance: 1%}");
        assertThat(self.plain().value().value()).isEqualByComparingTo("1");
        assertThat(self.plain().warnings()).containsOnlyOnce(new Caveat.VectorRateUsed("nvidia-dgx-1", Precision.FP16));
    }

    private static final Caveat FALLBACK = new Caveat.Fallback("x", Precision.FP16, Precision.FP32);
    private static final Caveat MIXED = new Caveat.MixedBases(new PeakBasis(Precision.FP8, Sparsity.SPARSE, null),
            new PeakBasis(Precision.FP16, Sparsity.DENSE, null), Caveat.Operation.DIVIDE);
    private static final Caveat CORES = new Caveat.CoresMixed(List.of(new Caveat.SheetCore("x", Core.TENSOR)));

    @Test
    void mixed_bases_are_the_warnings_about_mixing_or_falling_back() {
        Evaluated e = new Evaluated("l", "e", Quantity.parse("1"), null, null, List.of(),
                List.of(FALLBACK, MIXED, CORES), List.of(), null);
        assertThat(e.mixedBases()).containsExactly(FALLBACK, MIXED);
    }

    @Test
    void expressions_are_described_as_written() {
        Location at = Location.of("c.yaml");
        Expr ratio = new Expr.Ratio("dgx-h100", "dgx-1", hwcalc.metrics.Metric.PEAK, hwcalc.spec.Precision.FP8,
                hwcalc.spec.Sparsity.SPARSE, at);
        assertThat(Evaluator.describe(ratio)).isEqualTo("peak(dgx-h100) / peak(dgx-1) at FP8 sparse");
        assertThat(Evaluator.describe(new Expr.Range(new Expr.Calc("4", at), new Expr.Calc("5", at), at))).isEqualTo("[4, 5]");
    }

    @Test
    void relations_have_a_key_and_words() {
        assertThat(Relation.AT_LEAST.key()).isEqualTo("at-least");
        assertThat(Relation.AT_LEAST.words()).isEqualTo("at least");
        assertThat(Relation.ABOUT.words()).isEqualTo("within");
        assertThat(Relation.parse(" At-Most ")).isEqualTo(Relation.AT_MOST);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Relation.parse("near"))
                .hasMessage("'near' is not a relation (one of about, at-least, at-most, within)");
    }
}
