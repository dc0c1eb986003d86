package hwcalc.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitTest {

    @Test
    void algebra_builds_symbols_factors_and_dimensions() {
        Unit perTflops = Unit.parse("USD").dividedBy(Unit.parse("TFLOPS"));
        assertThat(perTflops.symbol()).isEqualTo("USD/TFLOPS");
        assertThat(perTflops.factor()).isEqualByComparingTo("1e-12");
        assertThat(perTflops.dimension()).isEqualTo(Dimension.of("USD").dividedBy(Units.FLOP_RATE));
        assertThat(perTflops.named()).isNull();
        assertThat(Unit.parse("TFLOPS").named().symbol()).isEqualTo("TFLOPS");
        Unit kwh = Unit.parse("kW").times(Unit.parse("h"));
        assertThat(kwh.symbol()).isEqualTo("kW*h");
        assertThat(kwh.factor()).isEqualByComparingTo("3.6e6");
        assertThat(kwh.dimension()).isEqualTo(Units.JOULE);
        Unit squared = Unit.parse("GB").pow(2);
        assertThat(squared.symbol()).isEqualTo("GB^2");
        assertThat(squared.factor()).isEqualByComparingTo("1e18");
        assertThat(Unit.parse("USD").dividedBy(Unit.parse("TFLOPS").times(Unit.parse("h"))).symbol()).isEqualTo("USD/(TFLOPS*h)");
        assertThat(Unit.ONE.dividedBy(Unit.parse("s")).symbol()).isEqualTo("1/s");
        assertThat(Unit.ONE.isOne()).isTrue();
        assertThat(Unit.parse("s").isOne()).isFalse();
    }

    @Test
    void a_product_of_named_units_is_the_unit_the_parser_reads() {
        assertThat(Unit.product(new String[] {"USD"}, new int[] {1})).isEqualTo(Unit.parse("USD"));
        Unit rate = Unit.product(new String[] {"GB", "s"}, new int[] {1, -1});
        assertThat(rate).isEqualTo(Unit.parse("GB/s"));
        assertThat(rate.factor()).isEqualByComparingTo("1e9"); // 10^9 B per 1 s
        assertThat(rate.symbols()).containsExactly("GB", "s");
        assertThat(rate.powers()).containsExactly(1, -1);
        // a symbol written twice adds its powers, as the parser does for s*s
        assertThat(Unit.product(new String[] {"s", "s"}, new int[] {1, 1})).isEqualTo(Unit.parse("s^2"));
        assertThat(Unit.product(new String[] {}, new int[] {})).isEqualTo(Unit.ONE);
        assertThatThrownBy(() -> Unit.product(new String[] {"s"}, new int[] {})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Unit.product(new String[] {"parsec"}, new int[] {1})).isInstanceOf(InputException.class);
    }

    @Test
    void cancelling_terms_leave_no_trace_and_equality_ignores_order() {
        Unit back = Unit.parse("USD/TFLOPS").times(Unit.parse("TFLOPS"));
        assertThat(back).isEqualTo(Unit.parse("USD"));
        assertThat(back.symbol()).isEqualTo("USD");
        assertThat(back.hashCode()).isEqualTo(Unit.parse("USD").hashCode());
        assertThat(Unit.parse("W*h")).isEqualTo(Unit.parse("h*W"));
        assertThat(Unit.parse("W*h").toString()).isEqualTo("W*h");
        assertThat(Unit.parse("W")).isNotEqualTo(Unit.parse("kW"));
        assertThat(Unit.parse("W").equals("W")).isFalse();
    }

    @Test
    void parser_reads_spaces_parentheses_exponents_and_spellings() {
        assertThat(Unit.parse(" GB / s ")).isEqualTo(Unit.parse("GB/s"));
        assertThat(Unit.parse("USD/(TFLOPS*h)")).isEqualTo(Unit.parse("USD").dividedBy(Unit.parse("TFLOPS")).dividedBy(Unit.parse("h")));
        assertThat(Unit.parse("mm^2").dimension()).isEqualTo(Units.METRE.pow(2));
        assertThat(Unit.parse("s^-1").dimension()).isEqualTo(Units.FREQUENCY);
        assertThat(Unit.parse("USD/TFLOP/s")).isEqualTo(Unit.parse("USD/TFLOPS"));
        assertThat(Unit.parse("GFLOP/s/W")).isEqualTo(Unit.parse("GFLOPS/W"));
        assertThat(Unit.parse("kW·h")).isEqualTo(Unit.parse("kW*h"));
        assertThat(Unit.parse("")).isEqualTo(Unit.ONE);
    }

    @Test
    void parser_errors_say_what_is_wrong() {
        assertThatThrownBy(() -> Unit.parse("(GB/s")).hasMessageContaining("unbalanced parenthesis");
        assertThatThrownBy(() -> Unit.parse("GB/")).hasMessageContaining("missing unit");
        assertThatThrownBy(() -> Unit.parse("GB^x")).hasMessageContaining("bad exponent");
        assertThatThrownBy(() -> Unit.parse("GB s")).hasMessageContaining("unexpected 's'");
        assertThatThrownBy(() -> Unit.parse("furlongs")).hasMessageContaining("unknown unit 'furlongs'");
        assertThatThrownBy(() -> Unit.parse("tflops")).hasMessageContaining("did you mean TFLOPS?");
        assertThatThrownBy(() -> Unit.parse("TBps")).hasMessageContaining("did you mean TB/s?");
        assertThatThrownBy(() -> Unit.parse("Whh")).hasMessageContaining("did you mean Wh");
        assertThatThrownBy(() -> Unit.parse("zzzzzzzzzzzzzz")).hasMessage("unknown unit 'zzzzzzzzzzzzzz'");
    }

    @Test
    void dimensions_describe_themselves() {
        assertThat(Units.FLOP_RATE.describe()).isEqualTo("FLOP rate");
        assertThat(Dimension.NONE.describe()).isEqualTo("dimensionless");
        assertThat(Dimension.of("USD").describe()).isEqualTo("money (USD)");
        assertThat(Dimension.of("USD").currency()).isEqualTo("USD");
        assertThat(Units.FLOP_RATE.currency()).isNull();
        assertThat(Dimension.of("USD").pow(2).currency()).isNull();
        assertThat(Dimension.of("USD").times(Dimension.of("B")).currency()).isNull();
        assertThat(Dimension.of("USD").dividedBy(Units.FLOP_RATE).describe()).isEqualTo("FLOP^-1·USD·s");
        assertThat(Units.FLOP.pow(3).toString()).isEqualTo("FLOP^3");
        assertThat(Dimension.of("B").dividedBy(Dimension.of("B")).isNone()).isTrue();
    }

    @Test
    void quantity_helpers() {
        Quantity a = Quantity.parse("1 TFLOPS");
        Quantity b = Quantity.parse("1000 GFLOPS");
        assertThat(a.isEquivalentTo(b)).isTrue();
        assertThat(a).isNotEqualTo(b);
        assertThat(a.isEquivalentTo(Quantity.parse("1 TOPS"))).isFalse();
        assertThat(a.compareTo(Quantity.parse("999 GFLOPS"))).isPositive();
        assertThat(a.compareTo(Quantity.parse("1001 GFLOPS"))).isNegative();
        assertThatThrownBy(() -> a.compareTo(Quantity.parse("1 W"))).isInstanceOf(DimensionMismatchException.class);
        assertThatThrownBy(() -> a.minus(Quantity.parse("1 W"))).isInstanceOf(DimensionMismatchException.class)
                .hasMessageStartingWith("cannot subtract");
        assertThat(a.plus(b)).isEqualTo(Quantity.parse("2 TFLOPS"));
        assertThat(a.minus(Quantity.parse("250 GFLOPS"))).isEqualTo(Quantity.parse("0.75 TFLOPS"));
        assertThat(a.isPositive()).isTrue();
        assertThat(Quantity.parse("0 W").isPositive()).isFalse();
        assertThat(Quantity.of("2", "W").times(new BigDecimal("3"))).isEqualTo(Quantity.parse("6 W"));
        assertThat(Quantity.number(new BigDecimal("2.50")).toString()).isEqualTo("2.5");
        assertThat(Quantity.of(new BigDecimal("1.0"), Unit.parse("W")).value()).isEqualByComparingTo("1");
        assertThatThrownBy(() -> Quantity.parse("1 W").to(Unit.parse("TFLOPS"))).isInstanceOf(DimensionMismatchException.class)
                .hasMessageContaining("W (power)").hasMessageContaining("TFLOPS (FLOP rate)");
        DimensionMismatchException e = new DimensionMismatchException("add", Unit.ONE, Unit.parse("W"));
        assertThat(e.left()).isEqualTo(Unit.ONE);
        assertThat(e.right()).isEqualTo(Unit.parse("W"));
        assertThat(e.getMessage()).contains("a plain number (dimensionless)");
        assertThatThrownBy(() -> Quantity.parse("1 W", List.of(Units.OP_RATE))).hasMessageContaining("W is a power");
        assertThatThrownBy(() -> Quantity.parse("1 OP", List.of(Units.OP_RATE))).hasMessageContaining("OP is an op count")
                .hasMessageContaining("did you mean OPS?");
    }

    @Test
    void names_suggest_the_nearest_first() {
        assertThat(Names.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Names.distance("", "abc")).isEqualTo(3);
        assertThat(Names.distance("ABC", "abc")).isZero();
        assertThat(Names.distance("abc", "abd")).isEqualTo(1);
        assertThat(Names.nearest("dgx-h10", List.of("dgx-h100", "dgx-h200", "dgx-a100", "h100-sxm5"), 2))
                .containsExactly("dgx-h100", "dgx-a100"); // ties (distance 2) in alphabetical order
        assertThat(Names.nearest("h100", List.of("dgx-h100", "h100-sxm5", "zzz"), 5)).containsExactly("dgx-h100", "h100-sxm5");
        assertThat(Names.nearest("qqqqqqqq", List.of("dgx-1", "b200"), 3)).isEmpty();
        assertThat(Names.nearest("ab", List.of("abc", "xyz"), 3)).containsExactly("abc");
        assertThat(Names.nearest("abcdefghij", List.of("abcdefghXY", "abcdefgXYZ"), 3)).containsExactly("abcdefghXY", "abcdefgXYZ");
        assertThat(Names.nearest("abcdefghi", List.of("abcdefXYZ"), 3)).containsExactly("abcdefXYZ");
        assertThat(Names.nearest("abcdefghi", List.of("abcdeWXYZ"), 3)).isEmpty();
    }

    @Test
    void names_match_substrings_of_three_letters_or_more() {
        // "flo" is 3 edits from "tflops" (limit 2) but is contained in it
        assertThat(Names.nearest("flo", List.of("TFLOPS"), 3)).containsExactly("TFLOPS");
        // "ab" is too short to match by containment
        assertThat(Names.nearest("ab", List.of("xxxxabxxxx"), 3)).isEmpty();
        // a candidate contained in the wanted text counts from 3 letters: "gpu" does, "gp" does not
        assertThat(Names.nearest("xxxxxxxxxgpu", List.of("gpu", "gp"), 3)).containsExactly("gpu");
        assertThat(Names.nearest("abc", List.of("abd", "abe"), 2)).containsExactly("abd", "abe");
    }

    @Test
    void registry_lookups_spellings_and_currencies() {
        assertThat(Units.lookup("TFLOP/s").symbol()).isEqualTo("TFLOPS");
        assertThat(Units.lookup("TFLOPS").symbol()).isEqualTo("TFLOPS");
        assertThat(Units.lookup("furlong")).isNull();
        assertThat(Units.spellings()).containsEntry("TFLOP/s", "TFLOPS").containsEntry("OP/s", "OPS");
        assertThat(Unit.parse("USD").dimension().currency()).isEqualTo("USD");
        assertThat(Unit.parse("GB").dimension().currency()).isNull();
        assertThat(Unit.parse("USD^2").dimension().currency()).isNull();
        assertThat(Dimension.NONE.describe()).isEqualTo("dimensionless");
    }

    @Test
    void different_units_hash_differently() {
        // hashing is by terms: equal units hash alike, and these five distinct units spread
        assertThat(Unit.parse("W/s").hashCode()).isEqualTo(Unit.parse("W").dividedBy(Unit.parse("s")).hashCode());
        assertThat(java.util.stream.Stream.of("W", "s", "GB", "USD", "TFLOPS").map(u -> Unit.parse(u).hashCode()).distinct())
                .hasSize(5);
    }

    @Test
    void parenthesised_units_with_spaces_and_exponents() {
        assertThat(Unit.parse("( W / s ) ^2")).isEqualTo(Unit.parse("W^2/s^2"));
        assertThat(Unit.parse("W*(GB/s)").symbol()).isEqualTo("W*GB/s");
        // spaces after an exponent
        assertThat(Unit.parse("W^2 / s")).isEqualTo(Unit.parse("W^2/s"));
    }
}
