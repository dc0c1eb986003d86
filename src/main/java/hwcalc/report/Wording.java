package hwcalc.report;

import hwcalc.claims.MissingFigure;
import hwcalc.metrics.Caveat;
import hwcalc.metrics.Comparison;
import hwcalc.metrics.Unavailable;

/**
 * The words for the core's typed facts: every caveat, every reason a figure is unavailable. The
 * core decides with types; only this side knows sentences, so a test can swap in other wording
 * and show that no verdict, ranking or exit code changes.
 */
public interface Wording {

    String caveat(Caveat c);

    String unavailable(Unavailable u);

    String likeForLike(Comparison.LikeForLike l);

    default String missing(MissingFigure m) {
        if (m.reason() == null) {
            return m.message();
        }
        return m.sheetId() + ": " + unavailable(m.reason());
    }

    static Wording of(QuoteLocale locale) {
        return locale == QuoteLocale.ZH_TW ? ChineseWording.INSTANCE : EnglishWording.INSTANCE;
    }

    static Wording english() {
        return EnglishWording.INSTANCE;
    }
}
