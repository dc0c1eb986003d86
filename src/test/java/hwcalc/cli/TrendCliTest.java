package hwcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hwcalc.trend.TrendFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plot and trend through the command line: output, files and exit codes. */
class TrendCliTest {
    private static final String GPUS = TrendFixtures.dir("gpus").toString();

    @TempDir
    Path tmp;

    private static Cli run(String... args) {
        String[] all = new String[args.length + 3];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--no-bundled";
        all[args.length + 1] = "--specs";
        all[args.length + 2] = GPUS;
        return Cli.run(all);
    }

    @Test
    void trend_prints_growth_doubling_time_interval_n_and_r2() {
        Cli r = run("trend", "--y", "flops-per-usd", "--adjust-to", "2024");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("flops-per-usd (GFLOPS/USD) against the release date")
                .contains("FP32 dense vector; mixed price kinds: 10 list, 1 street; prices per board; 2024 US dollars (CPI-U)")
                .containsPattern("growth per year +x1\\.\\d+ \\(95% CI x1\\.\\d+ to x1\\.\\d+\\)")
                .containsPattern("doubling time +\\d\\.\\d+ years \\(95% CI \\d\\.\\d+ to \\d\\.\\d+\\)")
                .contains("11 sheets released 2008.5 to 2022.8")
                .containsPattern("R² +0\\.\\d+")
                .contains("skipped          3 sheets: no release date: acme-box, no price on the sheet: acme-d1, no FP32 dense figure: acme-t1");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void trend_json_carries_the_fit_and_the_points() throws Exception {
        Cli r = run("trend", "--y", "peak", "--format", "json", "--since", "2012");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("direction").asText()).isEqualTo("doubling");
        assertThat(j.get("n").asInt()).isEqualTo(j.get("points").size()).isEqualTo(10);
        assertThat(j.get("beforeSince").asInt()).isEqualTo(2);
        double time = j.get("timeYears").asDouble();
        assertThat(time).isBetween(j.get("timeCi").get(0).asDouble(), j.get("timeCi").get(1).asDouble());
        assertThat(j.get("points").get(0).get("unit").asText()).isEqualTo("TFLOPS");
    }

    @Test
    void trend_with_too_few_points_exits_2_with_one_line_naming_the_problem() {
        Cli r = run("trend", "--y", "flops-per-usd", "--ids", "acme-g100,acme-g200,acme-d1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("hwcalc: error: a trend needs at least 3 points; 2 sheets have a release date and "
                + "flops-per-usd at FP32 dense (1 sheet skipped: no price on the sheet: acme-d1)" + System.lineSeparator());
        assertThat(r.out()).isEmpty();
    }

    @Test
    void trend_plot_writes_the_chart_with_the_fit() throws Exception {
        Path svg = tmp.resolve("trend.svg");
        Cli r = run("trend", "--y", "flops-per-usd", "--plot", svg.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote " + svg);
        var f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        assertThat(f.newDocumentBuilder().parse(svg.toFile()).getDocumentElement().getTextContent())
                .contains("least-squares fit").contains("Acme G800");
    }

    @Test
    void plot_writes_svg_and_png() throws Exception {
        Path png = tmp.resolve("peak.png");
        Cli r = run("plot", "--y", "peak", "--x", "power", "--out", png.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("wrote " + png + " (12 points; 2 sheets skipped:");
        assertThat(ImageIO.read(png.toFile()).getWidth()).isPositive();
        Path svg = tmp.resolve("price.svg");
        assertThat(run("plot", "--y", "flops-per-usd", "--kind", "accelerator", "--out", svg.toString()).code()).isZero();
        assertThat(Files.readString(svg)).contains("<svg").contains("Bolt X7");
    }

    @Test
    void plot_refuses_bad_input_with_exit_2_and_no_stack_trace() {
        Cli ext = run("plot", "--y", "peak", "--out", tmp.resolve("chart.jpg").toString());
        assertThat(ext.code()).isEqualTo(2);
        assertThat(ext.err()).contains("must end in .svg or .png").doesNotContain("\tat ");
        Cli metric = run("plot", "--y", "speed", "--out", tmp.resolve("c.svg").toString());
        assertThat(metric.code()).isEqualTo(2);
        assertThat(metric.err()).contains("unknown metric 'speed'");
        Cli year = run("plot", "--y", "price", "--adjust-to", "2099", "--out", tmp.resolve("c.svg").toString());
        assertThat(year.code()).isEqualTo(2);
        assertThat(year.err()).contains("2099");
        Cli axis = run("plot", "--y", "peak", "--x", "weight", "--out", tmp.resolve("c.svg").toString());
        assertThat(axis.code()).isEqualTo(2);
        assertThat(axis.err()).contains("unknown x axis 'weight'");
        Cli folder = run("plot", "--y", "peak", "--out", tmp.resolve("no/such/c.svg").toString());
        assertThat(folder.code()).isEqualTo(2);
        assertThat(folder.err()).startsWith("hwcalc: error: cannot write ").contains("no such folder");
        Cli empty = run("plot", "--y", "peak", "--precision", "fp8", "--out", tmp.resolve("c.svg").toString());
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err()).contains("nothing to plot");
        assertThat(tmp.resolve("c.svg")).doesNotExist();
    }

    @Test
    void help_lists_plot_and_trend() {
        Cli r = Cli.run("--help");
        assertThat(r.out()).contains("plot").contains("trend");
        // picocli warns on System.err (not the command's writer) about a description it cannot format
        java.io.PrintStream before = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertThat(Cli.run("trend", "--help").out()).contains("95% confidence");
            assertThat(Cli.run("plot", "--help").out()).contains("--out=FILE");
        } finally {
            System.setErr(before);
        }
        assertThat(warnings.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("WARN");
    }
}
