package hwcalc.check;

import static hwcalc.check.Sheets.findings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** source.secondary-only and source.no-tier: every headline figure and price, by the tiers of all its sources. */
class SourceTierCheckTest {

    // the Sheets header gives source s (vendor) on line 6; these add w (secondary), i (independent), n (no tier)
    private static final String W = "  w: {url: https://en.wikipedia.org/wiki/X, seen: 2026-11-28, tier: secondary}";
    private static final String I = "  i: {url: https://www.servethehome.com/x, seen: 2026-11-28, tier: independent}";

    private static List<String> with(String... body) {
        String[] lines = new String[body.length + 2];
        lines[0] = W;
        lines[1] = I;
        System.arraycopy(body, 0, lines, 2, body.length);
        return findings("t", "accelerator", lines);
    }

    @Test
    void every_headline_figure_on_secondary_sources_only_is_flagged_and_one_better_source_is_enough() {
        assertThat(with("throughput:",
                "  - {precision: fp16, value: 312 TFLOPS, sparsity: dense, core: tensor, accumulate: fp32, source: w}",
                "  - {precision: fp32, value: 19.5 TFLOPS, sparsity: dense, core: vector, source: [w, i]}",
                "memory:", "  capacity: {value: 40 GB, source: [w]}", "  bandwidth: {value: 1555 GB/s, source: [w, s]}",
                "power:", "  tdp: {value: 400 W, source: w}", "  max: {value: 450 W, source: w}",
                "prices:", "  - {amount: 10000 USD, kind: street, date: 2021, scope: chip, source: w}",
                "  - {amount: 11000 USD, kind: press, date: 2021, scope: chip, source: [w, i]}")).containsExactly(
                "10 source.secondary-only: fp16 dense tensor (fp32 accumulate) 312 TFLOPS rests on secondary sources only (w):"
                        + " find the vendor's figure, or press that reports it",
                "13 source.secondary-only: memory capacity 40 GB rests on secondary sources only (w): find the vendor's"
                        + " figure, or press that reports it",
                "16 source.secondary-only: TDP 400 W rests on secondary sources only (w): find the vendor's figure, or press"
                        + " that reports it",
                "17 source.secondary-only: maximum power 450 W rests on secondary sources only (w): find the vendor's"
                        + " figure, or press that reports it",
                "19 source.secondary-only: price 10000 USD rests on secondary sources only (w): find the vendor's price,"
                        + " or press that reports it");
    }

    @Test
    void other_figures_and_alternatives_are_not_headline_figures() {
        assertThat(with("weight: {value: 1 kg, source: w}", "memory:",
                "  capacity: {value: 40 GB, source: s, alternatives: [{value: 40 GB, source: w}]}")).isEmpty();
    }

    @Test
    void a_source_without_a_tier_is_a_notice_and_never_makes_a_figure_secondary_only() {
        CheckReport r = Sheets.check("t", "accelerator", W,
                "  n: {url: https://example.org/n, seen: 2026-11-28}", "power:", "  tdp: {value: 400 W, source: [w, n]}");
        assertThat(Sheets.found(r)).containsExactly(
                "8 source.no-tier: source 'n' has no tier: say vendor, independent or secondary");
        assertThat(r.failed(true)).as("a notice fails no run").isFalse();
        assertThat(r.notices()).isEqualTo(1);
        assertThat(r.warnings()).isZero();
        assertThat(r.summary()).isEqualTo("1 file checked: 0 errors, 0 warnings, 1 notice");
    }
}
