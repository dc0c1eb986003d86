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
        return CheckedSheet.of(SpecReader.read(root, "t"), root);
    }

    @Test
    void a_present_path_gives_the_value_and_a_missing_one_the_nearest_parent() {
        CheckedSheet cs = read(Sheets.sheet("t", "chip", "dates:", "  announced: 2020-05-14"));
        assertThat(cs.at("dates", "announced").line()).isEqualTo(8);
        assertThat(cs.at("dates", "available")).isEqualTo(cs.at("dates")); // line 7's value: the mapping on line 8
        assertThat(cs.at("dates", "announced", "deeper").line()).isEqualTo(8); // a scalar has no keys
        assertThat(cs.at("prices")).isEqualTo(cs.sheet().location()); // not there at all: the sheet itself
    }

    @Test
    void sources_are_located_to_their_fields_and_other_fields_to_the_sheet() {
        CheckedSheet cs = read(Sheets.sheet("t", "chip", "memory:", "  capacity: {value: 80 GB, source: s}"));
        // line 6 is "  s: {url: https://example.org/x, seen: 2026-11-28, tier: vendor}" (Sheets.sheet)
        assertThat(cs.at("sources", "s").line()).isEqualTo(6);
        assertThat(cs.at("sources", "s", "seen").line()).isEqualTo(6);
        assertThat(cs.at("sources", "s", "seen").column()).isGreaterThan(cs.at("sources", "s").column());
        // outside dates and sources (rules locate nothing else by path), the sheet itself
        assertThat(cs.at("memory", "capacity")).isEqualTo(cs.sheet().location());
        assertThat(cs.at("name")).isEqualTo(cs.sheet().location());
    }

    @Test
    void a_source_key_holding_the_path_separator_is_not_located_so_it_cannot_pose_as_a_path() {
        // the key "s\0seen" would join like s -> seen; YAML writes it with the \0 escape
        CheckedSheet cs = read(Sheets.sheet("t", "chip").replace("  s: {", "  \"s\\0seen\": {url: https://example.org/y, seen: 2026-11-01, tier: vendor}\n  s: {"));
        assertThat(cs.at("sources", "s", "seen")).isNotEqualTo(cs.at("sources", "s\0seen"));
        assertThat(cs.at("sources", "s\0seen")).isEqualTo(cs.at("sources"));
    }

    @Test
    void the_file_is_parsed_again_only_when_a_location_is_asked_for_and_only_once() {
        String yaml = Sheets.sheet("t", "chip", "dates:", "  announced: 2020-05-14");
        byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
        java.util.concurrent.atomic.AtomicInteger parses = new java.util.concurrent.atomic.AtomicInteger();
        CheckedSheet lazy = CheckedSheet.of(SpecReader.read(YamlTreeReader.read(bytes, "t.yaml"), "t"), () -> {
            parses.incrementAndGet();
            return YamlTreeReader.read(bytes, "t.yaml");
        });
        assertThat(lazy.sheet().id()).isEqualTo("t");
        assertThat(parses).hasValue(0); // the rules ran no finding that needs a location
        assertThat(lazy.at("dates", "announced")).isEqualTo(read(yaml).at("dates", "announced"));
        assertThat(lazy.at("sources", "s", "seen")).isEqualTo(read(yaml).at("sources", "s", "seen"));
        assertThat(parses).hasValue(1);
    }
}
