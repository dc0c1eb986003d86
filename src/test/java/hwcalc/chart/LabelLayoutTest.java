package hwcalc.chart;

import static org.assertj.core.api.Assertions.assertThat;

import hwcalc.chart.LabelLayout.Anchor;
import hwcalc.chart.LabelLayout.Box;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 16: point names do not overlap; positions in pixels, y down, gap 4, marker 7, plot 600 x 400. */
class LabelLayoutTest {

    private static List<Box> place(Anchor... a) {
        return LabelLayout.place(List.of(a), 4, 7, 600, 400);
    }

    @Test
    void a_lone_name_sits_above_right_of_its_point() {
        // left = 100 + 4 = 104; top = 200 - 4/2 - 12 = 186
        assertThat(place(new Anchor(100, 200, 50, 12, false))).containsExactly(new Box(104, 186, 50, 12, true));
        // on the left: left = 500 - 4 - 50 = 446
        assertThat(place(new Anchor(500, 200, 50, 12, true))).containsExactly(new Box(446, 186, 50, 12, true));
    }

    @Test
    void a_name_that_would_leave_the_plot_goes_below() {
        // above: top = 5 - 2 - 12 = -9, outside; below: top = 5 + 2 = 7
        assertThat(place(new Anchor(100, 5, 50, 12, false))).containsExactly(new Box(104, 7, 50, 12, true));
    }

    @Test
    void a_second_name_on_the_same_spot_moves_below_then_further() {
        // before the layout both names were drawn at (104, 186): one over the other
        List<Box> b = place(new Anchor(100, 200, 50, 12, false), new Anchor(100, 200, 60, 12, false),
                new Anchor(100, 200, 40, 12, false));
        assertThat(b.get(0)).isEqualTo(new Box(104, 186, 50, 12, true));
        assertThat(b.get(1)).isEqualTo(new Box(104, 202, 60, 12, true)); // below: 200 + 2
        // the third: above and below are taken; one step up: 200 - 2 - 12 - 12 = 174
        assertThat(b.get(2)).isEqualTo(new Box(104, 174, 40, 12, true));
    }

    @Test
    void a_crowd_of_names_never_overlaps_and_never_covers_a_marker() {
        List<Anchor> crowd = new ArrayList<>();
        for (int i = 0; i < 40; i++) { // 40 points within 60 x 30 pixels
            crowd.add(new Anchor(300 + (i * 7) % 60, 200 + (i * 13) % 30, 30 + i % 5 * 10, 12, i % 2 == 0));
        }
        List<Box> boxes = LabelLayout.place(crowd, 4, 7, 600, 400);
        List<Box> shown = boxes.stream().filter(Box::shown).toList();
        assertThat(shown).hasSizeGreaterThan(10);
        for (int i = 0; i < shown.size(); i++) {
            for (int j = i + 1; j < shown.size(); j++) {
                assertThat(shown.get(i).overlaps(shown.get(j))).as(shown.get(i) + " and " + shown.get(j)).isFalse();
            }
            for (Anchor a : crowd) {
                assertThat(shown.get(i).overlaps(new Box(a.x() - 3.5, a.y() - 3.5, 7, 7, false))).isFalse();
            }
        }
    }
}
