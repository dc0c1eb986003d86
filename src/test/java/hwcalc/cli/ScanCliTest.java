package hwcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `hwcalc scan` end to end: the seed article, drafts that verify reads as they are, --fail-on, HTML, JSON. */
class ScanCliTest {

    static final String SEED = "src/test/resources/scan/seed-article-zh-TW.txt";

    @TempDir
    Path tmp;

    @Test
    void the_seed_article_scans_in_chinese_with_every_verdict() {
        Cli c = Cli.run("scan", SEED);
        assertThat(c.code()).isEqualTo(0);
        assertThat(c.out()).contains("seed-article-zh-TW.txt:24:16  170 TFLOPS  holds", "317.5 公斤  off",
                "250 台傳統伺服器  misleading", "56 倍  unverifiable", "非硬體數字（未查核）：7");
        // 13 checked: 5 holds, 2 off, 2 misleading, 4 unverifiable (the bundled claims' verdicts plus 一兆, 85%, 20 億)
        assertThat(c.out()).contains("13 個數字已查核：5 holds, 2 off, 2 misleading, 4 unverifiable; 0 個無法對應；7 個非硬體。");
    }

    @Test
    void english_output_on_request() {
        Cli c = Cli.run("scan", SEED, "--locale", "en");
        assertThat(c.out()).contains("13 figures checked: 5 holds, 2 off, 2 misleading, 4 unverifiable; 0 unmatched; 7 not hardware.");
    }

    @Test
    void drafted_claims_verify_with_no_edits_and_are_never_overwritten_without_force() throws Exception {
        Path draft = tmp.resolve("draft.yaml");
        Cli s = Cli.run("scan", SEED, "--write-claims", draft.toString());
        assertThat(s.code()).isEqualTo(0);
        assertThat(s.err()).contains("wrote 13 drafted claims");
        Cli v = Cli.run("verify", draft.toString());
        assertThat(v.code()).as(v.err()).isEqualTo(0);
        // every drafted claim gets a verdict, the same as scan printed
        assertThat(v.out()).contains("13 claims: 5 holds, 2 off, 2 misleading, 4 unverifiable; all as expected.");
        assertThat(v.out()).contains("dgx-weighs-317-5-kg", "nvidia-dgx-1-money-2000000000-usd");
        Cli again = Cli.run("scan", SEED, "--write-claims", draft.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("exists; add --force");
        assertThat(Cli.run("scan", SEED, "--write-claims", draft.toString(), "--force").code()).isEqualTo(0);
    }

    @Test
    void fail_on_exits_one_when_a_figure_gets_that_verdict() {
        assertThat(Cli.run("scan", SEED, "--fail-on", "off,misleading").code()).isEqualTo(1);
        assertThat(Cli.run("scan", "src/test/resources/scan/madebyagents-tpu-v5e.txt", "--fail-on", "off,misleading").code()).isEqualTo(0);
        assertThat(Cli.run("scan", SEED, "--fail-on", "wrong").code()).isEqualTo(2);
    }

    @Test
    void html_is_read_through_jsoup_and_json_keeps_exact_values() throws Exception {
        Path page = tmp.resolve("page.html");
        Files.writeString(page, "<html><head><script>var x = '999 TFLOPS';</script></head><body><nav>800 GB</nav>"
                + "<h1>NVIDIA DGX-1</h1><p>The <b>DGX-1</b> delivers 170 TFLOPS of FP16 &amp; costs $129,000.</p></body></html>",
                StandardCharsets.UTF_8);
        Cli c = Cli.run("scan", page.toString(), "--format", "json");
        assertThat(c.code()).isEqualTo(0);
        JsonNode figs = new ObjectMapper().readTree(c.out()).get("files").get(0).get("figures");
        // script and nav text are dropped: two figures, on line 3 (the heading is line 1, a blank line between);
        // "The DGX-1 delivers 170 TFLOPS of FP16 & costs " is 46 characters, so $ is column 47
        assertThat(figs).hasSize(2);
        assertThat(figs.get(0).get("text").asText()).isEqualTo("170 TFLOPS");
        assertThat(figs.get(0).get("subject").get("sheet").asText()).isEqualTo("nvidia-dgx-1");
        assertThat(figs.get(0).get("field").asText()).isEqualTo("peak-fp16");
        assertThat(figs.get(0).get("finding").get("verdict").asText()).isEqualTo("holds");
        assertThat(figs.get(1).get("value").asText()).isEqualTo("129000");
        assertThat(figs.get(1).get("field").asText()).isEqualTo("price");
        assertThat(figs.get(1).get("at").asText()).endsWith("page.html:3:47");
    }

    @Test
    void write_claims_takes_one_file() {
        Cli c = Cli.run("scan", SEED, SEED, "--write-claims", tmp.resolve("d.yaml").toString());
        assertThat(c.code()).isEqualTo(2);
        assertThat(c.err()).contains("give one FILE");
    }
}
