package hwcalc.engine;

import hwcalc.calc.CalcResult;
import hwcalc.calc.Calculator;
import hwcalc.check.CheckReport;
import hwcalc.check.Checker;
import hwcalc.claims.ClaimFile;
import hwcalc.claims.ClaimFiles;
import hwcalc.claims.Quote;
import hwcalc.claims.Quotes;
import hwcalc.claims.Verification;
import hwcalc.epoch.EpochImport;
import hwcalc.epoch.ImportProgress;
import hwcalc.epoch.ImportReport;
import hwcalc.metrics.Comparison;
import hwcalc.metrics.Cpi;
import hwcalc.spec.Layers;
import hwcalc.metrics.Metric;
import hwcalc.metrics.Metrics;
import hwcalc.metrics.Peaks;
import hwcalc.metrics.Ranking;
import hwcalc.metrics.Request;
import hwcalc.spec.Catalogue;
import hwcalc.spec.Kind;
import hwcalc.spec.Precision;
import hwcalc.spec.SpecLoader;
import hwcalc.spec.SpecLoader.SpecFile;
import hwcalc.spec.PriceFile;
import hwcalc.spec.SpecSheet;
import hwcalc.spec.Sparsity;
import hwcalc.trend.Dataset;
import hwcalc.trend.Trend;
import hwcalc.trend.XAxis;
import hwcalc.units.InputException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * hwcalc's public Java API and its one composition root: it loads a catalogue once, wires peaks,
 * metrics and CPI-U, and offers every use case as a method returning a result record of typed
 * facts (no sentences, no display rounding). The CLI is a thin layer over it; docs/api.md shows
 * it used from another JVM project.
 *
 * <pre>{@code
 * Engine hw = Engine.bundled();
 * Comparison c = hw.compare(List.of("dgx-1", "dgx-h100"), Request.of(Precision.FP16, Sparsity.DENSE),
 *         List.of(Metric.PEAK, Metric.USD_PER_TFLOPS));
 * }</pre>
 */
public final class Engine {

    private final Catalogue catalogue;
    private final Cpi cpi;
    private final Peaks peaks;
    private final Metrics metrics;
    private final List<Layers.Matched> matched;

    private Engine(Catalogue catalogue, Cpi cpi) {
        this(catalogue, cpi, List.of());
    }

    private Engine(Catalogue catalogue, Cpi cpi, List<Layers.Matched> matched) {
        this.catalogue = catalogue;
        this.cpi = cpi;
        this.matched = List.copyOf(matched);
        this.peaks = new Peaks(catalogue);
        this.metrics = new Metrics(peaks, cpi);
    }

    /** The bundled spec sheets and CPI-U series. */
    public static Engine bundled() {
        return load(Specs.BUNDLED);
    }

    /** The sheets {@code specs} names (bundled and/or folders, later folders over earlier), read whole or not at all. */
    public static Engine load(Specs specs) {
        // sheets read in full only when used; the same catalogue, checks and errors as reading them all (LazyCatalogue);
        // folders layered later over earlier, imported duplicates of curated sheets set aside (Layers)
        // the folder cache only when there are folders: finding it stats the jar and the cache folder (issue 17)
        LazyCatalogue.Layered l = LazyCatalogue.load(specs, specs.folders().isEmpty() ? null : FolderCache.ofUser());
        return new Engine(l.catalogue(), Cpi.bundled(), l.matched());
    }

    /**
     * Whether the files a tentatively loaded engine was built from are still there as they were
     * (see {@link #loadTentatively}); it may wait for the folders' walks to end.
     */
    public interface Confirmation {
        boolean holds();
    }

    /** An engine loaded before its folders were confirmed unchanged, and what confirms them. */
    public record Tentative(Engine engine, Confirmation confirmation) {
        /** True when nothing was left to confirm or the folders hold the files the engine used. */
        public boolean confirmed() {
            return confirmation == null || confirmation.holds();
        }
    }

