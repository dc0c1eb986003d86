package hwcalc.scan;

import static org.assertj.core.api.Assertions.assertThat;

import hwcalc.engine.Engine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real texts about AI hardware (short excerpts in src/test/resources/scan, sources in SOURCES.md):
 * every figure each holds, with the subject and field a careful reader gives it. Rows marked
 * WRONG are figures scan finds but attaches otherwise (what it does instead is asserted, so the
 * counts in docs/scan.md change only with this test); rows marked MISSED are figures it does not
 * find. Recall and precision over all texts, the seed article included, are asserted at the end.
 */
class EnglishTextsTest {

    enum Outcome { RIGHT, WRONG, MISSED }

    /** file, figure as printed, the subject and field a reader gives it ("unmatched": no sheet fits), outcome, and for WRONG what scan gives. */
    record Row(String file, String figure, String subject, String field, Outcome outcome, String scanSubject, String scanField) {
    }

    static Row right(String file, String figure, String subject, String field) {
        return new Row(file, figure, subject, field, Outcome.RIGHT, subject, field);
    }

    static Row wrong(String file, String figure, String subject, String field, String scanSubject, String scanField) {
        return new Row(file, figure, subject, field, Outcome.WRONG, scanSubject, scanField);
    }

    static Row missed(String file, String figure, String subject, String field) {
        return new Row(file, figure, subject, field, Outcome.MISSED, null, null);
    }

    static final String H100 = "hpcwire-h100.txt";
    static final String MI300X = "tomshardware-mi300x.txt";
    static final String TPU = "madebyagents-tpu-v5e.txt";
    static final String ANAND = "anandtech-mi300x.txt";
    static final String SEED = "seed-article-zh-TW.txt";

    static final List<Row> ROWS = List.of(
            right(H100, "80 billion transistors", "h100-sxm5", "count"),
            right(H100, "68 percent", "h100-sxm5", "share"),
            right(H100, "3TB/s", "h100-sxm5", "bandwidth"),
            right(H100, "30 teraflops", "h100-sxm5", "peak-fp64"),
            right(H100, "60 teraflops#1", "h100-sxm5", "peak-fp64"),
            right(H100, "60 teraflops#2", "h100-sxm5", "peak-fp32"),
            right(H100, "4,000 theoretical teraflops", "h100-sxm5", "peak-fp8"),
            right(H100, "9x", "h100-sxm5", "ratio-to-a100"),
            right(H100, "30x", "h100-sxm5", "ratio-to-a100"),
            // the MI300 APU (MI300A) has no sheet: its figures are unmatched, the name 'Instinct' fits six sheets
            right(MI300X, "13 chiplets", "unmatched", ""),
            right(MI300X, "twenty-four Zen 4 CPU cores", "unmatched", ""),
            right(MI300X, "eight stacks", "unmatched", ""),
            right(MI300X, "153 billion transistors", "unmatched", ""),
            wrong(MI300X, "4X", "unmatched", "", "amd", "ratio-to-h100-sxm5"),
            missed(MI300X, "twice the performance per watt", "unmatched", "ratio"),
            right(MI300X, "1.6X", "mi300x", "ratio-to-h100-sxm5"),
            missed(MI300X, "more than twice the HBM3 memory capacity", "mi300x", "ratio"),
            right(MI300X, "192 GB", "mi300x", "memory"),
            missed(MI300X, "more than twice the number of LLMs", "mi300x", "ratio"),
            right(TPU, "16GB#1", "tpu-v5e", "memory"),
            right(TPU, "256 chips", "tpu-v5e", "count"),
            right(TPU, "197 TFLOPS", "tpu-v5e", "peak-bf16"),
            right(TPU, "394 TOPS", "tpu-v5e", "peak-int8"),
            right(TPU, "16GB#2", "tpu-v5e", "memory"),
            right(TPU, "819 GB/s", "tpu-v5e", "bandwidth"),
            right(ANAND, "128GB#1", "unmatched", ""),
            right(ANAND, "192GB#1", "mi300x", "memory"),
            right(ANAND, "8 stacks", "mi300x", "count"),
            // per-stack capacities and the MI300A's pool read as the MI300X's memory
            wrong(ANAND, "16GB", "unmatched", "", "mi300x", "memory"),
            wrong(ANAND, "128GB#2", "unmatched", "", "mi300x", "memory"),
            wrong(ANAND, "24GB", "unmatched", "", "mi300x", "memory"),
            wrong(ANAND, "50%", "mi300x", "share", "amd", "share"),
            right(ANAND, "192GB#2", "mi300x", "memory"),
            right(SEED, "一兆美元", "nvidia", "market-cap"),
            right(SEED, "85%", "nvidia", "drawdown"),
            right(SEED, "1 萬 6000 顆 CPU", "google", "count"),
            right(SEED, "4 顆輝達 GPU", "alexnet", "count"),
            right(SEED, "317.5 公斤", "nvidia-dgx-1", "weight"),
            right(SEED, "170 TFLOPS", "nvidia-dgx-1", "peak-fp16"),
            right(SEED, "250 台傳統伺服器", "nvidia-dgx-1", "count"),
            right(SEED, "75 倍", "nvidia-dgx-1", "ratio"),
            right(SEED, "56 倍", "nvidia-dgx-1", "ratio"),
            right(SEED, "12.9 萬美元", "nvidia-dgx-1", "price"),
            right(SEED, "20 億美元", "nvidia-dgx-1", "money"),
            right(SEED, "每 6 個月", "ai-training", "doubling-time"),
            right(SEED, "3 兆美元", "nvidia", "market-cap"),
            missed(SEED, "3 年時間", "nvidia-dgx-1", "development time"),
            missed(SEED, "5 年時間", "nvidia-dgx-1", "development time"));

