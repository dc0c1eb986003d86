package hwcalc.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The class the build generates holds every bundled index, tree and the CPI series byte for byte
 * as the class path has them (issue 17: a run reads them without opening the jar).
 */
class BundledDataTest {

    private static byte[] fromClassPath(String name) throws Exception {
        try (InputStream in = BundledData.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private static Path classes() throws Exception {
        return Path.of(BundledData.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void the_generated_class_holds_each_file_as_the_class_path_has_it() throws Exception {
        List<String> held = BundledData.held(classes());
        // the index, the CPI series, and a tree per bundled sheet and price file (74 sheets and 36 price files today)
        assertThat(held).contains("hwcalc/spec/bundled.index", "hwcalc/cpi-u.csv", "hwcalc/spec/trees/nvidia-dgx-1.yaml.tree");
        assertThat(held.size()).isGreaterThan(100);
        for (String name : held) {
            assertThat(BundledData.generatedHolds(name)).as("the build (process-classes) compiles " + BundledData.CLASS + " with " + name)
                    .isTrue();
            assertThat(BundledData.bytes(name)).as(name).isEqualTo(fromClassPath(name));
        }
    }

    @Test
    void a_file_the_class_does_not_hold_comes_from_the_class_path_and_a_missing_one_is_null() throws Exception {
        String yaml = "specs/nvidia-dgx-1.yaml";
        assertThat(BundledData.generatedHolds(yaml)).isFalse();
        assertThat(BundledData.bytes(yaml)).isEqualTo(fromClassPath(yaml)).isNotEmpty();
        assertThat(BundledData.isGenerated()).isTrue();
        assertThat(BundledData.bytes("hwcalc/spec/trees/no-such.tree")).isNull();
        assertThat(BundledData.bytes("hwcalc/no-such.csv")).isNull();
    }

    @Test
    void a_file_longer_than_one_constant_is_held_whole() throws Exception {
        // the A100 80 GB's price observations (38,375 bytes as built today) span two constants, joined
        String name = "hwcalc/spec/trees/prices/epoch/a100-sxm4-80gb.yaml.tree";
        byte[] tree = fromClassPath(name);
        assertThat(tree.length).isGreaterThan(BundledData.CHUNK);
        assertThat(BundledData.generatedHolds(name)).isTrue();
        assertThat(BundledData.bytes(name)).isEqualTo(tree);
    }
}
