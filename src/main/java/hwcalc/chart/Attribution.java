package hwcalc.chart;

import hwcalc.spec.Source;
import hwcalc.spec.SpecSheet;
import java.util.Collection;
import java.util.Locale;

/** The data credit for a chart's footer: hwcalc's sheets, Epoch AI's data (CC BY 4.0), or both. */
public final class Attribution {

    private Attribution() {
    }

    public static String of(Collection<SpecSheet> sheets) {
        long epoch = sheets.stream().filter(Attribution::citesEpoch).count();
        if (epoch == 0) {
            return "Data: hwcalc spec sheets; sources per sheet";
        }
        if (epoch == sheets.size()) {
            return "Data: Epoch AI, CC BY 4.0 (imported with hwcalc import epoch); sources per sheet";
        }
        return "Data: hwcalc spec sheets and Epoch AI, CC BY 4.0; sources per sheet";
    }

    /** Whether a sheet cites Epoch AI (as every sheet written by hwcalc import epoch does). */
    static final String EPOCH = "Epoch AI";

    public static boolean citesEpoch(SpecSheet sheet) {
        for (Source s : sheet.sources().values()) {
            if (EPOCH.equalsIgnoreCase(s.publisher())) { // the publisher field, as the importer writes it
                return true;
            }
        }
        return false;
    }
}
