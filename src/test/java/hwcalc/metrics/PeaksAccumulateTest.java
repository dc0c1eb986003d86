package hwcalc.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import hwcalc.spec.Accumulate;
import hwcalc.spec.Catalogue;
import hwcalc.spec.Core;
import hwcalc.spec.Precision;
import hwcalc.spec.Sparsity;
import hwcalc.spec.SpecLoader;
import hwcalc.spec.SpecSheet;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tensor 16-bit lookups and accumulators: FP32 accumulate (tagged or untagged) first, never an
 * FP16-accumulate rate while an FP32 one exists, and an FP16-accumulate rate alone is returned marked.
 * Figures are the RTX 4090's (Ada whitepaper): FP16 tensor 330.3 TFLOPS with FP16 accumulate, 165.2 with FP32.
 */
class PeaksAccumulateTest {

    private static String sheet(String id, String kind, String... body) {
        return "id: " + id + "\nname: " + id + "\nvendor: T\nkind: " + kind + "\nsources:\n  s: {url: https://example.org, seen: 2026-11-28}\n"
                + String.join("\n", body) + "\n";
    }

    private static final String FP16_ACC = "  - {precision: fp16, value: 330.3 TFLOPS, sparsity: dense, core: tensor, accumulate: fp16, source: s}";
    private static final String FP32_ACC = "  - {precision: fp16, value: 165.2 TFLOPS, sparsity: dense, core: tensor, accumulate: fp32, source: s}";
    private static final String UNTAGGED = "  - {precision: fp16, value: 165.2 TFLOPS, sparsity: dense, core: tensor, source: s}";
    private static final String VECTOR = "  - {precision: fp16, value: 82.6 TFLOPS, sparsity: dense, core: vector, source: s}";

    private static Catalogue catalogue(String... yamls) {
        List<SpecLoader.SpecFile> files = new java.util.ArrayList<>();
        for (String y : yamls) {
            String id = y.substring(4, y.indexOf('\n'));
            files.add(new SpecLoader.SpecFile(id + ".yaml", y.getBytes(StandardCharsets.UTF_8)));
        }
        return Catalogue.of(SpecLoader.readAll(files));
    }

    private static Peak peak(Catalogue c, String id, Core core) {
        return new Peaks(c).peak(c.resolve(id), Precision.FP16, Sparsity.DENSE, core).orElseThrow();
    }

    @Test
    void the_fp32_accumulate_rate_is_taken_whichever_entry_comes_first() {
        Catalogue c = catalogue(sheet("gf", "accelerator", "throughput:", FP16_ACC, FP32_ACC));
        Peak p = peak(c, "gf", Core.TENSOR);
        assertThat(p.value()).hasToString("165.2 TFLOPS");
        assertThat(p.accumulate()).isEqualTo(Accumulate.FP32);
        assertThat(p.accumulate()).isEqualTo(Accumulate.FP32);
        assertThat(p.fp16AccumulateOnly()).isFalse();
        Catalogue reversed = catalogue(sheet("gf", "accelerator", "throughput:", FP32_ACC, FP16_ACC));
        assertThat(peak(reversed, "gf", Core.TENSOR).value()).hasToString("165.2 TFLOPS");
        // asked for exactly, the fp16-accumulate rate is itself, not a stand-in
        Peak fp16 = new Peaks(c).peak(c.resolve("gf"), Precision.FP16, Sparsity.DENSE, Core.TENSOR, Accumulate.FP16).orElseThrow();
        assertThat(fp16.value()).hasToString("330.3 TFLOPS");
        assertThat(fp16.fp16AccumulateOnly()).isFalse();
        assertThat(fp16.accumulate()).isEqualTo(Accumulate.FP16);
    }

    @Test
    void an_untagged_rate_counts_as_fp32_accumulate_and_says_nothing_it_does_not_say() {
        Catalogue c = catalogue(sheet("dc", "accelerator", "throughput:", FP16_ACC, UNTAGGED));
        Peak p = peak(c, "dc", null);
        assertThat(p.value()).hasToString("165.2 TFLOPS");
        assertThat(p.accumulate()).isNull();
        assertThat(p.effectiveAccumulate()).isEqualTo(Accumulate.FP32);
        assertThat(p.accumulate()).isNull();
        assertThat(p.fp16AccumulateOnly()).isFalse();
    }

