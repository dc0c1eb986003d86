package hwcalc.scan;

import static org.assertj.core.api.Assertions.assertThat;

import hwcalc.claims.Claim;
import hwcalc.claims.ClaimFile;
import hwcalc.claims.ClaimFiles;
import hwcalc.claims.Verdict;
import hwcalc.engine.Engine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's seed article: every figure the fact check names is found, attached to its subject
 * and field, and gets the verdict the bundled claims file (specs/claims/seed-article-zh-tw.yaml)
 * expects; the advertorial's 126間 and 77% and the dates are not checked as hardware.
 */
class ScanSeedTest {

    static final Path SEED = Path.of("src/test/resources/scan/seed-article-zh-TW.txt");
    static Engine engine;
    static String text;
    static ScanChecker.Result curated;
    static ScanChecker.Result drafted;
    static ClaimFile bundled;

    @BeforeAll
    static void scan() throws IOException {
        engine = Engine.bundled();
        text = Files.readString(SEED);
        bundled = ClaimFiles.readAll(ClaimFiles.files(Path.of("specs/claims/seed-article-zh-tw.yaml"))).get(0);
        curated = new ScanChecker(engine.catalogue(), engine.cpi(), List.of(bundled)).scan(text, "seed.txt", Language.detect(text));
        drafted = new ScanChecker(engine.catalogue(), engine.cpi(), List.of()).scan(text, "seed.txt", Language.detect(text));
    }

    static ScanChecker.Item item(ScanChecker.Result r, String figure) {
        List<ScanChecker.Item> hits = r.items().stream().filter(i -> i.found().figure().text().equals(figure)).toList();
        assertThat(hits).as("figure '%s' found once", figure).hasSize(1);
        return hits.get(0);
    }

    static String subject(ScanChecker.Item i) {
        assertThat(i.found().attachment()).isInstanceOf(Attachment.Attached.class);
        return ScanChecker.subjectKey(((Attachment.Attached) i.found().attachment()).subject());
    }

    static String field(ScanChecker.Item i) {
        return ScanChecker.fieldKey(((Attachment.Attached) i.found().attachment()).field());
    }

    @Test
    void the_language_is_traditional_chinese() {
        assertThat(Language.detect(text)).isEqualTo(Language.ZH_TW);
        assertThat(Language.detect("The DGX-1 delivers 170 TFLOPS.")).isEqualTo(Language.EN);
    }

    @Test
    void every_figure_of_the_fact_check_is_found_with_its_subject_field_and_the_bundled_verdict() {
        // figure as printed, subject, field, id of the bundled claim whose verdict it must get (null: none there)
        Object[][] expected = {
            {"170 TFLOPS", "nvidia-dgx-1", "peak-fp16", "dgx-1-fp16-170-tflops"},
            {"250 台傳統伺服器", "nvidia-dgx-1", "count", "dgx-1-equals-250-servers"},
            {"75 倍", "nvidia-dgx-1", "ratio", "dgx-1-75x-faster-training"},
            {"56 倍", "nvidia-dgx-1", "ratio", "dgx-1-56x-cpu-performance"},
            {"12.9 萬美元", "nvidia-dgx-1", "price", "dgx-1-price-129000-usd"},
            {"317.5 公斤", "nvidia-dgx-1", "weight", "dgx-weighs-317-5-kg"},
            {"1 萬 6000 顆 CPU", "google", "count", "google-used-16000-cpus"},
            {"4 顆輝達 GPU", "alexnet", "count", "alexnet-used-4-gpus"},
            {"3 兆美元", "nvidia", "market-cap", "nvidia-market-cap-above-3-trillion"},
            {"每 6 個月", "ai-training", "doubling-time", "training-compute-doubles-every-6-months"},
            {"85%", "nvidia", "drawdown", null},
        };
        Map<String, Verdict> bundledVerdict = bundled.claims().stream().collect(Collectors.toMap(Claim::id, Claim::expected));
        for (Object[] e : expected) {
            ScanChecker.Item i = item(curated, (String) e[0]);
            assertThat(subject(i)).as("subject of %s", e[0]).isEqualTo(e[1]);
            assertThat(field(i)).as("field of %s", e[0]).isEqualTo(e[2]);
            if (e[3] != null) {
                assertThat(i.curatedFrom()).endsWith("#" + e[3]);
                assertThat(i.finding().verdict()).as("verdict of %s", e[0]).isEqualTo(bundledVerdict.get(e[3]));
            } else {
                // the drawdowns are in no claims file: nothing to compute them from
                assertThat(i.finding().verdict()).isEqualTo(Verdict.UNVERIFIABLE);
            }
        }
    }

    @Test
    void the_values_are_read_from_chinese_numerals() {
        // 1 萬 6000 = 1 x 10^4 + 6000; 12.9 萬 = 12.9 x 10^4; 3 兆 = 3 x 10^12; 一兆 = 10^12
        assertThat(item(curated, "1 萬 6000 顆 CPU").found().figure().value()).isEqualByComparingTo("16000");
        assertThat(item(curated, "12.9 萬美元").found().figure().value()).isEqualByComparingTo("129000");
        assertThat(item(curated, "3 兆美元").found().figure().value()).isEqualByComparingTo("3e12");
        assertThat(item(curated, "一兆美元").found().figure().value()).isEqualByComparingTo("1e12");
        assertThat(item(curated, "3 兆美元").found().figure().qualifier()).isEqualTo(Qualifier.AT_LEAST);
    }

    @Test
    void positions_are_file_line_column() {
        // line 24 is the DGX-1 paragraph; "DGX-1 超級電腦擁有高達 " is 15 characters, so 170 starts at column 16
        assertThat(item(curated, "170 TFLOPS").found().figure().at()).hasToString("seed.txt:24:16");
    }

    @Test
    void the_advertorial_and_the_dates_are_not_checked_as_hardware() {
        assertThat(item(curated, "126間").found().attachment()).isInstanceOf(Attachment.NotHardware.class);
        assertThat(item(curated, "77%").found().attachment()).isInstanceOf(Attachment.NotHardware.class);
        assertThat(item(curated, "126間").claim()).isNull();
        List<String> texts = curated.items().stream().map(i -> i.found().figure().text()).toList();
        // years, months, ages and model names are no figures at all
        assertThat(texts).noneMatch(t -> t.contains("2016") || t.contains("2024") || t.contains("1999") || t.contains("歲")
                || t.contains("GPT") || t.startsWith("5 年"));
        // every figure with a claim is attached or listed as unmatched, none dropped
        assertThat(curated.items()).allSatisfy(i -> assertThat(i.found().attachment()).isNotNull());
    }

    @Test
    void drafted_claims_alone_check_the_sheet_figures_the_same_way() {
        // no claims file: the catalogue alone. 170 = dgx-1.fp16; 129,000 = dgx-1.price; 134 lb = 60.78 kg, not 317.5
        assertThat(item(drafted, "170 TFLOPS").finding().verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(item(drafted, "12.9 萬美元").finding().verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(item(drafted, "317.5 公斤").finding().verdict()).isEqualTo(Verdict.OFF);
        assertThat(item(drafted, "317.5 公斤").finding().offBy().doubleValue()).isCloseTo(317.5 / 60.78137758 - 1,
                org.assertj.core.data.Offset.offset(1e-6));
        // a ratio with no named baseline cannot be computed from the sheets
        assertThat(item(drafted, "75 倍").finding().verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(drafted.items()).noneMatch(ScanChecker.Item::isCurated);
    }
}
