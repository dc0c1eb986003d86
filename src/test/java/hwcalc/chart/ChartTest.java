package hwcalc.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hwcalc.metrics.Metric;
import hwcalc.metrics.Request;
import hwcalc.spec.Catalogue;
import hwcalc.spec.Precision;
import hwcalc.spec.Sparsity;
import hwcalc.trend.Dataset;
import hwcalc.trend.Observation;
import hwcalc.trend.Trend;
import hwcalc.trend.TrendFixtures;
import hwcalc.trend.XAxis;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartTest {
    private static final Request FP32 = Request.of(Precision.FP32, Sparsity.DENSE);
    private static final String POINT_FILL = "fill:rgb(" + ScatterChart.POINT_COLOR.getRed() + ","
            + ScatterChart.POINT_COLOR.getGreen() + "," + ScatterChart.POINT_COLOR.getBlue() + ")";

    @TempDir
    Path tmp;

    private static Dataset dataset(String fixture, Metric m, Request r, XAxis x) {
        Catalogue c = TrendFixtures.catalogue(fixture);
        return Dataset.collect(TrendFixtures.metrics(c), c.sheets(), m, r, x, null);
    }

    /** Parses without fetching the SVG 1.1 DTD the file names (no network in tests). */
    static Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    static List<String> texts(Document doc) {
        NodeList n = doc.getElementsByTagNameNS("*", "text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.getLength(); i++) {
            out.add(n.item(i).getTextContent());
        }
        return out;
    }

    /** The point markers: filled paths in the points' colour (the legend, when there is one, adds one more). */
    static int markers(Document doc) {
        NodeList n = doc.getElementsByTagNameNS("*", "path");
        int count = 0;
        for (int i = 0; i < n.getLength(); i++) {
            if (((Element) n.item(i)).getAttribute("style").contains(POINT_FILL)) {
                count++;
            }
        }
        return count;
    }

    @Test
    void the_svg_is_xml_with_a_marker_and_a_name_per_point_and_states_its_basis_and_source() throws Exception {
        Dataset d = dataset("gpus", Metric.FLOPS_PER_USD, FP32.withAdjustTo(2024), XAxis.RELEASE);
        byte[] svg = ChartWriter.svg(ScatterChart.build(Charts.scatter(d, null, Labels.AUTO, 3, "hwcalc plot")));
        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        List<String> texts = texts(doc);
        assertThat(texts).contains("FLOP/s per dollar by release date",
                "FP32 dense vector · mixed price kinds: 10 list, 1 street · prices per board · 2024 US dollars (CPI-U)",
                "FLOP/s per dollar (GFLOPS/USD)",
                "Release date (available, else announced)",
                "Data: hwcalc spec sheets from example.org; sources per sheet · made with hwcalc plot",
                "11 sheets; 3 skipped (below)", "skipped, no release date: acme-box", "skipped, no price on the sheet: acme-d1",
                "skipped, no FP32 dense figure: acme-t1");
        for (Observation o : d.points()) {
            assertThat(texts).contains(o.sheet().name());
        }
        assertThat(markers(doc)).isEqualTo(11);
        assertThat(new String(svg, StandardCharsets.UTF_8)).contains(",sans-serif;");
    }

    @Test
    void a_trend_chart_has_the_fit_and_a_log_scale() throws Exception {
        Dataset d = dataset("gpus", Metric.FLOPS_PER_USD, FP32, XAxis.RELEASE);
        Trend t = Trend.of(d);
        ChartSpec spec = Charts.scatter(d, t, Labels.NONE, 3, "hwcalc trend");
        assertThat(spec.yScale()).isEqualTo(ChartSpec.Scale.LOG);
        assertThat(spec.line()).hasSizeGreaterThan(2);
        assertThat(spec.line().get(0).x()).isEqualTo(t.fit().firstT());
        Document doc = parse(ChartWriter.svg(ScatterChart.build(spec)));
        List<String> texts = texts(doc);
        assertThat(texts).contains("FLOP/s per dollar (GFLOPS/USD, log scale)", "least-squares fit")
                .anyMatch(s -> s.startsWith("Fit (least squares on ln y): x1.") && s.contains(hwcalc.report.TrendWords.doubling(t, 3)) && s.contains("n = 11"))
                .doesNotContain("Acme G100");
        assertThat(markers(doc)).isEqualTo(11 + 1); // and the legend's
    }

    @Test
    void a_png_renders_headless() throws Exception {
        Dataset d = dataset("gpus", Metric.PEAK, FP32, XAxis.RELEASE);
        byte[] png = ChartWriter.png(ScatterChart.build(Charts.scatter(d, null, Labels.AUTO, 3, "hwcalc plot")));
        assertThat(png.length).isGreaterThan(0);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(img.getWidth()).isEqualTo(ChartWriter.WIDTH);
        assertThat(img.getHeight()).isEqualTo(ChartWriter.HEIGHT);
        boolean pointColour = false;
        for (int x = 0; x < img.getWidth() && !pointColour; x++) {
            for (int y = 0; y < img.getHeight() && !pointColour; y++) {
                pointColour = (img.getRGB(x, y) & 0xFFFFFF) == (ScatterChart.POINT_COLOR.getRGB() & 0xFFFFFF);
            }
        }
        assertThat(pointColour).as("a point marker is drawn").isTrue();
        assertThat(java.awt.GraphicsEnvironment.isHeadless()).isTrue();
    }

    @Test
    void the_footer_credits_what_was_drawn() {
        // imported sheets: Epoch's dataset; curated sheets: the publishers of the drawn figures (here hosts: no publisher)
        Dataset epoch = dataset("epoch", Metric.FLOPS_PER_USD, FP32, XAxis.RELEASE);
        assertThat(Charts.scatter(epoch, null, Labels.AUTO, 3, "hwcalc plot").footer().get(0))
                .isEqualTo("Data: Epoch AI chip dataset, CC BY 4.0 (imported with hwcalc import epoch); sources per sheet"
                        + " · made with hwcalc plot");
        Dataset gpus = dataset("gpus", Metric.FLOPS_PER_USD, FP32, XAxis.RELEASE);
        // 11 sheets, each with one source on example.org
        assertThat(Attribution.of(gpus.points(), XAxis.RELEASE)).isEqualTo("Data: hwcalc spec sheets from example.org; sources per sheet");
        List<Observation> both = new ArrayList<>(gpus.points());
        both.addAll(epoch.points());
        assertThat(Attribution.of(both, XAxis.RELEASE)).isEqualTo("Data: Epoch AI chip dataset, CC BY 4.0 (imported with"
                + " hwcalc import epoch); hwcalc spec sheets from example.org; sources per sheet");
    }

    @Test
    void a_curated_sheet_credits_epoch_only_when_an_epoch_figure_is_drawn() {
        // issue 16: every bundled sheet cites Epoch somewhere, and every chart of them said "Data: Epoch AI ... imported"
        hwcalc.spec.SpecSheet s = hwcalc.spec.SpecReader.read(hwcalc.spec.YamlTreeReader.read(String.join("\n",
                "id: chip-e", "name: Chip E", "vendor: Acme", "kind: accelerator",
                "dates: {announced: 2020-05, source: ep}",
                "sources:",
                "  v: {url: https://acme.example/chip-e, publisher: Acme, seen: 2026-11-28}",
                "  ep: {url: https://github.com/epoch-research/training-cost-trends/blob/main/x.csv, publisher: Epoch AI, seen: 2026-11-28}",
                "throughput:", "  - {precision: fp32, value: 10 TFLOPS, sparsity: dense, core: vector, source: v}",
                "prices:", "  - {amount: 1000 USD, kind: list, date: 2020-05, scope: board, source: ep}", "").getBytes(
                StandardCharsets.UTF_8), "chip-e.yaml"), "chip-e");
        hwcalc.metrics.MetricValue peak = new hwcalc.metrics.MetricValue(Metric.PEAK, s, hwcalc.units.Quantity.parse("10 TFLOPS"),
                "", List.of(), List.of("https://acme.example/chip-e"), null, null, null, null);
        // on a power axis only the peak's source was drawn: Acme
        assertThat(Attribution.of(List.of(new Observation(s, 300, 10, peak)), XAxis.POWER))
                .isEqualTo("Data: hwcalc spec sheets from Acme; sources per sheet");
        // on a release axis the date comes from Epoch too: credited, with its licence
        assertThat(Attribution.of(List.of(new Observation(s, 2020.4, 10, peak)), XAxis.RELEASE))
                .isEqualTo("Data: hwcalc spec sheets from Acme, Epoch AI (CC BY 4.0); sources per sheet");
        assertThat(Attribution.imported(s)).isFalse();
    }

    @Test
    void log_scale_only_beyond_two_decades() {
        assertThat(Charts.spansDecades(List.of(1.0, 99.0))).isFalse();
        assertThat(Charts.spansDecades(List.of(1.0, 101.0))).isTrue();
        assertThat(Charts.spansDecades(List.of(0.0, 1e6))).isFalse(); // zero has no logarithm
        Dataset peak = dataset("gpus", Metric.PEAK, FP32, XAxis.RELEASE); // 0.62 to 82.6 TFLOPS
        assertThat(Charts.scatter(peak, null, Labels.AUTO, 3, "x").yScale()).isEqualTo(ChartSpec.Scale.LOG);
        Dataset price = dataset("gpus", Metric.PRICE, FP32, XAxis.RELEASE); // $499 to $1,599
        assertThat(Charts.scatter(price, null, Labels.AUTO, 3, "x").yScale()).isEqualTo(ChartSpec.Scale.LINEAR);
    }

    @Test
    void linear_axes_tick_at_1_2_2_5_or_5_times_a_power_of_ten() {
        assertThat(ScatterChart.niceStep(6.7)).isEqualTo(10);
        assertThat(ScatterChart.niceStep(1.6)).isEqualTo(2);
        assertThat(ScatterChart.niceStep(0.22)).isCloseTo(0.25, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(ScatterChart.niceStep(45)).isEqualTo(50);
        assertThat(ScatterChart.niceStep(100)).isEqualTo(100);
    }

    @Test
    void many_points_name_only_the_record_setters() {
        Dataset d = dataset("gpus", Metric.PEAK, FP32, XAxis.RELEASE);
        List<Observation> many = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            many.addAll(d.points()); // 36 points, over the auto limit
        }
        assertThat(Charts.labelled(many, Labels.AUTO, true))
                .containsExactlyInAnyOrder("acme-g100", "acme-g200", "acme-g300", "bolt-r9", "acme-g500", "bolt-v64",
                        "acme-g700", "acme-g800"); // not acme-g400 (below bolt-r9), acme-g600 (13.4, under 1.25 x 12.7), bolt-x7, acme-d1
        assertThat(Charts.labelled(d.points(), Labels.AUTO, true)).hasSize(d.points().size());
        assertThat(Charts.labelled(d.points(), Labels.NONE, true)).isEmpty();
        assertThat(Charts.labelled(many, Labels.ALL, true)).hasSize(d.points().size());
    }

    @Test
    void nothing_to_plot_says_why() {
        Dataset d = dataset("gpus", Metric.PEAK, Request.of(Precision.FP8, Sparsity.DENSE), XAxis.RELEASE);
        assertThatThrownBy(() -> Charts.scatter(d, null, Labels.AUTO, 3, "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("nothing to plot: no sheet has peak at FP8 dense (");
    }

    @Test
    void the_file_is_replaced_whole_and_no_temporary_file_is_left() throws Exception {
        Dataset d = dataset("gpus", Metric.PEAK, FP32, XAxis.RELEASE);
        var chart = ScatterChart.build(Charts.scatter(d, null, Labels.AUTO, 3, "x"));
        Path svg = tmp.resolve("chart.svg");
        Files.writeString(svg, "old");
        ChartWriter.write(chart, svg, hwcalc.io.AtomicFiles.Existing.REPLACE); // replaced only when asked (--force)
        assertThat(parse(Files.readAllBytes(svg)).getDocumentElement().getLocalName()).isEqualTo("svg");
        Path png = tmp.resolve("chart.PNG");
        ChartWriter.write(chart, png);
        assertThat(ImageIO.read(png.toFile())).isNotNull();
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("chart.svg", "chart.PNG");
        }
    }

    @Test
    void bad_targets_are_refused_before_anything_is_written() throws IOException {
        Dataset d = dataset("gpus", Metric.PEAK, FP32, XAxis.RELEASE);
        var chart = ScatterChart.build(Charts.scatter(d, null, Labels.AUTO, 3, "x"));
        assertThatThrownBy(() -> ChartWriter.write(chart, tmp.resolve("chart.pdf")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must end in .svg or .png");
        assertThatThrownBy(() -> ChartWriter.write(chart, tmp.resolve("missing/chart.svg"))).isInstanceOf(NoSuchFileException.class);
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files).isEmpty();
        }
    }
}
