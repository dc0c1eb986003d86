package hwcalc.check;

import hwcalc.spec.Severity;
import hwcalc.metrics.Peaks;
import hwcalc.spec.RuleId;
import hwcalc.spec.Severity;
import hwcalc.spec.Catalogue;
import hwcalc.spec.PriceFile;
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
        List<CheckedSheet> base = new ArrayList<>();
        List<CheckedSheet> mine = new ArrayList<>();
        List<PriceFile> minePrices = new ArrayList<>();
        Set<String> broken = new HashSet<>();
        load(checked, mine, minePrices, broken, out);
        // a checked sheet replaces the context sheet of its id (price files, named by the sheet they price, replace nothing)
        Set<String> mineIds = mine.stream().map(cs -> fileId(cs.sheet().file())).collect(Collectors.toSet());
        mineIds.addAll(broken);
        load(context.stream().filter(f -> !mineIds.contains(fileId(f)) && !isPriceFile(f)).toList(), base,
                new ArrayList<>(), broken, out);
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
        for (PriceFile pf : minePrices) {
            checkPriceFile(pf, catalogue, out);
        }
        return new CheckReport(checked.size(), out);
    }

    /**
     * A price file: it names a sheet by id (a bundled one, under specs/prices/, also by its file
     * name, since the bundled ones are looked up by id), and its rates pass the price rules.
     */
    private void checkPriceFile(PriceFile pf, Catalogue catalogue, List<CheckFinding> out) {
        if (pf.sheetId() != null && !catalogue.contains(pf.sheetId())) {
            out.add(new CheckFinding(pf.location(), RuleId.SCHEMA_UNKNOWN_PART, PriceFile.KEY + " '" + pf.sheetId()
                    + "' names no sheet (a price file names its sheet by id)"));
        } else if (pf.sheetId() != null && catalogue.contains(pf.sheetId()) && !catalogue.resolve(pf.sheetId()).id().equals(pf.sheetId())) {
            out.add(new CheckFinding(pf.location(), RuleId.SCHEMA_UNKNOWN_PART, PriceFile.KEY + " '" + pf.sheetId()
                    + "' is an alias; a price file names its sheet by id"));
        }
        if (pf.file().startsWith(hwcalc.spec.SpecLoader.BUNDLED_PREFIX + hwcalc.spec.SpecLoader.PRICES_FOLDER + "/")
                && pf.sheetId() != null && !fileId(pf.file()).equals(pf.sheetId())) {
            out.add(new CheckFinding(pf.location(), RuleId.SCHEMA_ID_FILE_NAME, PriceFile.KEY + " '" + pf.sheetId()
                    + "' does not match the file name: a bundled price file is named by the sheet it prices"));
        }
        List<CheckFinding> found = new ArrayList<>();
        DateCheck.futurePrices(pf.prices(), today, found);
        PriceCheck.check(pf.prices(), found);
        out.addAll(found);
    }

    /** A file read: its sheet or price file, or the problems that kept it from being one. */
    private record Loaded(SpecFile file, CheckedSheet sheet, PriceFile prices, List<SpecException.Problem> problems) {
    }

    // files are read in parallel (a few thousand sheets take seconds on one core), results kept in order
    private static void load(List<SpecFile> files, List<CheckedSheet> into, List<PriceFile> prices, Set<String> broken,
                             List<CheckFinding> out) {
        for (Loaded l : files.parallelStream().map(Checker::read).toList()) {
            if (l.sheet() != null) {
                into.add(l.sheet());
            } else if (l.prices() != null) {
                prices.add(l.prices());
            } else if (isPriceFile(l.file())) {
                l.problems().forEach(p -> out.add(finding(p))); // a broken price file breaks no sheet
            } else {
                broken.add(fileId(l.file()));
                l.problems().forEach(p -> out.add(finding(p)));
            }
        }
    }

    private static Loaded read(SpecFile f) {
        try {
            YamlNode root = YamlTreeReader.read(f.bytes(), f.displayName());
            if (SpecReader.isPriceFile(root)) {
                return new Loaded(f, null, SpecReader.readPrices(root), List.of());
            }
            return new Loaded(f, new CheckedSheet(SpecReader.read(root, fileId(f)), root), null, List.of());
        } catch (SpecException e) {
            return new Loaded(f, null, null, e.problems());
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
        return fileId(f.displayName());
    }

    static String fileId(String displayName) {
        String name = displayName.substring(displayName.lastIndexOf('/') + 1);
        return name.replaceFirst("\\.ya?ml$", "");
    }

    /** A price file by where it sits or what it starts with; read properly by {@link #read}. */
    private static boolean isPriceFile(SpecFile f) {
        String n = f.displayName();
        return n.contains("/" + hwcalc.spec.SpecLoader.PRICES_FOLDER + "/") || startsWithPricesFor(f.bytes());
    }

    private static boolean startsWithPricesFor(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.UTF_8);
        return java.util.regex.Pattern.compile("(?m)^" + PriceFile.KEY + "\\s*:").matcher(head).find();
    }
}
