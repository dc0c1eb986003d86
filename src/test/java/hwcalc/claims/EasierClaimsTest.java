package hwcalc.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hwcalc.metrics.Cpi;
import hwcalc.spec.SpecException;
import hwcalc.spec.YamlTreeReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's easier claims: {@code expected} may be left out, a claimed amount may carry its
 * dollar year, and {@code (X in YEAR dollars)} may sit anywhere in an expression. Each of these
 * files failed to read before (missing 'expected'; '129000 USD@2016' is not a quantity; calc saw
 * 'in 2024 dollars)' as an unexpected word).
 */
class EasierClaimsTest {

    private static final String HEAD = "publication: {title: T}\nclaims:\n";

    private static List<Finding> check(String claims) {
        ClaimFile f = ClaimReader.read(YamlTreeReader.read((HEAD + claims).getBytes(StandardCharsets.UTF_8), "c.yaml"), "c.yaml");
        return new ClaimChecker(ClaimFixtures.catalogue(), Cpi.bundled()).check(f);
    }

    @Test
    void a_claim_without_expected_is_checked_and_never_unexpected() {
        List<Finding> f = check("  - {id: a, said: x, check: {calc: dgx-1.weight to kg, claimed: 317.5 kg, tolerance: 2%}}\n");
        assertThat(f.get(0).claim().expected()).isNull();
        // 134 lb = 60.78 kg, so 317.5 kg is off; with no expectation it is reported, not failed
        assertThat(f.get(0).verdict()).isEqualTo(Verdict.OFF);
        assertThat(f.get(0).asExpected()).isTrue();
        Verification v = new Verification(List.of(new Verification.FileFindings(null, f)));
        assertThat(v.unexpected()).isEmpty();
    }

    @Test
    void a_claim_with_expected_still_fails_when_the_verdict_differs() {
        List<Finding> f = check("  - {id: a, said: x, check: {calc: dgx-1.weight to kg, claimed: 317.5 kg, tolerance: 2%}, expected: holds}\n");
        assertThat(f.get(0).asExpected()).isFalse();
    }

    @Test
    void a_claimed_amount_in_2016_dollars_is_moved_to_the_figures_year_before_comparing() {
        // dgx-1.price in 2024 dollars = 129000 x 313.689 / 240.007 = 168,602.92; the claim 129000 USD@2016 is the same money
        List<Finding> f = check("  - {id: a, said: x, check: {calc: dgx-1.price in 2024 dollars, claimed: 129000 USD@2016, tolerance: 0.1%}}\n"
                + "  - {id: b, said: x, check: {calc: dgx-1.price in 2024 dollars, claimed: 129000 USD, tolerance: 0.1%}}\n");
        assertThat(f.get(0).verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(f.get(0).claim().check().claimedYear()).isEqualTo(2016);
        // without a year the claim is read in the figure's dollars: (129000 - 168602.92) / 168602.92 = -23.49%
        assertThat(f.get(1).verdict()).isEqualTo(Verdict.OFF);
        assertThat(f.get(1).offBy().doubleValue()).isCloseTo(-0.23489, org.assertj.core.data.Offset.offset(1e-5));
    }

    @Test
    void a_claimed_year_against_the_same_year_or_no_year_compares_as_written() {
        // dgx-1.price is dated 2016-04: same year, nothing moves; 130000 USD@2016 is +0.775% off 129000
        List<Finding> f = check("  - {id: a, said: x, check: {calc: dgx-1.price, claimed: 130000 USD@2016, tolerance: 0.5%}}\n"
                + "  - {id: b, said: x, check: {calc: 129000 USD, claimed: 129000 USD@2010, tolerance: 0.1%}}\n");
        assertThat(f.get(0).verdict()).isEqualTo(Verdict.OFF);
        assertThat(f.get(0).offBy().doubleValue()).isCloseTo(1000.0 / 129000, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(f.get(1).verdict()).isEqualTo(Verdict.HOLDS);
    }

    @Test
    void in_year_dollars_works_inside_an_expression_when_parenthesised() {
        // 168,602.92 / 170 TFLOPS = 991.78 USD/TFLOPS in 2024 dollars
        List<Finding> f = check("  - {id: a, said: x, check: {calc: (dgx-1.price in 2024 dollars) / dgx-1.fp16, claimed: 991.8 USD/TFLOPS, tolerance: 0.01%}}\n"
                + "  - {id: b, said: x, check: {calc: 2 * (dgx-1.price in 2024 dollars) - (dgx-1.price in 2024 dollars), claimed: 168603 USD@2024, tolerance: 0.01%}}\n");
        assertThat(f.get(0).verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(f.get(0).plain().value().value().doubleValue()).isCloseTo(991.78188, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(f.get(0).plain().references()).anySatisfy(r -> assertThat(r).startsWith("(dgx-1.price in 2024 dollars) = 168602.9"));
        assertThat(f.get(0).sources()).contains(Cpi.SOURCE_URL);
        assertThat(f.get(1).verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(f.get(1).plain().dollarYear()).isEqualTo(2024);
    }

    @Test
    void a_dollar_year_goes_with_money_only() {
        assertThatThrownBy(() -> check("  - {id: a, said: x, check: {calc: dgx-1.fp16, claimed: 170 TFLOPS@2016, tolerance: 2%}}\n"))
                .isInstanceOf(SpecException.class).hasMessageContaining("@YEAR applies to amounts of money only");
    }

    @Test
    void in_year_dollars_mid_expression_without_its_parenthesis_is_an_error_in_the_file() {
        assertThatThrownBy(() -> check("  - {id: a, said: x, check: {calc: dgx-1.price in 2024 dollars) / 2, claimed: 1 USD, tolerance: 2%}}\n"))
                .isInstanceOf(SpecException.class).hasMessageContaining("needs parentheses");
    }
}
