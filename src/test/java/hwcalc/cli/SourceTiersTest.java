package hwcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13: show and quote print each source's tier; quotes cite vendor sources first. */
class SourceTiersTest {

    @Test
    void a_quote_cites_vendor_sources_first_and_names_each_tier() {
        Cli r = Cli.run("quote", "tpu-v6e", "peak", "--precision", "bf16");
        List<String> notes = r.out().lines().filter(l -> l.startsWith("[")).toList();
        assertThat(notes).hasSizeGreaterThanOrEqualTo(2);
        assertThat(notes.get(0)).contains("; vendor)").contains("cloud.google.com");
        assertThat(notes.get(notes.size() - 1)).contains("; secondary)");
    }

    @Test
    void show_prints_the_tier_of_every_source_it_lists() {
        Cli r = Cli.run("show", "tpu-v6e");
        List<String> sources = r.out().lines().dropWhile(l -> !l.startsWith("Sources:")).skip(1).toList();
        assertThat(sources).isNotEmpty().allMatch(l -> l.endsWith("(vendor)") || l.endsWith("(independent)") || l.endsWith("(secondary)"));
    }
}
