package hwcalc.spec;

import hwcalc.units.Quantity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sheets and price files the build bound and wrote as Java (issue 17) are the ones the YAML gives. */
class PrecompiledTest {

    @Test
    void every_bundled_sheet_and_price_file_is_the_one_the_yaml_binds_to() {
        SpecLoader.Loaded yaml = SpecLoader.load(SpecLoader.bundledFiles()); // read from the YAML on the class path
        assertThat(Precompiled.isGenerated()).as("the build (process-classes) compiles " + Precompiled.CLASS).isTrue();
        // 74 sheets and 36 price files at the time of writing
        assertThat(yaml.sheets()).hasSizeGreaterThan(70);
        assertThat(yaml.priceFiles()).hasSizeGreaterThan(30);
        for (SpecSheet s : yaml.sheets()) {
            String path = s.file().substring("specs/".length());
            assertThat(Precompiled.sheet(path)).as(path).isEqualTo(s);
            assertThat(Precompiled.prices(path)).as(path + " is a sheet").isNull();
        }
        for (PriceFile p : yaml.priceFiles()) {
            String path = p.file().substring("specs/".length());
            assertThat(Precompiled.prices(path)).as(path).isEqualTo(p);
        }
        assertThat(Precompiled.sheet("no-such-sheet.yaml")).isNull();
        assertThat(Precompiled.prices("prices/epoch/no-such-sheet.yaml")).isNull();
    }

    @Test
    void a_value_reads_back_as_an_expression_that_builds_it() {
        // the scale is part of a BigDecimal's equality (170.0 is not 170), so the literal keeps it
        assertThat(Precompiled.expression(new BigDecimal("170.0"))).isEqualTo("new java.math.BigDecimal(\"170.0\")");
        // a Quantity strips trailing zeros (900 is held as 9E+2, scale -2), and the literal keeps that
        assertThat(Precompiled.expression(Quantity.parse("900 GB/s")))
                .isEqualTo("new hwcalc.units.Quantity(new java.math.BigDecimal(\"9E+2\"), hwcalc.units.Unit.product(new String[] {\"GB\", \"s\"}, new int[] {1, -1}))");
        assertThat(Precompiled.expression(new Location("specs/a.yaml", 3, 7))).isEqualTo("new hwcalc.spec.Location(\"specs/a.yaml\", 3, 7)");
        assertThat(Precompiled.expression(List.of("a\"b", Precision.FP16)))
                .isEqualTo("java.util.List.of(\"a\\\"b\", hwcalc.spec.Precision.FP16)");
        assertThat(Precompiled.expression(Map.of(1, true))).isEqualTo("hwcalc.spec.Precompiled.map(Integer.valueOf(1), true)");
        assertThat(Precompiled.expression(null)).isEqualTo("null");
    }

    @Test
    void a_type_the_model_does_not_use_fails_the_build() {
        assertThatThrownBy(() -> Precompiled.expression(new StringBuilder("x"))).hasMessageContaining("java.lang.StringBuilder");
    }

    @Test
    void the_generated_map_keeps_the_order_written() {
        assertThat(Precompiled.<String, Integer>map("b", 2, "a", 1)).containsExactly(Map.entry("b", 2), Map.entry("a", 1));
    }
}
