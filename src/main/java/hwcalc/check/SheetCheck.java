package hwcalc.check;

import java.util.List;

/** One or more rules applied to one sheet at a time. */
interface SheetCheck {
    void check(CheckedSheet sheet, CheckContext context, List<CheckFinding> out);

    /**
     * Whether the rules consult the catalogue's peaks ({@link CheckContext#peaks}): they run once the
     * catalogue is built, and only on a sheet in it; the others run while it is built (Checker).
     */
    default boolean needsCatalogue() {
        return false;
    }
}
