package hwcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 16: option errors name values as the docs write them, with no Java exception text. */
class OptionWordsTest {

    @Test
    void an_unknown_precision_is_named_without_java_exception_text() {
        Cli r = Cli.run("compare", "dgx-1", "--precision", "fp12");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown precision 'fp12'").doesNotContain("Exception").doesNotContain("cannot convert");
    }

    @Test
    void enum_values_are_listed_in_lower_case_and_read_in_any_case() {
        Cli bad = Cli.run("list", "--kind", "bogus");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("chip, accelerator, cpu, system, server, cluster").doesNotContain("ACCELERATOR");
        assertThat(Cli.run("list", "--kind", "Accelerator").code()).isZero();
        assertThat(Cli.run("check", "--format", "GitHub", "specs").code()).isZero();
    }
}
