package hwcalc.claims;

import hwcalc.metrics.Unavailable;

/**
 * A figure a claim needs that a sheet lacks: the metric's typed reason for a ratio claim, or the
 * calculator's message for a reference in an expression ({@code reason} then null).
 */
public record MissingFigure(String sheetId, Unavailable reason, String message) {

    static MissingFigure of(String message) {
        return new MissingFigure(null, null, message);
    }
}
