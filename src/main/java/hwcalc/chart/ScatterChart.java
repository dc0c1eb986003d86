package hwcalc.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Draws a {@link ChartSpec} with JFreeChart: filled circles for points, names beside them, a line for a fit. */
public final class ScatterChart {

    /** The points' colour; tests count the SVG shapes filled with it. */
    public static final Color POINT_COLOR = new Color(31, 119, 180);
    static final Color FIT_COLOR = new Color(214, 39, 40);
    /** Series colours after the first (Tableau 10 without its red, which the fit uses); a series past them repeats. */
    static final Color[] PALETTE = {POINT_COLOR, new Color(255, 127, 14), new Color(44, 160, 44), new Color(148, 103, 189),
        new Color(140, 86, 75), new Color(227, 119, 194), new Color(127, 127, 127), new Color(188, 189, 34), new Color(23, 190, 207)};
    private static final double MARKER = 7;
    private static final double LABEL_GAP = 4;

    static {
        System.setProperty("java.awt.headless", "true"); // no display, and no Dock icon on macOS
        // draw rotated text (the y axis label) with drawString, so SVG keeps it as text, not glyph outlines
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private ScatterChart() {
    }

    public static JFreeChart build(ChartSpec spec) {
        // points by series in order of first appearance; one unnamed series is "sheets (N)"
        java.util.Map<String, XYSeries> bySeries = new java.util.LinkedHashMap<>();
        for (ChartSpec.Point p : spec.points()) {
            String key = p.series() == null ? "sheets (" + spec.points().size() + ")" : p.series();
            bySeries.computeIfAbsent(key, k -> new XYSeries(k, false, true)).add(p.x(), p.y());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        bySeries.values().forEach(data::addSeries);
        int n = bySeries.size();
        if (!spec.line().isEmpty()) {
            XYSeries fit = new XYSeries("least-squares fit", false, true);
            spec.line().forEach(p -> fit.add(p.x(), p.y()));
            data.addSeries(fit);
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        for (int i = 0; i < n; i++) {
            r.setSeriesLinesVisible(i, false);
            r.setSeriesShapesVisible(i, true);
            r.setSeriesShape(i, new Ellipse2D.Double(-MARKER / 2, -MARKER / 2, MARKER, MARKER));
            r.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        }
        r.setSeriesLinesVisible(n, true);
        r.setSeriesShapesVisible(n, false);
        r.setSeriesPaint(n, FIT_COLOR);
        r.setSeriesStroke(n, new BasicStroke(1.5f));
        r.setDrawOutlines(false); // one shape per point
        double xMax = spec.points().stream().mapToDouble(ChartSpec.Point::x).max().orElse(1);
        double yMax = Math.max(spec.points().stream().mapToDouble(ChartSpec.Point::y).max().orElse(1),
                spec.line().stream().mapToDouble(ChartSpec.Point::y).max().orElse(0));
        XYPlot plot = new XYPlot(data, axis(spec.xLabel(), spec.xScale(), spec.xIsYear(), xMax),
                axis(spec.yLabel(), spec.yScale(), false, yMax), r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(220, 220, 220));
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        addLabels(plot, spec);

        JFreeChart chart = new JFreeChart(spec.title(), new Font(Font.SANS_SERIF, Font.BOLD, 17), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 12));
        for (String s : spec.subtitles()) {
            TextTitle t = new TextTitle(s, new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            t.setPosition(RectangleEdge.TOP);
            chart.addSubtitle(t);
        }
        if (!spec.line().isEmpty() || n > 1) { // a key for the series and the line, under the basis lines
            LegendTitle key = new LegendTitle(plot);
            key.setPosition(RectangleEdge.TOP);
            key.setFrame(BlockBorder.NONE);
            key.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            chart.addSubtitle(key);
        }
        for (String s : spec.footer()) {
            TextTitle t = new TextTitle(s, new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            t.setPaint(Color.DARK_GRAY);
            t.setPosition(RectangleEdge.BOTTOM);
            t.setHorizontalAlignment(HorizontalAlignment.LEFT);
            chart.addSubtitle(t);
        }
        return chart;
    }

    private static ValueAxis axis(String label, ChartSpec.Scale scale, boolean years, double max) {
        DecimalFormat plain = new DecimalFormat(years ? "0" : "#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        NumberAxis a;
        if (scale == ChartSpec.Scale.LOG) {
            LogarithmicAxis log = new LogarithmicAxis(label) {
                private static final long serialVersionUID = 1L;

                // its own labels differ by orientation (1000 on x, 1,000 on y); one plain format for both
                @Override
                protected String makeTickLabel(double val, boolean forceFmtFlag) {
                    return plain.format(val);
                }

                @Override
                protected String makeTickLabel(double val) {
                    return plain.format(val);
                }
            };
            log.setStrictValuesFlag(false);
            log.setAutoRangeNextLogFlag(false);
            a = log;
        } else {
            a = new NumberAxis(label);
            a.setAutoRangeIncludesZero(!years);
            if (years) {
                a.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
            } else if (max > 0) {
                // JFreeChart picks the finest unit whose labels fit (a tick every 2 on 0-56); about 8 read better
                a.setTickUnit(new NumberTickUnit(niceStep(max / 8), plain), false, true);
            }
        }
        a.setNumberFormatOverride(plain); // plain numbers: 0.1, 1, 10, 1,000 (never 1E3)
        a.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        a.setUpperMargin(0.06);
        a.setLowerMargin(0.04);
        return a;
    }

    /**
     * Names beside points, laid out together so none overlaps another or a marker; near the right
     * edge a name prefers the left of its point so it stays inside. Names go in the order of the
     * points' y (the highest first), so the record-setters at the top get the nearest spots.
     */
    private static void addLabels(XYPlot plot, ChartSpec spec) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (ChartSpec.Point p : spec.points()) {
            double x = position(p.x(), spec.xScale());
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        double rightEdge = min + 0.8 * (max - min);
        List<NameLabels.Named> names = new ArrayList<>();
        for (ChartSpec.Point p : spec.points()) {
            if (p.label() != null) {
                boolean left = max > min && position(p.x(), spec.xScale()) > rightEdge;
                names.add(new NameLabels.Named(p.x(), p.y(), p.label(), left));
            }
        }
        names.sort(Comparator.comparingDouble(NameLabels.Named::y).reversed().thenComparing(NameLabels.Named::name));
        if (!names.isEmpty()) {
            plot.addAnnotation(new NameLabels(names, new Font(Font.SANS_SERIF, Font.PLAIN, 10), LABEL_GAP, MARKER), false);
        }
    }

    /** The step of 1, 2, 2.5 or 5 times a power of ten at or above {@code rough}. */
    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : new double[] {1, 2, 2.5, 5}) {
            if (m * power >= rough) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private static double position(double x, ChartSpec.Scale scale) {
        return scale == ChartSpec.Scale.LOG ? Math.log10(x) : x;
    }
}
