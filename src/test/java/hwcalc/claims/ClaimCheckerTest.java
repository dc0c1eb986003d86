package hwcalc.claims;

import hwcalc.metrics.Caveat;
import hwcalc.metrics.PeakBasis;
import hwcalc.metrics.Unavailable;
import hwcalc.spec.Core;
import hwcalc.spec.Precision;
import hwcalc.spec.Sparsity;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every verdict kind and relation, on claims/kinds.yaml against the test sheets. */
class ClaimCheckerTest {

    // checked before each test, not once in @BeforeAll: PIT credits code run in @BeforeAll to no
    // test, so it would never run these assertions against a mutant
    private Map<String, Finding> byId;

    @BeforeEach
    void check() {
        List<Finding> all = ClaimFixtures.check(ClaimFixtures.catalogue(), ClaimFixtures.file(ClaimFixtures.path("kinds.yaml")));
        byId = all.stream().collect(Collectors.toMap(f -> f.claim().id(), Function.identity()));
    }

    @Test
    void everyClaimGetsTheVerdictItExpects() {
        assertThat(byId.values()).allSatisfy(f -> assertThat(f.verdict()).as(f.claim().id()).isEqualTo(f.claim().expected()));
        assertThat(byId.values().stream().map(Finding::verdict).distinct()).containsExactlyInAnyOrder(Verdict.values());
    }

    @Test
    void holdsWithinToleranceIncludingItsEdge() {
        // |173.4 - 170| = 3.4 = 2% of 170: on the edge, which agrees; 173.41 is past it
        assertThat(byId.get("holds-at-tolerance-edge").verdict()).isEqualTo(Verdict.HOLDS);
        Finding past = byId.get("off-past-tolerance-edge");
        assertThat(past.verdict()).isEqualTo(Verdict.OFF);
        // (173.41 - 170) / 170 = 0.0200588...
        assertThat(past.offBy()).isBetween(new BigDecimal("0.020058"), new BigDecimal("0.020059"));
    }

    @Test
    void offGivesTheRightFigureAndHowFarOff() {
        Finding f = byId.get("off-weight");
        // 134 lb x 0.45359237 kg/lb = 60.78137758 kg; 317.5 / 60.78137758 - 1 = 4.22363...
        assertThat(f.right().value()).isEqualByComparingTo("60.78137758");
        assertThat(f.right().unit().symbol()).isEqualTo("kg");
        assertThat(f.offBy()).isBetween(new BigDecimal("4.2236"), new BigDecimal("4.2237"));
    }

    @Test
    void agreeingOnAMixedBasisIsMisleading() {
        Finding f = byId.get("misleading-mixed-basis");
        // 32 PFLOPS FP8 sparse / 170 TFLOPS FP16 dense = 32000 / 170 = 188.235...
        assertThat(f.reason()).isEqualTo(Finding.Reason.AGREES_ON_MIXED_BASIS);
        assertThat(f.plain().value().value()).isBetween(new BigDecimal("188.235"), new BigDecimal("188.236"));
        assertThat(f.mixedBases()).singleElement().isInstanceOfSatisfying(Caveat.MixedBases.class, m -> {
            assertThat(m.left()).isEqualTo(new PeakBasis(Precision.FP8, Sparsity.SPARSE, null));
            assertThat(m.right()).isEqualTo(new PeakBasis(Precision.FP16, Sparsity.DENSE, null));
        });
    }

    @Test
    void agreeingOnlyOnAnotherBasisIsMisleadingWithTheLikeForLikeFigure() {
        Finding f = byId.get("misleading-other-basis");
        // like for like, FP16 dense: (8 x 989.4) / 170 = 7915.2 / 170 = 46.56 exactly
        assertThat(f.reason()).isEqualTo(Finding.Reason.AGREES_ONLY_ON_OTHER_BASIS);
        assertThat(f.right().value()).isEqualByComparingTo("46.56");
        // 188 / 46.56 - 1 = 3.03780...
        assertThat(f.offBy()).isBetween(new BigDecimal("3.0378"), new BigDecimal("3.0379"));
        assertThat(f.plain().warnings()).anyMatch(Caveat.CoresMixed.class::isInstance);
    }

    @Test
    void unverifiableNamesTheMissingData() {
        assertThat(byId.get("unverifiable-declared").missing()).containsExactly(MissingFigure.of("a source for 56x"));
        Finding auto = byId.get("unverifiable-missing-figure");
        assertThat(auto.reason()).isEqualTo(Finding.Reason.MISSING_DATA);
        assertThat(auto.missing()).containsExactly(MissingFigure.of("dual-xeon-e5-2698-v3-server has no price"));
    }

    @Test
    void atLeastAndAtMost() {
        assertThat(byId.get("holds-at-least").verdict()).isEqualTo(Verdict.HOLDS);
        // 3.1e12 / 3.019e12 - 1 = 0.026830...
        assertThat(byId.get("off-at-least").offBy()).isBetween(new BigDecimal("0.02683"), new BigDecimal("0.02684"));
        assertThat(byId.get("holds-at-most").verdict()).isEqualTo(Verdict.HOLDS); // 3200 W <= 3.5 kW
    }

    @Test
    void rangesFromDoublingTimes() {
        Finding in = byId.get("holds-within-range");
        // 12 / log2(5) = 5.16811869688; 12 / log2(4) = 6
        assertThat(in.plain().value().value()).isEqualByComparingTo("5.16811869688");
        assertThat(in.plain().upper().value()).isEqualByComparingTo("6");
        // 6.5 against the upper end 6: 6.5 / 6 - 1 = 0.08333...
        assertThat(byId.get("off-outside-range").offBy()).isBetween(new BigDecimal("0.08333"), new BigDecimal("0.08334"));
    }

    @Test
    void referencesShowWhatEachNameResolvedTo() {
        assertThat(byId.get("holds-at-least").plain().references())
                .containsExactly("market_cap = 3019000000000 USD (https://example.org/cap)");
        assertThat(byId.get("holds-at-least").sources()).containsExactly("https://example.org/cap");
    }
}
