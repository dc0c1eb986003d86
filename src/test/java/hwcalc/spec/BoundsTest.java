package hwcalc.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Part nesting and the per-file error cap, each at its edge. */
class BoundsTest {

    private static SpecLoader.SpecFile chip(String id, String next) {
        String yaml = "id: " + id + "\nname: " + id + "\nvendor: Acme\nkind: chip\n"
                + "sources:\n  s: {url: https://example.org/x, seen: 2026-11-28}\n"
                + "throughput:\n  - {precision: fp32, value: 1 TFLOPS, sparsity: dense, core: vector, source: s}\n"
                + (next == null ? "" : "parts:\n  - {id: " + next + ", count: 1}\n");
        return new SpecLoader.SpecFile(id + ".yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** c0 contains c1 contains ... c(n-1): n sheets, n - 1 levels of parts. */
    private static List<SpecSheet> chain(int n) {
        List<SpecLoader.SpecFile> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            files.add(chip("c" + i, i == n - 1 ? null : "c" + (i + 1)));
        }
        return SpecLoader.readAll(files);
    }

    @Test
    void parts_nest_16_levels_and_not_17() {
        assertThat(Catalogue.of(chain(17)).sheets()).hasSize(17); // c0 -> ... -> c16: 16 levels
        assertThatThrownBy(() -> Catalogue.of(chain(18))).isInstanceOf(SpecException.class)
                .hasMessage("c16.yaml:10:5: parts: nest deeper than 16 levels: c0 -> ... -> c16 -> c17");
    }

    @Test
    void at_most_100_problems_per_file_then_a_count() {
        List<SpecException.Problem> problems = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            problems.add(new SpecException.Problem(new Location("a.yaml", i, 1), "p" + i));
        }
        problems.add(new SpecException.Problem(new Location("b.yaml", 1, 1), "other file"));
        assertThat(new SpecException(problems).problems()).hasSize(101); // 100 in a.yaml: all kept
        problems.add(new SpecException.Problem(new Location("a.yaml", 101, 1), "p101"));
        problems.add(new SpecException.Problem(new Location("a.yaml", 102, 1), "p102"));
        List<SpecException.Problem> capped = new SpecException(problems).problems();
        assertThat(capped).hasSize(102);
        assertThat(capped.get(101).toString()).isEqualTo("a.yaml:101:1: and 2 more errors in this file (only the first 100 are shown)");
        // capped again (as readAll does with each file's problems), the count stays
        List<SpecException.Problem> again = new SpecException(capped).problems();
        assertThat(again).hasSize(102);
        assertThat(again.get(101).message()).isEqualTo("and 2 more errors in this file (only the first 100 are shown)");
        problems.add(new SpecException.Problem(new Location("a.yaml", 103, 1), "p103"));
        problems.remove(problems.size() - 2);
        problems.remove(problems.size() - 2);
        assertThat(new SpecException(problems).problems().get(101).message()).startsWith("and 1 more error in");
    }
}
