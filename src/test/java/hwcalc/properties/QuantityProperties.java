package hwcalc.properties;

import static org.assertj.core.api.Assertions.assertThat;

import hwcalc.metrics.Cpi;
import hwcalc.report.Numbers;
import hwcalc.units.Quantity;
import hwcalc.units.Unit;
import hwcalc.units.Units;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws the arithmetic must obey for every input, not just the examples. */
class QuantityProperties {

    @Provide
    Arbitrary<BigDecimal> values() {
        // 1 to 12 significant digits, exponents -20..20: the range of real spec figures and then some
        return Combinators.combine(Arbitraries.longs().between(1, 999_999_999_999L), Arbitraries.integers().between(-20, 20))
                .as((unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
    }

    @Provide
    Arbitrary<String> symbols() {
        return Arbitraries.of(new ArrayList<>(Units.all().keySet()));
    }

    @Provide
    Arbitrary<List<String>> sameDimensionPairs() {
        List<List<String>> pairs = new ArrayList<>();
        for (String a : Units.all().keySet()) {
            for (String b : Units.all().keySet()) {
                if (Units.named(a).dimension().equals(Units.named(b).dimension())) {
                    pairs.add(List.of(a, b));
                }
            }
        }
        return Arbitraries.of(pairs);
    }

    @Property
    void parse_of_format_is_identity(@ForAll("values") BigDecimal v, @ForAll("symbols") String symbol) {
        Quantity q = new Quantity(v, Units.unit(symbol));
        assertThat(Quantity.parse(q.toString())).isEqualTo(q);
    }

    @Property
    void conversions_agree_both_ways(@ForAll("values") BigDecimal v, @ForAll("sameDimensionPairs") List<String> pair) {
        Quantity q = new Quantity(v, Units.unit(pair.get(0)));
        Quantity there = q.to(Unit.parse(pair.get(1)));
        Quantity back = there.to(Unit.parse(pair.get(0)));
        // one DECIMAL128 division each way: equal to 30 significant digits
        assertThat(back.value().round(new MathContext(30))).isEqualByComparingTo(v.round(new MathContext(30)));
        assertThat(there.isEquivalentTo(q) || relDiff(there.baseValue(), q.baseValue()).compareTo(new BigDecimal("1e-30")) < 0).isTrue();
    }

    @Property
    void ratio_times_inverse_ratio_is_one(@ForAll("values") BigDecimal a, @ForAll("values") BigDecimal b) {
        Quantity x = new Quantity(a, Units.unit("TFLOPS"));
        Quantity y = new Quantity(b, Units.unit("GFLOPS"));
        BigDecimal product = x.dividedBy(y).value().multiply(y.dividedBy(x).value());
        assertThat(relDiff(product, BigDecimal.ONE)).isLessThan(new BigDecimal("1e-30"));
    }

    @Property
    void inflation_composes(@ForAll("values") BigDecimal amount, @ForAll @IntRange(min = 1995, max = 2025) int a,
                            @ForAll @IntRange(min = 1995, max = 2025) int b, @ForAll @IntRange(min = 1995, max = 2025) int c) {
        Cpi cpi = Cpi.bundled();
        BigDecimal direct = cpi.adjust(amount, a, c);
        BigDecimal twoSteps = cpi.adjust(cpi.adjust(amount, a, b), b, c);
        assertThat(relDiff(direct, twoSteps)).isLessThan(new BigDecimal("1e-30"));
    }

    @Property
    void a_rounded_figure_lies_within_half_a_unit_of_its_last_digit(@ForAll("values") BigDecimal v,
                                                                     @ForAll @IntRange(min = 1, max = 8) int digits) {
        BigDecimal rounded = Numbers.round(v, digits);
        BigDecimal halfUlp = BigDecimal.ONE.movePointLeft(Math.max(rounded.scale(), 0)).divide(BigDecimal.valueOf(2));
        assertThat(rounded.subtract(v).abs()).isLessThanOrEqualTo(halfUlp);
        assertThat(new BigDecimal(Numbers.format(v, digits).replace(",", ""))).isEqualByComparingTo(rounded);
    }

    private static BigDecimal relDiff(BigDecimal x, BigDecimal y) {
        if (y.signum() == 0) {
            return x.abs();
        }
        return x.subtract(y).abs().divide(y.abs(), MathContext.DECIMAL128);
    }
}
