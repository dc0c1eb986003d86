package hwcalc.check;

import hwcalc.metrics.Peaks;
import java.time.LocalDate;

/**
 * What rules may consult besides the sheet: today's date, and the peaks of the catalogue the
 * sheet belongs to ({@code peaks} is null when the catalogue could not be built around it).
 */
public record CheckContext(LocalDate today, Peaks peaks) {
}