    static Engine engine;

    @BeforeAll
    static void load() {
        engine = Engine.bundled();
    }

    static List<ScanChecker.Item> scan(String file) throws IOException {
        String text = Files.readString(Path.of("src/test/resources/scan", file));
        return new ScanChecker(engine.catalogue(), engine.cpi(), List.of()).scan(text, file, Language.detect(text)).items();
    }

    /** The n-th figure printed as {@code figure}; "60 teraflops#2" is the second. */
    static ScanChecker.Item find(List<ScanChecker.Item> items, String figure) {
        String text = figure.contains("#") ? figure.substring(0, figure.indexOf('#')) : figure;
        int nth = figure.contains("#") ? Integer.parseInt(figure.substring(figure.indexOf('#') + 1)) : 1;
        List<ScanChecker.Item> hits = items.stream().filter(i -> i.found().figure().text().equals(text)).toList();
        return hits.size() >= nth ? hits.get(nth - 1) : null;
    }

    static String subject(ScanChecker.Item i) {
        Attachment a = i.found().attachment();
        return a instanceof Attachment.Attached at ? ScanChecker.subjectKey(at.subject()) : a instanceof Attachment.Unmatched ? "unmatched" : "not-hardware";
    }

    static String field(ScanChecker.Item i) {
        return i.found().attachment() instanceof Attachment.Attached at ? ScanChecker.fieldKey(at.field()) : "";
    }

    @Test
    void every_figure_of_every_text_is_found_as_listed() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Row r : ROWS) {
            ScanChecker.Item i = find(scan(r.file()), r.figure());
            if (r.outcome() == Outcome.MISSED) {
                if (i != null) {
                    problems.add(r.file() + ": '" + r.figure() + "' is now found: update the row and docs/scan.md");
                }
                continue;
            }
            if (i == null) {
                problems.add(r.file() + ": '" + r.figure() + "' not found");
            } else if (!subject(i).equals(r.scanSubject()) || !field(i).equals(r.scanField())) {
                problems.add(r.file() + ": '" + r.figure() + "' attached to " + subject(i) + " / " + field(i) + ", listed as "
                        + r.scanSubject() + " / " + r.scanField());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void no_text_yields_a_figure_the_list_does_not_hold() throws IOException {
        for (String file : List.of(H100, MI300X, TPU, ANAND)) {
            long listed = ROWS.stream().filter(r -> r.file().equals(file) && r.outcome() != Outcome.MISSED).count();
            assertThat(scan(file)).as(file).hasSize((int) listed);
        }
        // the seed also holds its not-hardware figures (3000 人, 30倍, 77%, 76%, 15種, 126間, 1000種)
        assertThat(scan(SEED).stream().filter(i -> i.claim() == null)).hasSize(7);
    }

    @Test
    void drafted_checks_give_the_verdicts_a_reader_would() throws IOException {
        List<ScanChecker.Item> h100 = scan(H100);
        // 4,000 FP8 teraflops: the dense peak is 1,978.9, the sparse 3,957.8 (1.06% from 4,000): true only if sparse
        assertThat(find(h100, "4,000 theoretical teraflops").finding().verdict()).isEqualTo(hwcalc.claims.Verdict.MISLEADING);
        // 3 TB/s against the shipping 3.35 TB/s: (3 - 3.35) / 3.35 = -10.4%, beyond 2%
        assertThat(find(h100, "3TB/s").finding().verdict()).isEqualTo(hwcalc.claims.Verdict.OFF);
        // "standard" FP64 is the vector figure, 33.5 TFLOPS; the preliminary 30 is off
        assertThat(find(h100, "30 teraflops").finding().plain().expression()).isEqualTo("h100-sxm5.fp64.vector");
        List<ScanChecker.Item> tpu = scan(TPU);
        assertThat(find(tpu, "197 TFLOPS").finding().verdict()).isEqualTo(hwcalc.claims.Verdict.HOLDS);
        assertThat(find(tpu, "819 GB/s").finding().verdict()).isEqualTo(hwcalc.claims.Verdict.HOLDS);
        // an inference-workload ratio is no ratio of peaks: unverifiable, not off
        assertThat(find(scan(MI300X), "1.6X").finding().verdict()).isEqualTo(hwcalc.claims.Verdict.UNVERIFIABLE);
    }

    @Test
    void recall_and_precision_as_docs_scan_md_reports_them() {
        long all = ROWS.size();
        long found = ROWS.stream().filter(r -> r.outcome() != Outcome.MISSED).count();
        long right = ROWS.stream().filter(r -> r.outcome() == Outcome.RIGHT).count();
        // 48 figures; 5 missed, so recall 43 / 48 = 89.6%; 5 attached wrongly, so precision 38 / 43 = 88.4%
        assertThat(all).isEqualTo(48);
        assertThat(found).isEqualTo(43);
        assertThat(right).isEqualTo(38);
    }
}
