package hwcalc.chart;

import hwcalc.report.SafeText;
import java.util.List;

/**
 * Everything a scatter chart shows, decided before drawing: titles, axis labels and scales, the
 * points (with a label or none), an optional fitted line, and footer lines (attribution, counts).
 */
public record ChartSpec(String title, List<String> subtitles, String xLabel, String yLabel, List<String> footer,
                        List<Point> points, List<Point> line, Scale xScale, Scale yScale, boolean xIsYear) {

    public enum Scale { LINEAR, LOG }

    /**
     * One point; {@code label} is null for an unlabelled point. {@code series} groups points drawn
     * in one colour with a key (a price history: one series per sheet); null for the one series.
     */
    public record Point(double x, double y, String label, String series) {
        public Point {
            label = SafeText.xml(label); // names come from sheets and CSVs: no control characters in the SVG
            series = SafeText.xml(series);
        }

        public Point(double x, double y, String label) {
            this(x, y, label, null);
        }
    }

    /** Every text a chart shows passes {@link SafeText#xml}, so the SVG is well-formed whatever the names hold. */
    public ChartSpec {
        title = SafeText.xml(title);
        xLabel = SafeText.xml(xLabel);
        yLabel = SafeText.xml(yLabel);
        subtitles = subtitles.stream().map(SafeText::xml).toList();
        footer = footer.stream().map(SafeText::xml).toList();
        points = List.copyOf(points);
        line = List.copyOf(line);
    }
}
