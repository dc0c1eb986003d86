package hwcalc.check;

import static org.assertj.core.api.Assertions.assertThat;

import hwcalc.spec.SpecReader;
import hwcalc.spec.YamlNode;
import hwcalc.spec.YamlTreeReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A field's line from the YAML tree: the value's own place, or the nearest parent's when the path stops early. */
class CheckedSheetTest {

    private static CheckedSheet read(String yaml) {
        YamlNode root = YamlTreeReader.read(yaml.getBytes(StandardCharsets.UTF_8), "t.yaml");
        return new CheckedSheet(SpecReader.read(root, "t"), root);
    }

    @Test
    void a_present_path_gives_the_value_and_a_missing_one_the_nearest_parent() {
        CheckedSheet cs = read(Sheets.sheet("t", "chip", "dates:", "  announced: 2020-05-14"));
        assertThat(cs.at("dates", "announced").line()).isEqualTo(8);
        assertThat(cs.at("dates", "available")).isEqualTo(cs.at("dates")); // line 7's value: the mapping on line 8
        assertThat(cs.at("dates", "announced", "deeper").line()).isEqualTo(8); // a scalar has no keys
        assertThat(cs.at("prices")).isEqualTo(cs.sheet().location()); // not there at all: the sheet itself
    }
}
