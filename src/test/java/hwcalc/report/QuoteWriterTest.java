package hwcalc.report;

import static org.assertj.core.api.Assertions.assertThat;

import hwcalc.claims.ClaimFixtures;
import hwcalc.claims.Quote;
import hwcalc.claims.Quotes;
import hwcalc.metrics.Cpi;
import hwcalc.metrics.Metric;
import hwcalc.metrics.Metrics;
import hwcalc.metrics.Peaks;
import hwcalc.metrics.Request;
import hwcalc.spec.Catalogue;
import hwcalc.spec.Precision;
import hwcalc.spec.Sparsity;
import hwcalc.units.Quantity;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Sentences in both locales, on the test sheets (DGX-1: $129,000, 170 TFLOPS FP16). */
class QuoteWriterTest {

    private static final Catalogue C = ClaimFixtures.catalogue();
    private static final Quotes QUOTES = new Quotes(new Metrics(new Peaks(C), Cpi.bundled()), C);
    private static final Request FP16 = Request.of(Precision.FP16, Sparsity.DENSE);

    private static Quote usdPerTflops(Request r) {
        return QUOTES.quote(C.resolve("dgx-1"), Metric.USD_PER_TFLOPS, false, null, r);
    }

    @Test
    void english() {
        // 129000 / 170 = 758.82 -> $759 at 3 significant figures
        String s = new QuoteWriter(QuoteLocale.EN, 3).text(usdPerTflops(FP16));
        assertThat(s).startsWith("The NVIDIA DGX-1 (Pascal) cost $759 per TFLOPS of peak FP16 compute (dense, vector units): "
                + "its 2016 list price of $129,000 divided by 170 TFLOPS.[1][2][3]\n\n");
        assertThat(s).contains("[1] Nvidia DGX (Wikipedia). https://en.wikipedia.org/wiki/Nvidia_DGX\n",
                "[3] Tom's Hardware France. https://www.tomshardware.fr/?p=233173\n");
    }

    @Test
    void taiwaneseChinese() {
        String s = new QuoteWriter(QuoteLocale.ZH_TW, 3).sentence(usdPerTflops(FP16));
        assertThat(s).isEqualTo("NVIDIA DGX-1（Pascal）每 TFLOPS FP16 峰值運算能力（稠密，向量單元）的成本為 759 美元："
                + "2016 年定價 12.9 萬美元，除以 170 TFLOPS。");
        // full-width punctuation only; TFLOPS as written
        assertThat(s).doesNotContain(",", "(", ")", ":", ". ").contains("，", "。", "（", "）", "：");
    }

    @Test
    void moreDigits() {
        // 758.8235 at 5 digits: 758.82; 129000 at 5 digits: 12.9 萬 (trailing zeros dropped)
        assertThat(new QuoteWriter(QuoteLocale.ZH_TW, 5).sentence(usdPerTflops(FP16))).contains("758.82 美元", "12.9 萬美元");
        assertThat(new QuoteWriter(QuoteLocale.EN, 5).sentence(usdPerTflops(FP16))).contains("$758.82 per TFLOPS", "$129,000");
    }

    @Test
    void adjustedForInflation() {
        // 129000 x CPI-U 2024 / CPI-U 2016 = 129000 x 313.689 / 240.007 = 168,602.9 -> 3 figures: $169,000
        // and 16.9 萬 (the same amount in both locales); / 170 = 991.8 -> $992
        Quote q = usdPerTflops(FP16.withAdjustTo(2024));
        assertThat(new QuoteWriter(QuoteLocale.EN, 3).text(q)).contains("$992 per TFLOPS", "in 2024 dollars", "($169,000 in 2024 dollars)",
                "https://data.bls.gov/timeseries/CUUR0000SA0");
        assertThat(new QuoteWriter(QuoteLocale.ZH_TW, 3).sentence(q)).contains("992 美元", "16.9 萬美元", "2024 年幣值");
    }