    /**
     * As {@link #load}, except that a catalogue stored from an earlier run over the same folders is
     * used before the walk that confirms them ends (issue 17: 5,600 files are statted meanwhile).
     * A caller uses what it computes only once {@link Tentative#confirmed}; if not, it computes
     * again from {@link #load}, which then builds the catalogue from the files. For commands whose
     * only effect is their output, which the caller holds back until confirmed.
     */
    public static Tentative loadTentatively(Specs specs) {
        LazyCatalogue.Layered l = LazyCatalogue.load(specs, specs.folders().isEmpty() ? null : FolderCache.ofUser(), true);
        return new Tentative(new Engine(l.catalogue(), Cpi.bundled(), l.matched()), l.pending());
    }

    /** Imported sheets set aside for the curated sheets they duplicate (say so: "the curated sheet is used"). */
    public List<Layers.Matched> matched() {
        return matched;
    }

    /** An engine over a catalogue already built (e.g. by a test), with the bundled CPI-U series. */
    public static Engine of(Catalogue catalogue) {
        return new Engine(catalogue, Cpi.bundled());
    }

    /** The same sheets with another price index (a user's {@code --cpi FILE}). */
    public Engine withCpi(Cpi series) {
        return new Engine(catalogue, series, matched);
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public Peaks peaks() {
        return peaks;
    }

    public Metrics metrics() {
        return metrics;
    }

    public Cpi cpi() {
        return cpi;
    }

    /** What each name means: the sheet, and whether it matched by id, alias or family (for "h100 = h100-sxm5"). */
    public List<hwcalc.spec.Resolution> lookup(List<String> names) {
        List<hwcalc.spec.Resolution> out = new ArrayList<>(names.size());
        for (String name : names) {
            out.add(catalogue.lookup(name));
        }
        return List.copyOf(out);
    }

    /** A sheet by id or alias; an unknown name is an input error with did-you-mean. */
    public SpecSheet sheet(String name) {
        return catalogue.resolve(name);
    }

    /** The sheets of a kind (null: all) and vendor (null: all, else case-insensitive). */
    public List<SpecSheet> list(Kind kind, String vendor) {
        return catalogue.sheets().stream().filter(s -> kind == null || s.kind() == kind)
                .filter(s -> vendor == null || s.vendor().equalsIgnoreCase(vendor)).toList();
    }

    /**
     * Sheets side by side on one basis. With no precision in the request ({@code precision == null}),
     * the first precision in compare's documented order that every sheet has.
     */
    public Comparison compare(List<String> names, Request request, List<Metric> wanted) {
        List<SpecSheet> sheets = new ArrayList<>(names.size());
        for (String name : names) {
            sheets.add(sheet(name));
        }
        return Comparison.of(metrics, sheets, withPrecision(request, sheets), wanted);
    }

    /** The precision compare uses when none is asked for. */
    public Precision autoPrecision(List<SpecSheet> sheets, Sparsity s) {
        return Comparison.autoPrecision(peaks, sheets, s);
    }

    private Request withPrecision(Request r, List<SpecSheet> sheets) {
        return r.precision() != null ? r : r.withPrecision(autoPrecision(sheets, r.sparsity()));
    }

    /** Every sheet of a kind (null: all) ordered by one metric; {@code top} > 0 keeps that many. */
    public Ranking rank(Metric metric, Kind kind, Request request, int top) {
        return Ranking.of(metrics, list(kind, null), metric, request, top);
    }

    /** What a FLOP budget costs on one sheet's chips (hwcalc cost; docs/prices.md). */
    public hwcalc.metrics.CostEstimate cost(String name, hwcalc.metrics.Costing.Ask ask) {
        return new hwcalc.metrics.Costing(metrics).estimate(sheet(name), ask);
    }

    /** A calc expression over the catalogue (grammar: docs/calc.md). */
    public CalcResult calc(String expression) {
        return new Calculator(catalogue, cpi).evaluate(expression);
    }

    /** The claims files (folders are searched for .yaml), or the bundled claims when {@code paths} is empty. */
    public Verification verify(List<Path> paths) {
        List<SpecFile> raw = new ArrayList<>();
        if (paths.isEmpty()) {
            raw.addAll(ClaimFiles.bundled());
        } else {
            paths.forEach(p -> raw.addAll(ClaimFiles.files(p)));
        }
        if (raw.isEmpty()) {
            throw new InputException(paths.isEmpty() ? "no bundled claims found" : "no .yaml claims files in " + paths);
        }
        List<ClaimFile> claims = ClaimFiles.readAll(raw);
        return Verification.of(claims, catalogue, cpi);
    }

    /**
     * Every figure of a text, attached and checked as {@code verify} checks claims (issue 15):
     * claims of the bundled claims files (when {@code bundledClaims}) and of {@code claims} are
     * used where their words are found; every other figure gets a drafted claim.
     */
    public hwcalc.scan.ScanChecker.Result scan(String text, String file, hwcalc.scan.Language language,
                                               List<Path> claims, boolean bundledClaims) {
        List<SpecFile> raw = new ArrayList<>(bundledClaims ? ClaimFiles.bundled() : List.of());
        claims.forEach(p -> raw.addAll(ClaimFiles.files(p)));
        List<ClaimFile> curated = raw.isEmpty() ? List.of() : ClaimFiles.readAll(raw);
        return new hwcalc.scan.ScanChecker(catalogue, cpi, curated).scan(text, file, language);
    }

    /**
     * The facts of a quote: one metric of {@code subject}, or with {@code vs} both and their ratio
     * ({@code speedup}: the ratio of peaks). A request without a precision gets compare's automatic one.
     */
    public Quote quote(String subject, Metric metric, boolean speedup, String vs, Request request) {
        SpecSheet s = sheet(subject);
        SpecSheet other = vs == null ? null : sheet(vs);
        List<SpecSheet> sheets = other == null ? List.of(s) : List.of(s, other);
        return new Quotes(metrics, catalogue).quote(s, speedup ? Metric.PEAK : metric, speedup, other, withPrecision(request, sheets));
    }

    /**
     * Checks sheet files that may be broken (they are not this engine's catalogue): {@code checked}
     * against {@code context} (sheets their parts may name), with dates judged against {@code today}.
     */
    public static CheckReport check(List<SpecFile> context, List<SpecFile> checked, LocalDate today) {
        return new Checker(today).check(context, checked);
    }

    /** As {@link #check(List, List, LocalDate)} with one layer of files per PATH, later over earlier (Checker#checkLayers). */
    public static CheckReport checkLayers(List<SpecFile> context, List<List<SpecFile>> layers, LocalDate today) {
        return new Checker(today).checkLayers(context, layers);
    }

    /**
     * Checks the sheets in {@code folders} as `hwcalc check FOLDER...` does, with the bundled sheets
     * as context; later folders over earlier ones, as {@code --specs} folders load.
     */
    public static CheckReport check(List<Path> folders, LocalDate today) {
        List<List<SpecFile>> layers = new ArrayList<>();
        for (Path p : folders) {
            layers.add(SpecLoader.folderFiles(p, p.toString().replace('\\', '/')));
        }
        return checkLayers(SpecLoader.bundledFiles(), layers, today);
    }

    /** One metric per sheet against the release date, price or power; {@code ids} empty: every sheet of {@code kind}. */
    public Dataset dataset(List<String> ids, Kind kind, Metric metric, Request request, XAxis x, Integer since) {
        List<SpecSheet> sheets = ids.isEmpty() ? List.copyOf(catalogue.sheets()) : ids.stream().map(this::sheet).distinct().toList();
        sheets = sheets.stream().filter(s -> kind == null || s.kind() == kind).toList();
        return Dataset.collect(metrics, sheets, metric, request, x, since);
    }

    /** A log-linear trend of a metric against the release date. */
    public Trend trend(List<String> ids, Kind kind, Metric metric, Request request, Integer since) {
        return Trend.of(dataset(ids, kind, metric, request, XAxis.RELEASE, since));
    }

    /** Imports Epoch AI's chip CSV into spec sheets under {@code out} (atomic; no overwrite without {@code force}). */
    public static ImportReport importEpoch(Path csv, Path out, boolean force, LocalDate seen, ImportProgress progress)
            throws IOException {
        return new EpochImport(seen, progress).run(csv, out, force);
    }
}
