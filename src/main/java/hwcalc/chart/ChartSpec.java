package hwcalc.chart;

import java.util.List;

/**
 * Everything a scatter chart shows, decided before drawing: titles, axis labels and scales, the
 * points (with a label or none), an optional fitted line, and footer lines (attribution, counts).
 */
public record ChartSpec(String title, List<String> subtitles, String xLabel, String yLabel, List<String> footer,
                        List<Point> points, List<Point> line, Scale xScale, Scale yScale, boolean xIsYear) {

    public enum Scale { LINEAR, LOG }

    /** One point; {@code label} is null for an unlabelled point. */
    public record Point(double x, double y, String label) {
    }

    public ChartSpec {
        subtitles = List.copyOf(subtitles);
        footer = List.copyOf(footer);
        points = List.copyOf(points);
        line = List.copyOf(line);
    }
}
