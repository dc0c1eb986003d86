package hwcalc.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hwcalc.Fixtures;
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
}
