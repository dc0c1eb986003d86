package example;

import static org.assertj.core.api.Assertions.assertThat;

import hwcalc.calc.CalcResult;
import hwcalc.check.CheckReport;
import hwcalc.claims.Verdict;
import hwcalc.claims.Verification;
import hwcalc.engine.Engine;
import hwcalc.metrics.Caveat;
import hwcalc.metrics.Comparison;
import hwcalc.metrics.Metric;
import hwcalc.metrics.MetricValue;
import hwcalc.metrics.Request;
import hwcalc.spec.Precision;
import hwcalc.spec.Sparsity;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/api.md's example, run as a test from outside hwcalc's packages, using only the engine and
 * its result records. ApiDocTest keeps the document's code block equal to the part between the markers.
 */
class ApiExampleTest {

    @Test
    void the_documented_example_runs(@TempDir Path dir) throws Exception {
        // api-example:start
        Engine hw = Engine.bundled();

        // Compare two systems like for like: FP16 dense, the price per TFLOPS.
        Comparison c = hw.compare(List.of("dgx-1", "dgx-h100"),
                Request.of(Precision.FP16, Sparsity.DENSE), List.of(Metric.PEAK, Metric.USD_PER_TFLOPS));
        MetricValue dgx1 = c.values().get(Metric.USD_PER_TFLOPS).get(0);
        BigDecimal usdPerTflops = dgx1.value().value();          // exact: 129000 / 170 = 758.82...
        List<Caveat> warnings = c.warnings();                     // typed: e.g. HeadlineOnOtherBasis

        // A calc expression, with its dollar year carried through.
        CalcResult inflated = hw.calc("dgx-1.price in 2024 dollars");

        // The bundled claims: every verdict as expected.
        Verification v = hw.verify(List.of());
        long unexpected = v.unexpected().size();

        // Check your own spec data (here, one sheet in a folder) as `hwcalc check` does.
        Files.writeString(dir.resolve("my-chip.yaml"), """
                id: my-chip
                name: My Chip
                vendor: Me
                kind: accelerator
                sources:
                  me: {url: https://example.org/my-chip, seen: 2026-12-01}
                throughput:
                  - {precision: fp16, value: 100 TFLOPS, sparsity: dense, core: tensor, source: me}
                """);
        CheckReport report = Engine.check(List.of(dir), LocalDate.of(2026, 12, 1));
        // api-example:end

        // 129000 / 170 = 758.8235...
        assertThat(usdPerTflops).isBetween(new BigDecimal("758.82"), new BigDecimal("758.83"));
        // the DGX H100's 32 PFLOPS headline is FP8 sparse, not the FP16 dense compared here
        assertThat(warnings).anyMatch(w -> w instanceof Caveat.HeadlineOnOtherBasis h && h.sheetId().equals("dgx-h100"));
        // 129000 x 313.689 / 240.007 = 168,602.92 (CPI-U 2024 / 2016, docs/metrics.md)
        assertThat(inflated.value().value()).isBetween(new BigDecimal("168602.9"), new BigDecimal("168603.0"));
        assertThat(inflated.dollarYear()).isEqualTo(2024);
        assertThat(unexpected).isZero();
        assertThat(v.all()).extracting(f -> f.verdict()).contains(Verdict.HOLDS, Verdict.MISLEADING);
        assertThat(report.files()).isEqualTo(1);
        assertThat(report.errors()).isZero();
    }
}
