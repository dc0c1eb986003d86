package hwcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 16: a comparison quote in another year's dollars says which year, in both languages. */
class QuoteDollarYearTest {

    @Test
    void a_price_comparison_in_2024_dollars_says_so_and_drops_the_irrelevant_basis() {
        // DGX-1: 129,000 x 313.689 / 240.007 = 168,602.92 in 2024 dollars; 3 figures: $169,000 / 16.9 萬美元
        Cli en = Cli.run("quote", "dgx-b200", "price", "--vs", "dgx-1", "--adjust-to", "2024");
        assertThat(en.code()).isZero();
        assertThat(en.out()).startsWith("In 2024 dollars, ").contains("$169,000").doesNotContain("(FP16, dense)");
        Cli zh = Cli.run("quote", "dgx-b200", "price", "--vs", "dgx-1", "--adjust-to", "2024", "--locale", "zh-TW");
        assertThat(zh.out()).startsWith("以 2024 年幣值計，").contains("16.9 萬美元");
    }

    @Test
    void a_cost_per_tflops_comparison_in_2024_dollars_says_so_too() {
        Cli en = Cli.run("quote", "dgx-b200", "usd-per-tflops", "--vs", "dgx-1", "--adjust-to", "2024", "--precision", "fp16");
        assertThat(en.out()).startsWith("In 2024 dollars, ").contains("(FP16, dense");
    }
}
