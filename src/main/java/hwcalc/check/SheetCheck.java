package hwcalc.check;

import java.util.List;

/** One or more rules applied to one sheet at a time. */
interface SheetCheck {
    void check(CheckedSheet sheet, CheckContext context, List<CheckFinding> out);
}
