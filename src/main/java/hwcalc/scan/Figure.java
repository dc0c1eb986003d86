package hwcalc.scan;

import java.math.BigDecimal;

/**
 * A number with a unit as printed in a text: its kind, the exact value in {@code unit} (a range
 * has {@code upper}), how the words bound it, the counted noun for a count ("servers", "GPU"),
 * and where it sits ({@code start}..{@code end} in the text, and {@code at}).
 */
public record Figure(Kind kind, String text, BigDecimal value, BigDecimal upper, String unit, Qualifier qualifier,
                     String counted, int start, int end, Position at) {

    public boolean isRange() {
        return upper != null;
    }
}
