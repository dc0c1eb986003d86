package hwcalc.check;

import hwcalc.metrics.Peaks;
import hwcalc.spec.RuleId;
import hwcalc.spec.Severity;
import hwcalc.spec.Catalogue;
import hwcalc.spec.Layers;
import hwcalc.spec.PriceFile;
import hwcalc.spec.SpecException;
import hwcalc.spec.SpecLoader.SpecFile;
import hwcalc.spec.SpecReader;
import hwcalc.spec.SpecSheet;
import hwcalc.spec.YamlNode;
import hwcalc.spec.YamlTreeReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs every rule over a set of spec files and collects all findings in one pass. A file that
 * cannot be read is a finding, not a stop: the other files are still checked, and sheets that
 * name a broken file as a part are not blamed for it. A sheet with reader problems (an unknown
 * field, a bad unit) is still held to the figure rules on what could be read, so one run shows
 * every problem of a sheet; it stays out of the catalogue, so no other sheet resolves against it.
 * {@code reviewed:} entries are checked against the findings: one naming an error, or one no
 * finding matches any more, is a finding itself.
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
    public CheckReport check(List<SpecFile> context, List<SpecFile> checkedFiles) {
        return check(context, List.of(checkedFiles), checkedFiles.size());
    }

    /**
     * Checks {@code layers} of files (one per PATH, in the order given) laid over each other as
     * loading lays {@code --specs} folders (Layers): a sheet file with the id of one in an earlier
     * layer replaces it. The replaced file is still read (loading reads it too, so a file that
     * cannot be read is reported), but it is not held to the figure rules: a notice says which
     * file replaces it. So a folder of corrections over an import checks as the two load.
     */
    public CheckReport checkLayers(List<SpecFile> context, List<List<SpecFile>> layers) {
        return check(context, layers, layers.stream().mapToInt(List::size).sum());
    }

    private CheckReport check(List<SpecFile> context, List<List<SpecFile>> layers, int fileCount) {
        List<CheckFinding> out = new ArrayList<>();
        List<CheckedSheet> allBase = new ArrayList<>();
        List<CheckFinding> baseFindings = new ArrayList<>();
        Set<String> baseBroken = new HashSet<>();
        load(readAll(context), allBase, baseBroken, baseFindings, new ArrayList<>(), null);
        List<CheckedSheet> mine = new ArrayList<>();
        Set<String> broken = new HashSet<>();
        List<CheckedSheet> partial = new ArrayList<>(); // checked sheets with reader problems
        // price files (docs/prices.md) are checked apart; named by the sheet they price, they replace no sheet
        Map<SpecFile, PriceFile> priceFiles = new LinkedHashMap<>();
        List<Loaded> kept = unshadowed(layers.stream().map(Checker::readAll).toList(), out);
        load(kept, mine, broken, out, partial, priceFiles);
        // the rules that need no catalogue run on every sheet, in parallel, while a thread of its own lays the
        // sheets over the context and builds the catalogue: that ran on one core while the other idled (issue 17)
        List<CheckedSheet> loaded = mine;
        java.util.concurrent.FutureTask<Laid> placing = new java.util.concurrent.FutureTask<>(
                () -> place(allBase, baseFindings, baseBroken, kept, loaded, broken));
        Thread placer = new Thread(placing, "hwcalc-check-catalogue");
        placer.setDaemon(true);
        placer.start();
        List<List<CheckFinding>> early = loaded.parallelStream().map(cs -> rules(cs, new CheckContext(today, null), false)).toList();
        Laid laid = joined(placing);
        out.addAll(laid.findings());
        Catalogue catalogue = laid.catalogue();
        Peaks peaks = new Peaks(catalogue);
        // then the rules that need it, on the sheets layering kept; the findings keep the sheets' order
        java.util.stream.IntStream.range(0, loaded.size()).parallel().mapToObj(i -> {
            if (laid.matched()[i]) {
                return List.<CheckFinding>of(); // set aside for the curated sheet it duplicates: not checked
            }
            CheckedSheet cs = loaded.get(i);
            String id = cs.sheet().id();
            boolean inCatalogue = catalogue.contains(id) && catalogue.resolve(id) == cs.sheet();
            List<CheckFinding> found = new ArrayList<>(early.get(i));
            if (inCatalogue) {
                found.addAll(rules(cs, new CheckContext(today, peaks), true));
            }
            return waived(cs, found, inCatalogue);
        }).toList().forEach(out::addAll);
        partial.parallelStream().map(cs -> checkSheet(cs, new CheckContext(today, null), false)).toList().forEach(out::addAll);
        for (PriceFile pf : priceFiles.values()) {
            if (pf != null) {
                checkPriceFile(pf, catalogue, out);
            }
        }
        return new CheckReport(fileCount, out);
    }

    /**
     * A price file: it names a sheet by id (a bundled one, under specs/prices/, also by its file
     * name, since the bundled ones are looked up by id), and its rates pass the price rules.
     */
    private void checkPriceFile(PriceFile pf, Catalogue catalogue, List<CheckFinding> out) {
        if (!catalogue.contains(pf.sheetId())) {
            out.add(new CheckFinding(pf.location(), RuleId.SCHEMA_UNKNOWN_PART, PriceFile.KEY + " '" + pf.sheetId()
                    + "' names no sheet (a price file names its sheet by id)"));
        } else if (!catalogue.resolve(pf.sheetId()).id().equals(pf.sheetId())) {
            out.add(new CheckFinding(pf.location(), RuleId.SCHEMA_UNKNOWN_PART, PriceFile.KEY + " '" + pf.sheetId()
                    + "' is an alias; a price file names its sheet by id"));
        }
        if (pf.file().startsWith(hwcalc.spec.SpecLoader.BUNDLED_PREFIX + hwcalc.spec.SpecLoader.PRICES_FOLDER + "/")
                && !fileId(pf.file()).equals(pf.sheetId())) {
            out.add(new CheckFinding(pf.location(), RuleId.SCHEMA_ID_FILE_NAME, PriceFile.KEY + " '" + pf.sheetId()
                    + "' does not match the file name: a bundled price file is named by the sheet it prices"));
        }
        DateCheck.futurePrices(pf.prices(), today, out);
        PriceCheck.check(pf.prices(), out);
    }


    /**
     * The figure rules on one sheet, less the warnings its {@code reviewed:} entries waive. Whether a
     * waiver is still needed is judged only on a sheet read whole and placed in the catalogue
     * (elsewhere the rules that need parts did not run, and a waiver would look unused).
     */
    private static List<CheckFinding> checkSheet(CheckedSheet cs, CheckContext ctx, boolean judgeWaivers) {
        List<CheckFinding> found = rules(cs, ctx, false);
        found.addAll(rules(cs, ctx, true));
        return waived(cs, found, judgeWaivers);
    }

    /** The findings of the rules that need the catalogue's peaks ({@code needsCatalogue}), or of all the others. */
    private static List<CheckFinding> rules(CheckedSheet cs, CheckContext ctx, boolean needsCatalogue) {
        List<CheckFinding> found = new ArrayList<>();
        for (SheetCheck c : CHECKS) {
            if (c.needsCatalogue() == needsCatalogue) {
                c.check(cs, ctx, found);
            }
        }
        return found;
    }

    /** {@code found} less the warnings the sheet's {@code reviewed:} entries waive, with the findings on those entries. */
    private static List<CheckFinding> waived(CheckedSheet cs, List<CheckFinding> found, boolean judgeWaivers) {
        List<CheckFinding> out = new ArrayList<>();
        Set<RuleId> reviewed = cs.sheet().reviewedRules();
        for (CheckFinding fd : found) {
            if (fd.rule().severity() != Severity.ERROR && reviewed.contains(fd.rule())) {
                continue; // a person looked at this warning and wrote down why it stands
            }
            out.add(fd);
        }
        Set<RuleId> seen = new HashSet<>();
        for (hwcalc.spec.Reviewed r : cs.sheet().reviewed()) {
            if (!seen.add(r.rule())) {
                continue;
            }
            if (r.rule().severity() == Severity.ERROR) {
                out.add(new CheckFinding(r.location(), RuleId.REVIEWED_ERROR, "reviewed: " + r.rule().id()
                        + " is an error, and errors cannot be waived: fix the figure (or the rule's threshold)"));
            } else if (judgeWaivers && found.stream().noneMatch(fd -> fd.rule() == r.rule())) {
                out.add(new CheckFinding(r.location(), RuleId.REVIEWED_UNUSED, "reviewed: no " + r.rule().id()
                        + " finding on this sheet any more; remove the entry (or restore the figure it was about)"));
            }
        }
        return out;
    }

    /** Which checked sheets layering set aside (by index), the catalogue of the rest and the findings of both steps. */
    private record Laid(boolean[] matched, Catalogue catalogue, List<CheckFinding> findings) {
    }

    /**
     * The checked sheets laid over the context: an imported sheet that duplicates a curated one gives
     * way to it, as when sheets are loaded (Layers), and a checked file with a context file's name
     * replaces it; then the catalogue, built around any sheet that does not fit.
     */
    private static Laid place(List<CheckedSheet> allBase, List<CheckFinding> baseFindings, Set<String> baseBroken,
                                List<Loaded> kept, List<CheckedSheet> mine, Set<String> broken) {
        List<CheckFinding> out = new ArrayList<>();
        // (in parallel, as a few thousand sheets are matched one by one)
        List<SpecSheet> curated = new ArrayList<>(sheets(allBase));
        curated.addAll(mine.parallelStream().map(CheckedSheet::sheet).filter(s -> !Layers.imported(s)).toList());
        // the context files a checked sheet file replaces: only context names are asked for, so only those are
        // collected (not a set of every checked file's id, 5,600 of an import, when the context has a hundred)
        Set<String> contextIds = new HashSet<>(baseBroken);
        allBase.forEach(cs -> contextIds.add(fileId(cs.sheet().file())));
        baseFindings.forEach(f -> contextIds.add(fileId(f.location().file())));
        Set<String> replaced = new HashSet<>();
        if (!contextIds.isEmpty()) {
            for (Loaded l : kept) {
                if (!l.isPriceFile() && contextIds.contains(l.fileId())) {
                    replaced.add(l.fileId());
                }
            }
        }
        Layers.Curated index = Layers.Curated.of(curated);
        // null for a sheet that duplicates none (Stream.toList keeps nulls, in order)
        List<Layers.Matched> matches = mine.parallelStream()
                .map(cs -> Layers.imported(cs.sheet()) ? index.match(cs.sheet()) : null).toList();
        boolean[] matched = new boolean[mine.size()];
        List<CheckedSheet> unmatched = new ArrayList<>();
        for (int i = 0; i < mine.size(); i++) {
            CheckedSheet cs = mine.get(i);
            Layers.Matched m = matches.get(i);
            if (m == null) {
                unmatched.add(cs);
            } else {
                matched[i] = true;
                replaced.remove(fileId(cs.sheet().file()));
                out.add(new CheckFinding(cs.sheet().location(), RuleId.IMPORT_MATCHED, m.message()));
            }
        }
        List<CheckedSheet> baseKept = allBase.stream().filter(cs -> !replaced.contains(fileId(cs.sheet().file()))).toList();
        baseFindings.stream().filter(f -> !replaced.contains(fileId(f.location().file()))).forEach(out::add);
        baseBroken.stream().filter(id -> !replaced.contains(id)).forEach(broken::add);
        Catalogue catalogue = TolerantCatalogue.build(sheets(baseKept), sheets(unmatched), broken, out);
        return new Laid(matched, catalogue, out);
    }

    private static Laid joined(java.util.concurrent.FutureTask<Laid> placing) {
        try {
            return placing.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the catalogue was built", e);
        }
    }

    /** A file read: its sheet (whole, partial or none) and the problems found reading it. */
    private record Loaded(SpecFile file, String fileId, CheckedSheet sheet, boolean isPriceFile, PriceFile prices,
                          List<SpecException.Problem> problems) {
    }

    // files are read in parallel (a few thousand sheets take seconds on one core), results kept in order
    // prices: where price files go (a null value for a broken one); null to pass them over (context files)
    private static void load(List<Loaded> files, List<CheckedSheet> into, Set<String> broken, List<CheckFinding> out,
                             List<CheckedSheet> partial, Map<SpecFile, PriceFile> prices) {
        for (Loaded l : files) {
            if (l.isPriceFile()) {
                if (prices != null) {
                    prices.put(l.file(), l.problems().isEmpty() ? l.prices() : null);
                    l.problems().forEach(p -> out.add(finding(p))); // a broken price file breaks no sheet
                }
            } else if (l.problems().isEmpty()) {
                into.add(l.sheet());
            } else {
                broken.add(l.fileId());
                l.problems().forEach(p -> out.add(finding(p)));
                if (l.sheet() != null) {
                    partial.add(l.sheet());
                }
            }
        }
    }

    private static List<Loaded> readAll(List<SpecFile> files) {
        return files.parallelStream().map(Checker::read).toList();
    }

    /**
     * The files of every layer, read, less the sheet files a later layer replaces (price files are
     * named by the sheet they price, so they add to each other and replace nothing). A replaced
     * file's reading problems are still findings; a readable one gets a notice naming its replacement.
     */
    private static List<Loaded> unshadowed(List<List<Loaded>> read, List<CheckFinding> out) {
        if (read.size() == 1) {
            return read.get(0); // one PATH: nothing lies over anything
        }
        Map<String, Placed> latest = new HashMap<>();
        for (int i = 0; i < read.size(); i++) {
            for (Loaded l : read.get(i)) {
                Placed earlier = l.isPriceFile() ? null : latest.get(l.fileId());
                if (!l.isPriceFile() && (earlier == null || earlier.layer() < i)) {
                    latest.put(l.fileId(), new Placed(i, l.file())); // the first of a layer: a second is a duplicate id
                }
            }
        }
        List<Loaded> kept = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            for (Loaded l : read.get(i)) {
                Placed by = l.isPriceFile() ? null : latest.get(l.fileId());
                if (by == null || by.layer() == i) {
                    kept.add(l);
                } else if (!l.problems().isEmpty()) {
                    l.problems().forEach(p -> out.add(finding(p)));
                } else {
                    out.add(new CheckFinding(l.sheet().sheet().location(), RuleId.LAYER_REPLACED,
                            "replaced by " + by.file().displayName() + " (a later PATH); its figures are not checked"));
                }
            }
        }
        return kept;
    }

    /** A sheet file and the layer (PATH) it came from. */
    private record Placed(int layer, SpecFile file) {
    }

    private static Loaded read(SpecFile f) {
        String id = fileId(f);
        try {
            YamlTreeReader.Tree tree = YamlTreeReader.readCollecting(f.bytes(), f.displayName());
            if (tree.root() != null && SpecReader.isPriceFile(tree.root())) {
                return price(f, id, tree);
            }
            SpecReader.Bound b = SpecReader.bind(tree.root(), id);
            List<SpecException.Problem> problems = new ArrayList<>(tree.problems());
            problems.addAll(b.problems());
            // the tree is not kept: a finding that needs a location in it parses the same bytes again
            return new Loaded(f, id, b.sheet() == null ? null : CheckedSheet.of(b.sheet(), () -> reparsed(f)), false, null, problems);
        } catch (SpecException e) {
            return new Loaded(f, id, null, false, null, e.problems());
        }
    }

    private static YamlNode reparsed(SpecFile f) {
        return YamlTreeReader.readCollecting(f.bytes(), f.displayName()).root();
    }

    private static Loaded price(SpecFile f, String id, YamlTreeReader.Tree tree) {
        try {
            return new Loaded(f, id, null, true, SpecReader.readPrices(tree.root()), tree.problems());
        } catch (SpecException e) {
            List<SpecException.Problem> problems = new ArrayList<>(tree.problems());
            problems.addAll(e.problems());
            return new Loaded(f, id, null, true, null, problems);
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

    private static String fileId(String displayName) {
        String name = displayName.substring(displayName.lastIndexOf('/') + 1);
        // not replaceFirst: that compiles a pattern per call, and this runs several times per file
        return name.endsWith(".yaml") ? name.substring(0, name.length() - 5)
                : name.endsWith(".yml") ? name.substring(0, name.length() - 4) : name;
    }
}
