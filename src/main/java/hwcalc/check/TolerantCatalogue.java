package hwcalc.check;

import hwcalc.spec.Catalogue;
import hwcalc.spec.Part;
import hwcalc.spec.SpecException;
import hwcalc.spec.RuleId;
import hwcalc.spec.SpecSheet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds a catalogue from sheets that may not fit together. Catalogue.of refuses any problem;
 * here each problem becomes a finding, the sheets it names are set aside, and the rest is built
 * again, so rules that need parts still run on every sheet that is sound.
 */
final class TolerantCatalogue {
    private TolerantCatalogue() {
    }

    /**
     * @param broken ids of files that could not be read: a part naming one is not reported again
     *               as unknown (the file's own findings say what is wrong)
     */
    static Catalogue build(List<SpecSheet> base, List<SpecSheet> mine, Set<String> broken, List<CheckFinding> out) {
        List<SpecSheet> b = new ArrayList<>(base);
        List<SpecSheet> m = new ArrayList<>(mine);
        Set<String> setAside = new HashSet<>(broken);
        while (true) {
            try {
                return Catalogue.of(b, m);
            } catch (SpecException e) {
                Set<String> files = new HashSet<>();
                for (SpecException.Problem p : e.problems()) {
                    files.add(p.location().file());
                    if (!namesSetAside(p, b, m, setAside)) {
                        out.add(Checker.finding(p));
                    }
                }
                int before = b.size() + m.size();
                for (List<SpecSheet> list : List.of(b, m)) {
                    for (SpecSheet s : List.copyOf(list)) {
                        if (files.contains(s.file())) {
                            list.remove(s);
                            setAside.add(s.id());
                            setAside.addAll(s.aliases());
                        }
                    }
                }
                if (b.size() + m.size() == before) {
                    return Catalogue.of(List.of()); // no sheet to set aside: give up on parts
                }
            }
        }
    }

    /** An unknown-part problem whose part is a sheet set aside: a consequence, not news. */
    private static boolean namesSetAside(SpecException.Problem p, List<SpecSheet> b, List<SpecSheet> m, Set<String> setAside) {
        if (!RuleId.SCHEMA_UNKNOWN_PART.equals(p.rule())) {
            return false;
        }
        for (List<SpecSheet> list : List.of(b, m)) {
            for (SpecSheet s : list) {
                for (Part part : s.parts()) {
                    if (part.location().equals(p.location())) {
                        return setAside.contains(part.id());
                    }
                }
            }
        }
        return false;
    }
}
