package hwcalc.spec;

import static org.assertj.core.api.Assertions.assertThat;

import hwcalc.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An imported sheet is matched to the curated one it duplicates by id, then alias, then family name. */
class LayersTest {

    // fixtures/family: fam-sxm (alias famchip-sxm; family famchip, famchip-all), fam-pcie (family famchip-all, famchip-pcie-only)
    private static final List<SpecSheet> CURATED = SpecLoader.readAll(SpecLoader.folderFiles(Fixtures.dir("family"), "family"));

    private static SpecSheet imported(String id, String... extra) {
        StringBuilder yaml = new StringBuilder("id: " + id + "\nname: Imported\nvendor: V\nkind: chip\nsources:\n"
                + "  epoch: {url: " + Layers.IMPORT_URL + ", seen: 2026-12-01, tier: secondary}\n");
        for (String line : extra) {
            yaml.append(line).append('\n');
        }
        return SpecReader.read(YamlTreeReader.read(yaml.toString().getBytes(StandardCharsets.UTF_8), id + ".yaml"), id);
    }

    @Test
    void an_import_is_told_by_the_importers_source() {
        assertThat(Layers.imported(imported("x"))).isTrue();
        assertThat(CURATED).noneMatch(Layers::imported);
    }

    @Test
    void matched_by_id_then_alias_then_family_and_a_family_names_every_member_sorted() {
        Layers.Curated index = Layers.Curated.of(CURATED);
        Layers.Matched byId = index.match(imported("fam-sxm"));
        assertThat(byId.curated().id()).isEqualTo("fam-sxm");
        assertThat(byId.why()).isEqualTo("the same id");
        assertThat(index.match(imported("famchip-sxm")).curated().id()).isEqualTo("fam-sxm");
        assertThat(index.match(imported("famchip-sxm")).family()).isEmpty();
        Layers.Matched family = index.match(imported("famchip-all"));
        assertThat(family.family()).containsExactly("fam-pcie", "fam-sxm"); // sorted by id, not by order given
        assertThat(family.curated().id()).isEqualTo("fam-pcie");
        assertThat(index.match(imported("famchip-pcie-only")).family()).containsExactly("fam-pcie");
        assertThat(index.match(imported("nvidia-x"))).isNull();
    }

    @Test
    void where_two_curated_sheets_share_a_name_the_first_is_matched_and_a_repeated_family_name_counts_once() {
        SpecSheet first = imported("dup", "aliases: [shared]", "family: [fam, fam]");
        SpecSheet second = imported("dup", "aliases: [shared]", "family: [fam]");
        Layers.Curated index = Layers.Curated.of(List.of(first, second));
        assertThat(index.match(imported("dup")).curated()).isSameAs(first);
        assertThat(index.match(imported("shared")).curated()).isSameAs(first);
        assertThat(index.match(imported("fam")).family()).containsExactly("dup", "dup"); // two sheets, each once
    }

    @Test
    void layering_sets_an_import_aside_for_the_curated_sheet_it_duplicates() {
        Layers.Result r = Layers.over(CURATED, List.of(List.of(imported("famchip-sxm"), imported("nvidia-x"))));
        assertThat(r.sheets()).extracting(SpecSheet::id).containsExactly("nvidia-x");
        assertThat(r.matched()).extracting(m -> m.curated().id()).containsExactly("fam-sxm");
    }
}
