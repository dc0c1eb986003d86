package hwcalc.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Places point names so that no two overlap: each name tries spots around its point, nearest
 * first (above on its preferred side, then below, then the other side, then further up and down),
 * and takes the first spot that stays inside the plot and clear of every name already placed and
 * of every point marker. A name with no free spot is left out rather than drawn over another.
 * Pixel coordinates, y down, as Java2D draws.
 */
final class LabelLayout {

    /** How many text heights a name may move up or down from its point. */
    static final int MAX_STEPS = 4;

    private LabelLayout() {
    }

    /** A point in pixels, the size of its name, and which side the name prefers. */
    record Anchor(double x, double y, double width, double height, boolean left) {
    }

    /** A name's box (left, top, width, height), or not shown. */
    record Box(double left, double top, double width, double height, boolean shown) {
        boolean overlaps(Box o) {
            return left < o.left + o.width && o.left < left + width && top < o.top + o.height && o.top < top + height;
        }
    }

    /**
     * One box per anchor, in order; earlier anchors get the nearer spots (callers pass the most
     * important names first). {@code gap} is the distance between a point and its name, {@code marker}
     * the size of a point's marker; the plot spans {@code (0, 0)} to {@code (width, height)}.
     */
    static List<Box> place(List<Anchor> anchors, double gap, double marker, double width, double height) {
        List<Box> taken = new ArrayList<>();
        for (Anchor a : anchors) {
            double r = marker / 2;
            taken.add(new Box(a.x() - r, a.y() - r, marker, marker, false)); // markers are obstacles too
        }
        List<Box> out = new ArrayList<>();
        for (Anchor a : anchors) {
            Box chosen = null;
            for (Box c : candidates(a, gap)) {
                boolean inside = c.left() >= 0 && c.top() >= 0 && c.left() + c.width() <= width && c.top() + c.height() <= height;
                if (inside && taken.stream().noneMatch(c::overlaps)) {
                    chosen = c;
                    break;
                }
            }
            if (chosen == null) {
                out.add(new Box(a.x(), a.y(), a.width(), a.height(), false));
            } else {
                taken.add(chosen);
                out.add(chosen);
            }
        }
        return out;
    }

    /** Spots nearest first: above, below, then one more text height each way per step; preferred side first. */
    static List<Box> candidates(Anchor a, double gap) {
        List<Box> c = new ArrayList<>();
        for (boolean left : new boolean[] {a.left(), !a.left()}) {
            double x = left ? a.x() - gap - a.width() : a.x() + gap;
            for (int step = 0; step <= MAX_STEPS; step++) {
                double above = a.y() - gap / 2 - a.height() - step * a.height();
                double below = a.y() + gap / 2 + step * a.height();
                c.add(new Box(x, above, a.width(), a.height(), true));
                c.add(new Box(x, below, a.width(), a.height(), true));
            }
        }
        return c;
    }
}
