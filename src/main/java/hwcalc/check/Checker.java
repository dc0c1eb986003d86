package hwcalc.check;

import hwcalc.spec.Severity;
import hwcalc.metrics.Peaks;
import hwcalc.spec.RuleId;
import hwcalc.spec.Severity;
import hwcalc.spec.Catalogue;
import hwcalc.spec.SpecException;
import hwcalc.spec.SpecLoader.SpecFile;
import hwcalc.spec.SpecReader;
import hwcalc.spec.SpecSheet;
import hwcalc.spec.YamlNode;
import hwcalc.spec.YamlTreeReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs every rule over a set of spec files and collects all findings in one pass. A file that
 * cannot be read is a finding, not a stop: the other files are still checked, and sheets that
 * name a broken file as a part are not blamed for it.
 */
public final class Checker {

    private static final List<SheetCheck> CHECKS = List.of(new PlausibilityCheck(), new ByteUnitCheck(),
            new SparsityCheck(), new TensorRatioCheck(), new VectorSlotCheck(), new PartsCheck(),
            new FirstPrinciplesCheck(), new DateCheck(), new SourceTierCheck(), new AccumulateCheck(), new PriceCheck());

    private final LocalDate today;

    public Checker(LocalDate today) {
        this.today = today;
    }

    /**
     * Checks the {@code checked} files. The {@code context} files (the bundled sheets) are there
     * to resolve parts; a checked file with a context file's name replaces it.
     */
    public CheckReport check(List<SpecFile> context, List<SpecFile> checked) {
        List<CheckFinding> out = new ArrayList<>();
        Set<String> mineIds = checked.stream().map(Checker::fileId).collect(Collectors.toSet());
        List<CheckedSheet> base = new ArrayList<>();
        List<CheckedSheet> mine = new ArrayList<>();
        Set<String> broken = new HashSet<>();
        load(context.stream().filter(f -> !mineIds.contains(fileId(f))).toList(), base, broken, out);
        load(checked, mine, broken, out);
        Catalogue catalogue = TolerantCatalogue.build(sheets(base), sheets(mine), broken, out);
        Peaks peaks = new Peaks(catalogue);
        for (CheckedSheet cs : mine) {
            String id = cs.sheet().id();
            boolean inCatalogue = catalogue.contains(id) && catalogue.resolve(id) == cs.sheet();
            CheckContext ctx = new CheckContext(today, inCatalogue ? peaks : null);
            List<CheckFinding> found = new ArrayList<>();
            for (SheetCheck c : CHECKS) {
                c.check(cs, ctx, found);
            }
            Set<RuleId> reviewed = cs.sheet().reviewedRules();
            for (CheckFinding fd : found) {
                if (fd.rule().severity() != Severity.ERROR && reviewed.contains(fd.rule())) {
                    continue; // a person looked at this warning and wrote down why it stands
                }
                out.add(fd);
            }
        }
        return new CheckReport(checked.size(), out);
    }

    /** A file read: its sheet, or the problems that kept it from being one. */
    private record Loaded(SpecFile file, CheckedSheet sheet, List<SpecException.Problem> problems) {
    }

    // files are read in parallel (a few thousand sheets take seconds on one core), results kept in order
    private static void load(List<SpecFile> files, List<CheckedSheet> into, Set<String> broken, List<CheckFinding> out) {
        for (Loaded l : files.parallelStream().map(Checker::read).toList()) {
            if (l.sheet() != null) {
                into.add(l.sheet());
            } else {
                broken.add(fileId(l.file()));
                l.problems().forEach(p -> out.add(finding(p)));
            }
        }
    }

    private static Loaded read(SpecFile f) {
        try {
            YamlNode root = YamlTreeReader.read(f.bytes(), f.displayName());
            return new Loaded(f, new CheckedSheet(SpecReader.read(root, fileId(f)), root), List.of());
        } catch (SpecException e) {
            return new Loaded(f, null, e.problems());
        }
    }

    static CheckFinding finding(SpecException.Problem p) {
        // a problem the reader did not classify is still an error, under the fallback rule
        return new CheckFinding(p.location(), p.rule() == null ? RuleId.SCHEMA_INVALID : p.rule(), p.message());
    }

    private static List<SpecSheet> sheets(List<CheckedSheet> in) {
        return in.stream().map(CheckedSheet::sheet).toList();
    }

    /** The id a file must hold: its name without .yaml, as SpecLoader reads it. */
    static String fileId(SpecFile f) {
        String name = f.displayName().substring(f.displayName().lastIndexOf('/') + 1);
        return name.replaceFirst("\\.ya?ml$", "");
    }
}