    @Test
    void an_fp16_accumulate_rate_alone_is_returned_marked_and_before_the_vector_rate() {
        Catalogue c = catalogue(sheet("only", "accelerator", "throughput:", FP16_ACC, VECTOR));
        Peak p = peak(c, "only", null);
        assertThat(p.value()).hasToString("330.3 TFLOPS");
        assertThat(p.core()).isEqualTo(Core.TENSOR);
        assertThat(p.accumulate()).isEqualTo(Accumulate.FP16);
        assertThat(p.fp16AccumulateOnly()).isTrue();
        Peaks peaks = new Peaks(c);
        SpecSheet only = c.resolve("only");
        assertThat(peaks.peak(only, Precision.FP16, Sparsity.DENSE, Core.TENSOR, Accumulate.FP32)).isEmpty();
        assertThat(peaks.declared(only, Precision.FP16, Sparsity.DENSE, Core.TENSOR).orElseThrow().fp16AccumulateOnly()).isTrue();
        // asked for the vector core, the vector rate (no accumulator there)
        assertThat(peak(c, "only", Core.VECTOR).value()).hasToString("82.6 TFLOPS");
        assertThat(peak(c, "only", Core.VECTOR).fp16AccumulateOnly()).isFalse();
    }

    @Test
    void a_sum_of_parts_adds_rates_of_one_accumulator() {
        Catalogue c = catalogue(sheet("gf", "accelerator", "throughput:", FP16_ACC, FP32_ACC),
                sheet("only", "accelerator", "throughput:", FP16_ACC),
                sheet("box", "system", "parts:", "  - {id: gf, count: 2}"),
                sheet("mixed", "system", "parts:", "  - {id: gf, count: 1}", "  - {id: only, count: 1}"));
        Peaks peaks = new Peaks(c);
        Peak box = peak(c, "box", Core.TENSOR);
        // 2 x 165.2 = 330.4 (fp32 accumulate), not 2 x 330.3
        assertThat(box.value()).hasToString("330.4 TFLOPS");
        assertThat(box.arithmetic()).isEqualTo("2 x 165.2 TFLOPS (gf)");
        assertThat(box.accumulate()).isEqualTo(Accumulate.FP32);
        assertThat(box.fp16AccumulateOnly()).isFalse();
        assertThat(peaks.sumOfParts(c.resolve("box"), Precision.FP16, Sparsity.DENSE, Core.TENSOR, Accumulate.FP16)
                .orElseThrow().value()).hasToString("660.6 TFLOPS"); // 2 x 330.3
        // "only" has no fp32-accumulate rate: the fp32 sum does not exist, the fp16 one (330.3 + 330.3) stands in, marked
        Peak mixed = peak(c, "mixed", Core.TENSOR);
        assertThat(mixed.value()).hasToString("660.6 TFLOPS");
        assertThat(mixed.fp16AccumulateOnly()).isTrue();
        assertThat(mixed.accumulate()).isEqualTo(Accumulate.FP16);
    }

    @Test
    void every_entry_is_listed_as_itself() {
        Catalogue c = catalogue(sheet("gf", "accelerator", "throughput:", FP16_ACC, FP32_ACC));
        List<Peak> all = new Peaks(c).all(c.resolve("gf"));
        assertThat(all).extracting(p -> p.value() + " " + p.accumulate() + " " + p.fp16AccumulateOnly())
                .containsExactly("330.3 TFLOPS FP16 false", "165.2 TFLOPS FP32 false");
    }

    @Test
    void first_principles_are_vector_rates_and_so_fp32_accumulate_only() {
        // 3584 units x 2 FLOP/clock x 1.48 GHz = 10.60864 TFLOPS fp32 (P100-like)
        Catalogue c = catalogue(sheet("fp", "chip", "derivation:", "  units: 3584", "  units_source: s",
                "  boost_clock: {value: 1480 MHz, source: s}", "  flop_per_clock: {fp32: 2}"));
        Peaks peaks = new Peaks(c);
        SpecSheet fp = c.resolve("fp");
        assertThat(peaks.peak(fp, Precision.FP32, Sparsity.DENSE, Core.VECTOR, Accumulate.FP32).orElseThrow().value())
                .hasToString("10.60864 TFLOPS");
        assertThat(peaks.peak(fp, Precision.FP32, Sparsity.DENSE, Core.VECTOR, Accumulate.FP16)).isEmpty();
        Peak p = peaks.peak(fp, Precision.FP32, Sparsity.DENSE, null).orElseThrow();
        assertThat(p.basis()).isEqualTo(Basis.FIRST_PRINCIPLES);
        assertThat(p.fp16AccumulateOnly()).isFalse();
        assertThat(p.accumulate()).isNull();
    }
}