    @Test
    void speedupNamesBothBasesWhenTheUnitsDiffer() {
        // 8 x 989.4 = 7915.2 TFLOPS (tensor) / 170 TFLOPS (vector) = 46.56 -> 46.6
        Quote q = QUOTES.quote(C.resolve("dgx-h100"), Metric.PEAK, true, C.resolve("dgx-1"), FP16);
        assertThat(new QuoteWriter(QuoteLocale.EN, 3).sentence(q)).isEqualTo("At peak FP16 compute (dense; tensor cores against "
                + "vector units), the NVIDIA DGX H100 delivers 46.6 times the NVIDIA DGX-1 (Pascal): 7,915 TFLOPS against 170 TFLOPS.");
        assertThat(new QuoteWriter(QuoteLocale.ZH_TW, 3).sentence(q)).isEqualTo("以 FP16 峰值運算能力（稠密；Tensor 核心對向量單元）計，"
                + "NVIDIA DGX H100 是 NVIDIA DGX-1（Pascal）的 46.6 倍：7,915 TFLOPS 對 170 TFLOPS。");
        assertThat(new QuoteWriter(QuoteLocale.EN, 3).warnings(q)).anyMatch(w -> w.contains("headline 32 PFLOPS is FP8 with sparsity"));
        // zh-TW warnings are in Chinese: the same headline fact, worded for the reader
        assertThat(new QuoteWriter(QuoteLocale.ZH_TW, 3).warnings(q)).anyMatch(w -> w.contains("宣傳數字 32 PFLOPS")
                && w.contains("稀疏")).noneMatch(w -> w.contains("headline"));
    }

    @ParameterizedTest
    @EnumSource(Metric.class)
    void everyMetricReadsInBothLocales(Metric m) {
        Request r = new Request(Precision.FP16, Sparsity.DENSE, null, null, BigDecimal.ONE, new BigDecimal("0.1"),
                new BigDecimal("0.5"), Quantity.parse("1e21 FLOP"));
        if (m.perChipHour()) { // an hourly cost needs a rental or owned price: the DGX-1 is owned
            r = r.withPrice(hwcalc.metrics.PriceSelector.parse("owned"), hwcalc.metrics.Ownership.DEFAULT);
        }
        Quote q = QUOTES.quote(C.resolve("dgx-1"), m, false, null, r);
        assertThat(new QuoteWriter(QuoteLocale.EN, 3).sentence(q)).startsWith("The NVIDIA DGX-1 (Pascal)").endsWith(".");
        String zh = new QuoteWriter(QuoteLocale.ZH_TW, 3).sentence(q);
        assertThat(zh).startsWith("NVIDIA DGX-1（Pascal）").endsWith("。").doesNotContain("(", ")", ":")
                .doesNotContainPattern("\\p{IsHan}[A-Za-z0-9]").doesNotContainPattern("[A-Za-z0-9]\\p{IsHan}");
    }

    @Test
    void timeToComputeInDays() {
        // 1e21 FLOP / (170e12 FLOP/s x 0.5) = 1.176e7 s = 136.2 days
        Request r = new Request(Precision.FP16, Sparsity.DENSE, null, null, null, null, new BigDecimal("0.5"),
                Quantity.parse("1e21 FLOP"));
        Quote q = QUOTES.quote(C.resolve("dgx-1"), Metric.TIME_TO_COMPUTE, false, null, r);
        assertThat(new QuoteWriter(QuoteLocale.EN, 3).sentence(q)).contains("136 days");
        assertThat(new QuoteWriter(QuoteLocale.ZH_TW, 3).sentence(q)).contains("136 天");
    }

    @Test
    void jsonKeepsTheExactValues() {
        String json = Json.write(new QuoteWriter(QuoteLocale.ZH_TW, 3).json(usdPerTflops(FP16)));
        assertThat(json).contains("\"value\" : 758.8235294117647058823529411764706", "\"unit\" : \"USD/TFLOPS\"",
                "\"locale\" : \"zh-TW\"", "12.9 萬美元", "\"url\" : \"https://www.tomshardware.fr/?p=233173\"");
    }
}
