package hwcalc.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hwcalc.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueTest {
    private final Catalogue c = Fixtures.basic();

    @Test
    void resolves_ids_and_aliases_case_insensitively() {
        assertThat(c.resolve("box-b").id()).isEqualTo("box-b");
        assertThat(c.resolve("B").id()).isEqualTo("box-b");
        assertThat(c.resolve(" Chip-A ").id()).isEqualTo("chip-a");
    }

    @Test
    void unknown_ids_name_the_nearest() {
        assertThatThrownBy(() -> c.resolve("chip-x")).isInstanceOfSatisfying(UnknownIdException.class,
                e -> assertThat(e.suggestions()).contains("chip-a"));
    }

    @Test
    void a_users_sheet_replaces_a_bundled_one_with_the_same_id() {
        SpecSheet replacement = c.resolve("chip-a");
        Catalogue both = Catalogue.of(c.sheets(), java.util.List.of(replacement));
        assertThat(both.size()).isEqualTo(c.size());
    }

    @Test
    void sheets_come_in_id_order_whatever_order_they_were_loaded_in_and_a_replaced_one_once() {
        List<SpecSheet> all = new java.util.ArrayList<>(SpecLoader.readAll(SpecLoader.folderFiles(Fixtures.dir("family"), "family")));
        all.addAll(c.sheets());
        List<String> sorted = all.stream().map(SpecSheet::id).sorted().toList(); // box-b, chip-a, fam-pcie, fam-sxm
        java.util.Collections.reverse(all);
        Catalogue reversed = Catalogue.of(all.subList(0, 2), all.subList(2, all.size()));
        assertThat(reversed.sheets()).extracting(SpecSheet::id).containsExactlyElementsOf(sorted);
        Catalogue replaced = Catalogue.of(all, List.of(all.get(3)));
        assertThat(replaced.sheets()).extracting(SpecSheet::id).containsExactlyElementsOf(sorted);
    }

    // fixtures/family: fam-sxm (alias famchip-sxm; family famchip, famchip-all) and fam-pcie (family famchip-all,
    // famchip-pcie-only); famchip and famchip-pcie-only are each one sheet's, famchip-all is both sheets'
    private static final Catalogue FAMILY = Catalogue.of(SpecLoader.readAll(SpecLoader.folderFiles(Fixtures.dir("family"), "family")));

    @Test
    void a_lookup_says_how_the_name_matched() {
        assertThat(FAMILY.lookup("fam-sxm")).isEqualTo(new Resolution(FAMILY.resolve("fam-sxm"), "fam-sxm", Resolution.Match.ID));
        Resolution alias = FAMILY.lookup(" FamChip-SXM ");
        assertThat(alias.sheet().id()).isEqualTo("fam-sxm");
        assertThat(alias.asked()).isEqualTo("famchip-sxm");
        assertThat(alias.match()).isEqualTo(Resolution.Match.ALIAS);
        assertThat(alias.label()).isEqualTo("famchip-sxm = fam-sxm");
        assertThat(FAMILY.lookup("fam-sxm").label()).isEqualTo("fam-sxm");
        assertThat(FAMILY.lookup("fam-sxm").isIndirect()).isFalse();
        Resolution family = FAMILY.lookup("famchip-pcie-only");
        assertThat(family.match()).isEqualTo(Resolution.Match.FAMILY);
        assertThat(family.label()).isEqualTo("famchip-pcie-only = fam-pcie");
        assertThat(FAMILY.lookup("famchip").sheet().id()).isEqualTo("fam-sxm");
    }

    @Test
    void a_family_name_several_sheets_share_lists_them() {
        assertThat(FAMILY.family("famchip-all")).containsExactly("fam-pcie", "fam-sxm");
        assertThat(FAMILY.family("none")).isEmpty();
        assertThatThrownBy(() -> FAMILY.resolve("FAMCHIP-ALL")).isInstanceOfSatisfying(AmbiguousNameException.class, e -> {
            assertThat(e.name()).isEqualTo("famchip-all");
            assertThat(e.candidates()).containsExactly("fam-pcie", "fam-sxm");
            assertThat(e.getMessage()).isEqualTo("'famchip-all' is a family of 2 sheets: fam-pcie, fam-sxm; name one of them");
        }).isInstanceOf(IllegalArgumentException.class);
        // family names are not ids or aliases for contains(); unknown names suggest families too
        assertThat(FAMILY.contains("famchip")).isFalse();
        assertThat(FAMILY.contains("famchip-sxm")).isTrue();
        assertThatThrownBy(() -> FAMILY.lookup("famchip-al")).isInstanceOfSatisfying(UnknownIdException.class,
                e -> assertThat(e.suggestions()).contains("famchip-all"));
    }

    private static SpecSheet sheet(String id, String extra) {
        String yaml = "id: " + id + "\nname: X\nvendor: V\nkind: accelerator\n" + extra
                + "sources:\n  s: {url: https://example.org, seen: 2026-11-28}\n";
        return SpecLoader.read(new SpecLoader.SpecFile(id + ".yaml", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void a_family_name_may_not_be_an_id_or_an_alias_and_is_reported_where_it_is_written() {
        SpecSheet a = sheet("aa", "aliases: [short]\n");
        SpecSheet b = sheet("bb", "family:\n  - aa\n  - short\n");
        assertThatThrownBy(() -> Catalogue.of(List.of(a, b))).isInstanceOfSatisfying(SpecException.class, e ->
                assertThat(e.problems()).extracting(p -> p.location().line() + " " + p.rule().id() + ": " + p.message())
                        .containsExactly("6 schema.family-name: family name 'aa' is the id of aa.yaml: an id or alias resolves"
                                        + " silently, so it cannot also name a family",
                                "7 schema.family-name: family name 'short' is an alias of 'aa' (aa.yaml): an id or alias"
                                        + " resolves silently, so it cannot also name a family"));
    }

    @Test
    void a_shared_alias_is_reported_at_the_declaring_line_of_the_users_sheet() {
        SpecSheet bundled = sheet("zz", "aliases: [short]\n");
        SpecSheet mine = sheet("aa", "aliases:\n  - other\n  - short\n");
        assertThatThrownBy(() -> Catalogue.of(List.of(bundled), List.of(mine))).isInstanceOfSatisfying(SpecException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.location()).isEqualTo(new Location("aa.yaml", 7, 5));
                    assertThat(p.rule()).isEqualTo(RuleId.SCHEMA_DUPLICATE_ALIAS);
                    assertThat(p.message()).isEqualTo("alias 'short' is also an alias of 'zz' (zz.yaml)");
                }));
    }

    @Test
    void a_part_naming_a_family_is_told_to_name_one_sheet() {
        SpecSheet box = sheet("box", "parts:\n  - {id: famchip-all, count: 2}\n");
        List<SpecSheet> all = new java.util.ArrayList<>(FAMILY.sheets());
        all.add(box);
        assertThatThrownBy(() -> Catalogue.of(all)).isInstanceOfSatisfying(SpecException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.rule()).isEqualTo(RuleId.SCHEMA_UNKNOWN_PART);
                    assertThat(p.message()).isEqualTo("part 'famchip-all' is a family name (fam-pcie, fam-sxm): a part"
                            + " names one sheet, by id or alias");
                }));
    }

    @Test
    void a_family_name_written_twice_on_one_sheet_is_still_that_sheets_alone() {
        Catalogue c = Catalogue.of(List.of(sheet("aa", "family: [fam, fam]\n"), sheet("bb", "")));
        assertThat(c.family("fam")).containsExactly("aa");
        assertThat(c.lookup("fam").match()).isEqualTo(Resolution.Match.FAMILY);
    }
}
