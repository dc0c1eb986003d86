package hwcalc.claims;

import hwcalc.metrics.Metric;
import hwcalc.metrics.Unavailable;

/** A quote asked for a metric a sheet cannot give; a user-input error (exit 2), worded by the render side. */
public final class UnavailableQuoteException extends hwcalc.units.InputException {
    private final transient Metric metric;
    private final String sheetId;
    private final transient Unavailable reason;

    public UnavailableQuoteException(Metric metric, String sheetId, Unavailable reason) {
        super("no " + metric.key() + " for " + sheetId + " (" + reason.reason() + ")");
        this.metric = metric;
        this.sheetId = sheetId;
        this.reason = reason;
    }

    public Metric metric() {
        return metric;
    }

    public String sheetId() {
        return sheetId;
    }

    public Unavailable reason() {
        return reason;
    }
}
