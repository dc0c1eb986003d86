package hwcalc.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figure finder on single phrases, English and Traditional Chinese; values computed by hand in each comment. */
class FigureFinderTest {

    private static Figure one(String text) {
        List<Figure> f = FigureFinder.find(text, "t");
        assertThat(f).as("figures in '%s'", text).hasSize(1);
        return f.get(0);
    }

    private static void is(String text, Kind kind, String value, String unit) {
        Figure f = one(text);
        assertThat(f.kind()).as(text).isEqualTo(kind);
        assertThat(f.value()).as(text).isEqualByComparingTo(value);
        assertThat(f.unit()).as(text).isEqualTo(unit);
    }

    @Test
    void rates() {
        is("delivers 170 TFLOPS of FP16", Kind.RATE, "170", "TFLOPS");
        is("30 teraflops of FP64", Kind.RATE, "30", "TFLOPS");
        is("up to 32 petaFLOPS", Kind.RATE, "32", "PFLOPS");
        is("4 PF of FP8", Kind.RATE, "4", "PFLOPS");
        is("1.5 exaflops", Kind.RATE, "1.5", "EFLOPS");
        is("394 TOPS of INT8", Kind.RATE, "394", "TOPS");
        is("170 16-bit teraflops", Kind.RATE, "170", "TFLOPS");
        is("4,000 theoretical teraflops", Kind.RATE, "4000", "TFLOPS");
        // 170 兆 = 1.7 x 10^14 operations a second
        is("每秒 170 兆次浮點運算", Kind.RATE, "1.7e14", "FLOPS");
    }

    @Test
    void memory_bandwidth_power_weight() {
        is("80GB of HBM3", Kind.MEMORY, "80", "GB");
        is("3.35 TB/s of bandwidth", Kind.BANDWIDTH, "3.35", "TB/s");
        is("819 GB/s", Kind.BANDWIDTH, "819", "GB/s");
        is("a TDP of 700W", Kind.POWER, "700", "W");
        is("10.2 kW per system", Kind.POWER, "10.2", "kW");
        is("weighs 134 pounds", Kind.WEIGHT, "134", "lb");
        is("重達 317.5 公斤", Kind.WEIGHT, "317.5", "kg");
        is("60.8 kg", Kind.WEIGHT, "60.8", "kg");
    }

    @Test
    void money_in_both_languages() {
        is("priced at $129,000", Kind.MONEY, "129000", "USD");
        is("$1.5 million", Kind.MONEY, "1500000", "USD");
        is("$30K", Kind.MONEY, "30000", "USD");
        // 12.9 萬 = 12.9 x 10^4; 3 兆 = 3 x 10^12; 20 億 = 2 x 10^9
        is("報價 12.9 萬美元", Kind.MONEY, "129000", "USD");
        is("突破 3 兆美元", Kind.MONEY, "3e12", "USD");
        is("20 億美元", Kind.MONEY, "2e9", "USD");
        assertThat(one("about $30,000").qualifier()).isEqualTo(Qualifier.ABOUT);
        assertThat(one("突破 3 兆美元").qualifier()).isEqualTo(Qualifier.AT_LEAST);
        Figure range = one("$25,000 to $30,000 each");
        assertThat(range.value()).isEqualByComparingTo("25000");
        assertThat(range.upper()).isEqualByComparingTo("30000");
    }

    @Test
    void ratios_counts_growth_percentages() {
        is("9x faster", Kind.RATIO, "9", "");
        is("2.5 times the FP8", Kind.RATIO, "2.5", "");
        is("加快 75 倍", Kind.RATIO, "75", "");
        is("more than 250 servers", Kind.COUNT, "250", "");
        assertThat(one("more than 250 Xeon servers").counted()).isEqualTo("servers");
        // 1 萬 6000 = 10,000 + 6,000
        Figure cpus = one("用 1 萬 6000 顆 CPU");
        assertThat(cpus.value()).isEqualByComparingTo("16000");
        assertThat(cpus.counted()).isEqualTo("CPU");
        assertThat(one("只用 4 顆輝達 GPU").counted()).isEqualTo("GPU");
        is("250 台傳統伺服器", Kind.COUNT, "250", "");
        is("doubles every 6 months", Kind.GROWTH, "6", "months");
        is("每 6 個月增加一倍", Kind.GROWTH, "6", "months");
        is("fell more than 85%", Kind.PERCENT, "85", "%");
        assertThat(FigureFinder.wordCounts("eight NVIDIA H100 GPUs", "t").get(0).value()).isEqualByComparingTo("8");
    }

    @Test
    void chinese_numerals() {
        assertThat(FigureFinder.hanNumeral("一萬六千")).isEqualByComparingTo("16000");
        assertThat(FigureFinder.hanNumeral("二十")).isEqualByComparingTo("20");
        assertThat(FigureFinder.hanNumeral("一兆")).isEqualByComparingTo("1e12");
        assertThat(FigureFinder.hanNumeral("三百五十")).isEqualByComparingTo("350");
        is("一萬六千顆 CPU", Kind.COUNT, "16000", "");
    }

    @Test
    void numbers_that_are_no_figures_are_left_out() {
        for (String t : List.of("在 2016 年 8 月的一天", "30 歲那年", "GPT-4.5 的價格", "the DGX-1 and H100", "Xeon E5-2698 v3",
                "in 2016 the company", "二十多年間", "十分感謝", "106 台北市大安區", "CDNA 3 GPU tiles", "Zen 4 CPU cores")) {
            assertThat(FigureFinder.find(t, "t")).as(t).isEmpty();
        }
    }

    @Test
    void positions_count_lines_and_columns_from_one() {
        List<Figure> f = FigureFinder.find("line one\nthe H100 has 80 GB", "a.txt");
        assertThat(f.get(0).at()).isEqualTo(new Position("a.txt", 2, 14));
        assertThat(f.get(0).value()).isEqualByComparingTo(BigDecimal.valueOf(80));
    }
}
