package hwcalc.claims;

import hwcalc.metrics.Caveat;
import hwcalc.metrics.PeakBasis;
import hwcalc.metrics.Unavailable;
import hwcalc.spec.Core;
import hwcalc.spec.Precision;
import hwcalc.spec.Sparsity;
import static org.assertj.core.api.Assertions.assertThat;

import hwcalc.spec.Catalogue;
import hwcalc.spec.SpecLoader;
import hwcalc.spec.SpecSheet;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The seed article's claims: verdicts as in the fact check, and verdicts that follow the sheets. */
class SeedClaimsTest {

    private static Map<String, Finding> check(Catalogue c) {
        return ClaimFixtures.check(c, ClaimFixtures.seed()).stream()
                .collect(Collectors.toMap(f -> f.claim().id(), Function.identity()));
    }

    @Test
    void verdictsAgreeWithTheFactCheck() {
        Map<String, Finding> f = check(ClaimFixtures.catalogue());
        assertThat(f).hasSizeGreaterThanOrEqualTo(11);
        assertThat(f.values()).allSatisfy(x -> assertThat(x.verdict()).as(x.claim().id()).isEqualTo(x.claim().expected()));
        assertThat(f.get("dgx-1-fp16-170-tflops").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(f.get("dgx-1-price-129000-usd").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(f.get("dgx-1-equals-250-servers").verdict()).isEqualTo(Verdict.MISLEADING);
        assertThat(f.get("dgx-1-75x-faster-training").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(f.get("dgx-1-56x-cpu-performance").verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(f.get("dgx-weighs-317-5-kg").verdict()).isEqualTo(Verdict.OFF);
        assertThat(f.get("alexnet-used-4-gpus").verdict()).isEqualTo(Verdict.OFF);
        assertThat(f.get("google-used-16000-cpus").verdict()).isEqualTo(Verdict.MISLEADING);
        assertThat(f.get("gpus-matching-google-cluster").verdict()).isEqualTo(Verdict.OFF);
        assertThat(f.get("nvidia-market-cap-above-3-trillion").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(f.get("training-compute-doubles-every-6-months").verdict()).isEqualTo(Verdict.HOLDS);
    }

    @Test
    void theArithmeticOfThe250ServersClaim() {
        Finding f = check(ClaimFixtures.catalogue()).get("dgx-1-equals-250-servers");
        // 2 x 16 cores x 32 FLOP/clock x 2.3 GHz = 2.3552 TFLOPS FP32 per server; 170 / 2.3552 = 72.18...
        assertThat(f.right().value()).isBetween(new BigDecimal("72.18"), new BigDecimal("72.19"));
        // 250 x 2.3552 = 588.8 TFLOPS
        assertThat(f.shown().get(0).value().value()).isEqualByComparingTo("588.8");
        // 150 h / 2 h / 250 = 0.3
        assertThat(f.shown().get(3).value().value()).isEqualByComparingTo("0.3");
        // $129,000 / 250 = $516
        assertThat(f.shown().get(4).value().value()).isEqualByComparingTo("516");
    }

    @Test
    void weightConversions() {
        Finding f = check(ClaimFixtures.catalogue()).get("dgx-weighs-317-5-kg");
        // 317.5 / 0.45359237 = 699.96...; 70 x 0.45359237 = 31.7514659
        assertThat(f.shown().get(0).value().value()).isBetween(new BigDecimal("699.96"), new BigDecimal("699.97"));
        assertThat(f.shown().get(1).value().value()).isEqualByComparingTo("31.7514659");
        assertThat(f.sources()).containsExactly("http://it.anandtech.com/Show/Index/12587?cPage=3&all=False&sort=0&page=1"
                + "&slug=nvidias-dgx2-sixteen-v100-gpus-30-tb-of-nvme-only-400k");
    }

    @Test
    void changingOneFigureFlipsOnlyTheClaimsThatDependOnIt() throws Exception {
        Map<String, Finding> before = check(ClaimFixtures.catalogue());
        // the DGX-1 sheet with FP16 at 125 TFLOPS instead of 170, and 700 lb instead of 134 lb
        Map<String, Finding> after = check(withDgx1(s -> s.replace("value: 170 TFLOPS", "value: 125 TFLOPS")
                .replace("value: 134 lb", "value: 700 lb")));
        assertThat(before.get("dgx-1-fp16-170-tflops").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(after.get("dgx-1-fp16-170-tflops").verdict()).isEqualTo(Verdict.OFF);
        // (170 - 125) / 125 = 0.36
        assertThat(after.get("dgx-1-fp16-170-tflops").offBy()).isEqualByComparingTo("0.36");
        // 700 lb = 317.51 kg: the article's weight would then hold
        assertThat(before.get("dgx-weighs-317-5-kg").verdict()).isEqualTo(Verdict.OFF);
        assertThat(after.get("dgx-weighs-317-5-kg").verdict()).isEqualTo(Verdict.HOLDS);
        List<String> flipped = new ArrayList<>();
        before.forEach((id, b) -> {
            if (b.verdict() != after.get(id).verdict()) {
                flipped.add(id);
            }
        });
        assertThat(flipped).containsExactlyInAnyOrder("dgx-1-fp16-170-tflops", "dgx-weighs-317-5-kg");
    }

    @Test
    void removingAFigureMakesItsClaimUnverifiable() throws Exception {
        Map<String, Finding> after = check(withDgx1(s -> s.replaceAll("(?m)^weight:.*$", "")));
        assertThat(after.get("dgx-weighs-317-5-kg").verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(after.get("dgx-weighs-317-5-kg").missing()).containsExactly(MissingFigure.of("nvidia-dgx-1 has no weight"));
    }

    /** The test catalogue with the DGX-1 sheet's text changed. */
    static Catalogue withDgx1(Function<String, String> change) throws Exception {
        String text = Files.readString(ClaimFixtures.path("specs/nvidia-dgx-1.yaml"), StandardCharsets.UTF_8);
        String changed = change.apply(text);
        assertThat(changed).isNotEqualTo(text);
        SpecSheet dgx = SpecLoader.read(new SpecLoader.SpecFile("changed/nvidia-dgx-1.yaml", changed.getBytes(StandardCharsets.UTF_8)));
        List<SpecSheet> base = new ArrayList<>(ClaimFixtures.catalogue().sheets());
        return Catalogue.of(base, List.of(dgx));
    }
}
