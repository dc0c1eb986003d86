package hwcalc.report;

import hwcalc.claims.UnavailableQuoteException;
import hwcalc.trend.TrendException;

/** The message a user reads for a typed error whose facts the core carries without words. */
public final class ErrorWords {

    private ErrorWords() {
    }

    public static String of(Throwable t) {
        if (t instanceof TrendException te) {
            return TrendWords.problem(te);
        }
        if (t instanceof UnavailableQuoteException u) {
            return "no " + u.metric().key() + " for " + u.sheetId() + ": " + Wording.english().unavailable(u.reason());
        }
        return t.getMessage();
    }
}
