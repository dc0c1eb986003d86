package hwcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hwcalc.Fixtures;
import org.junit.jupiter.api.Test;

/** A family name several sheets share is a user error: exit 2, with the sheets to choose from. */
class FamilyNameCliTest {

    @Test
    void a_shared_family_name_exits_2_and_lists_the_sheets() {
        Cli r = Cli.run("show", "famchip-all", "--specs", Fixtures.dir("family").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("'famchip-all' is a family of 2 sheets: fam-pcie, fam-sxm; name one of them");
    }

    @Test
    void a_family_name_only_one_sheet_has_resolves() {
        Cli r = Cli.run("show", "famchip-pcie-only", "--specs", Fixtures.dir("family").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("fam-pcie");
    }
}
