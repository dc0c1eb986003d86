package hwcalc.metrics;

import hwcalc.units.Dimension;
import hwcalc.units.NamedUnit;
import hwcalc.units.Quantity;
import hwcalc.units.Unit;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The records whose equals and hashCode are written out by hand (issue 17: a record's generated
 * ones link a bootstrap at start-up) keep a record's meaning: every component counts, nothing else.
 */
class RecordEqualityTest {

    static Stream<Class<?>> caveats() {
        return Arrays.stream(Caveat.class.getDeclaredClasses()).filter(Class::isRecord);
    }

    @ParameterizedTest
    @MethodSource("caveats")
    void everyCaveatRecordComparesEveryComponent(Class<?> record) {
        EqualsVerifier.forClass(record).withPrefabValues(Quantity.class, Quantity.parse("1 W"), Quantity.parse("2 W"))
                .suppress(Warning.NULL_FIELDS, Warning.BIGDECIMAL_EQUALITY).verify(); // as a record's: BigDecimal.equals
    }

    @Test
    void theCaveatRecordsAreAllFound() {
        // 14 caveats and 5 (sheet, value) pairs at the time of writing: a rename must not empty the test above
        assertThat(caveats().count()).isGreaterThanOrEqualTo(19);
    }

    @Test
    void basisAndSelectorCompareEveryComponent() {
        EqualsVerifier.forClass(PeakBasis.class).verify();
        EqualsVerifier.forClass(PriceSelector.class).suppress(Warning.NULL_FIELDS).verify();
        EqualsVerifier.forClass(hwcalc.spec.Price.Credit.class).verify();
    }

    @Test
    void unitsCompareEveryComponent() {
        EqualsVerifier.forClass(Dimension.class).suppress(Warning.NULL_FIELDS).verify();
        EqualsVerifier.forClass(NamedUnit.class).suppress(Warning.NULL_FIELDS, Warning.BIGDECIMAL_EQUALITY) // as a record's
                .withPrefabValues(Dimension.class, Dimension.of("B"), Dimension.of("s")).verify();
        EqualsVerifier.forClass(Quantity.class).suppress(Warning.NULL_FIELDS, Warning.BIGDECIMAL_EQUALITY) // trailing zeros stripped
                .withPrefabValues(Unit.class, Unit.parse("W"), Unit.parse("GB")).verify();
    }

    @Test
    void equalValuesAreEqualAndHashAlike() {
        // hand-built pairs, not the code under test: the same components give equal values
        assertThat(new Dimension(Map.of("B", 1, "s", -1))).isEqualTo(Dimension.of("B").dividedBy(Dimension.of("s")))
                .hasSameHashCodeAs(Dimension.of("B").dividedBy(Dimension.of("s")));
        assertThat(Quantity.parse("170 TFLOPS")).isEqualTo(Quantity.of(new BigDecimal("170.0"), Unit.parse("TFLOPS")));
        assertThat(Unit.parse("GB/s").times(Unit.parse("s"))).isEqualTo(Unit.parse("GB/s").times(Unit.parse("s")));
    }
}
