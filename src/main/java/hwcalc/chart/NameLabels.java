package hwcalc.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * All point names of a chart, laid out together when the chart is drawn (only then are pixel
 * positions and text sizes known) by {@link LabelLayout}, so that no two names overlap.
 */
final class NameLabels extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;

    /** A point's data coordinates and its name. */
    record Named(double x, double y, String name, boolean left) implements java.io.Serializable {
    }

    private final List<Named> names;
    private final Font font;
    private final double gap;
    private final double marker;

    NameLabels(List<Named> names, Font font, double gap, double marker) {
        this.names = List.copyOf(names);
        this.font = font;
        this.gap = gap;
        this.marker = marker;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis domain, ValueAxis range,
                     int rendererIndex, PlotRenderingInfo info) {
        g2.setFont(font);
        g2.setPaint(Color.DARK_GRAY);
        FontMetrics fm = g2.getFontMetrics();
        List<LabelLayout.Anchor> anchors = new ArrayList<>();
        for (Named n : names) {
            double px = domain.valueToJava2D(n.x(), area, plot.getDomainAxisEdge()) - area.getX();
            double py = range.valueToJava2D(n.y(), area, plot.getRangeAxisEdge()) - area.getY();
            anchors.add(new LabelLayout.Anchor(px, py, fm.stringWidth(n.name()), fm.getAscent() + fm.getDescent(), n.left()));
        }
        List<LabelLayout.Box> boxes = LabelLayout.place(anchors, gap, marker, area.getWidth(), area.getHeight());
        for (int i = 0; i < names.size(); i++) {
            LabelLayout.Box b = boxes.get(i);
            if (b.shown()) {
                g2.drawString(names.get(i).name(), (float) (area.getX() + b.left()), (float) (area.getY() + b.top() + fm.getAscent()));
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NameLabels n && n.names.equals(names) && n.font.equals(font) && n.gap == gap && n.marker == marker;
    }

    @Override
    public int hashCode() {
        return names.hashCode();
    }
}
