package hwcalc.epoch;

import hwcalc.io.AtomicFiles;
import hwcalc.io.FolderLock;
import hwcalc.units.InputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns Epoch AI's hardware price observations (hardware-prices.csv) into one price file per
 * bundled sheet (docs/prices.md): each row's hardware name is mapped by {@link PriceModels}, its
 * cloud columns become on-demand, commit-1y and commit-3y prices per chip-hour with the
 * provider's tier, its purchase column a purchase kind where the Notes say which. Every row is
 * written or reported with its reason. Files are written as the chip importer writes sheets:
 * under a folder lock, refused if any exists unless forced, each one atomically and exclusively.
 */
public final class EpochPriceImport {
    static final String SOURCE = "Price source";
    static final String DATE = "Price date";
    static final String MODEL = "Hardware model";
    static final String VENDOR = "Vendor";
    static final String LOCATION = "Location";
    static final String ON_DEMAND = "Price per chip-hour (on-demand)";
    static final String COMMIT_1Y = "Price per chip-hour (1-year CUD)";
    static final String COMMIT_3Y = "Price per chip-hour (3-year CUD)";
    static final String PURCHASE = "Price (hardware purchase)";
    static final String NOTES = "Notes";
    static final String DESCRIPTION = "Cloud GPU description";
    static final String GPUS = "Number of GPUs";
    static final List<String> COLUMNS = List.of(SOURCE, DATE, MODEL, VENDOR, LOCATION, ON_DEMAND, COMMIT_1Y, COMMIT_3Y,
            PURCHASE, NOTES, DESCRIPTION, GPUS);
    private static final Map<String, String> RENTAL_COLUMNS = Map.of(ON_DEMAND, "on-demand", COMMIT_1Y, "commit-1y",
            COMMIT_3Y, "commit-3y");

    private static final int PROGRESS_EVERY = 100;

    private final PriceModels models;
    private final PriceSources sources;
    private final ImportProgress progress;

    public EpochPriceImport() {
        this(ImportProgress.NONE);
    }

    public EpochPriceImport(ImportProgress progress) {
        this.models = PriceModels.bundled();
        this.sources = PriceSources.bundled();
        this.progress = progress;
    }

    /** The rows read, the files they make, and what was left out; nothing written yet. */
    record Parsed(int rows, List<PriceFile> files, Map<String, List<String>> skippedRows,
                  Map<String, Integer> skippedPrices, Map<String, PriceImportReport.Unmatched> unmatched, int flagged) {
    }

    /** Reads the CSV and writes one file per sheet into outDir; see {@link #parse}. */
    public PriceImportReport run(Path csv, Path outDir, boolean force) throws IOException {
        Parsed p = parse(EpochImport.read(csv), csv.toString());
        Files.createDirectories(outDir);
        List<Path> stale;
        List<Path> written = new ArrayList<>();
        try (FolderLock lock = FolderLock.acquire(outDir)) {
            List<String> names = p.files().stream().map(PriceFile::fileName).toList();
            EpochImport.refuseExisting(names, outDir, force);
            stale = AtomicFiles.removeStale(outDir, names);
            try {
                for (int i = 0; i < p.files().size(); i++) {
                    PriceFile f = p.files().get(i);
                    progress.at("writing price files", i, p.files().size());
                    Path target = outDir.resolve(f.fileName());
                    AtomicFiles.write(target, f.yaml().getBytes(StandardCharsets.UTF_8),
                            force ? AtomicFiles.Existing.REPLACE : AtomicFiles.Existing.REFUSE);
                    written.add(target);
                }
            } catch (AtomicFiles.TargetExistsException e) {
                if (!force) { // a file appeared after the check: leave nothing of this import
                    for (Path w : written) {
                        Files.deleteIfExists(w);
                    }
                }
                throw new InputException(e.getFile() + " " + e.getReason() + (force ? "" : "; nothing was written"));
            }
        }
        Map<String, Integer> byKind = new TreeMap<>();
        p.files().forEach(f -> f.observations().forEach(o -> byKind.merge(o.kind(), 1, Integer::sum)));
        return new PriceImportReport(p.rows(), written, byKind, p.skippedRows(), p.skippedPrices(), p.unmatched(), p.flagged(),
                stale);
    }

    /**
     * Turns the bytes of the CSV into price files, in memory.
     *
     * @throws CsvFormatException when the bytes are not a CSV with Epoch's price columns
     */
    Parsed parse(byte[] bytes, String source) {
        CSVParser parser = EpochImport.open(EpochImport.decode(bytes, source), source);
        for (String c : COLUMNS) {
            if (!parser.getHeaderMap().containsKey(c)) {
                throw new CsvFormatException(source + ": not Epoch's hardware price file (no '" + c + "' column)");
            }
        }
        Map<String, List<String>> skippedRows = new LinkedHashMap<>();
        Map<String, Integer> skippedPrices = new TreeMap<>();
        Map<String, PriceImportReport.Unmatched> unmatched = new TreeMap<>();
        List<PriceObservation> observations = new ArrayList<>();
        int rows = 0;
        Iterator<CSVRecord> records = parser.iterator();
        while (EpochImport.hasNext(records, parser, source)) {
            CSVRecord rec = records.next();
            rows++;
            if (rows % PROGRESS_EVERY == 0) {
                progress.at("reading rows", rows, -1);
            }
            EpochRow row = new EpochRow(rec, null, skippedPrices);
            String where = "row " + row.number() + (row.text(MODEL).isEmpty() ? "" : " '" + row.text(MODEL) + "'");
            if (!rec.isConsistent()) {
                skip(skippedRows, "ragged row (" + rec.size() + " of " + parser.getHeaderMap().size() + " fields)", where);
                continue;
            }
            String reason = accept(row, observations, unmatched);
            if (reason != null) {
                skip(skippedRows, reason, where);
            }
        }
        List<PriceFile> files = PriceFile.build(observations, sources);
        int flagged = files.stream().mapToInt(PriceFile::flagged).sum();
        return new Parsed(rows, files, skippedRows, skippedPrices, unmatched, flagged);
    }

    /** Adds the row's prices; returns why the row gave none, or null when it gave one or more. */
    private String accept(EpochRow row, List<PriceObservation> out, Map<String, PriceImportReport.Unmatched> unmatched) {
        String name = row.text(MODEL);
        boolean anyPrice = COLUMNS.subList(5, 9).stream().anyMatch(c -> !row.text(c).isEmpty());
        if (!anyPrice) {
            return "no price in any price column";
        }
        if (name.isEmpty()) {
            return "no hardware name";
        }
        String description = row.text(DESCRIPTION);
        String notes = row.text(NOTES);
        PriceModels.Match match = models.match(name, description + " " + notes);
        if (match instanceof PriceModels.Unmatched u) {
            unmatched.merge(name, new PriceImportReport.Unmatched(u.reason().words, u.why(), 1),
                    (a, b) -> new PriceImportReport.Unmatched(a.reason(), a.why(), a.rows() + 1));
            return "not matched: " + u.reason().words;
        }
        PriceModels.Sheet sheet = (PriceModels.Sheet) match;
        LocalDate date;
        try {
            date = LocalDate.parse(row.text(DATE));
        } catch (DateTimeParseException e) {
            return row.text(DATE).isEmpty() ? "no price date" : "price date is not YYYY-MM-DD";
        }
        List<String> urls = row.urls(SOURCE);
        if (urls.isEmpty()) {
            return "no source URL (Epoch writes '" + row.text(SOURCE) + "')";
        }
        String url = urls.get(0);
        Integer gpus = wholeNumber(row);
        String note = "Epoch row " + row.number() + (description.isEmpty() ? "" : "; described as: " + description)
                + (notes.isEmpty() ? "" : "; Epoch's note: " + notes) + (sheet.why().isEmpty() ? "" : "; " + sheet.why());
        String vendor = row.text(VENDOR);
        String region = row.text(LOCATION).isEmpty() ? null : row.text(LOCATION);
        int before = out.size();
        String firstReason = null;
        for (String column : List.of(ON_DEMAND, COMMIT_1Y, COMMIT_3Y)) {
            BigDecimal amount = row.positive(column);
            if (amount == null) {
                continue;
            }
            String tier = vendor.isEmpty() ? null : sources.providerTier(vendor);
            if (tier == null) {
                String why = vendor.isEmpty() ? "cloud price without a provider (Vendor)" : "provider not in the tier table: " + vendor;
                row.skip(why);
                firstReason = firstReason == null ? why : firstReason;
                continue;
            }
            out.add(new PriceObservation(sheet.id(), amount, RENTAL_COLUMNS.get(column), "chip", gpus, vendor, tier, region, date,
                    url, false, note, row.number()));
        }
        BigDecimal paid = row.positive(PURCHASE);
        if (paid != null) {
            String why = purchase(row, sheet, paid, gpus, date, url, region, note, out);
            if (why != null) {
                row.skip(why);
                firstReason = firstReason == null ? why : firstReason;
            }
        }
        if (out.size() > before) {
            return null;
        }
        return firstReason != null ? firstReason : "no usable price (see the cells left out)";
    }

    /** Adds the purchase price, or returns why it is left out. */
    private String purchase(EpochRow row, PriceModels.Sheet sheet, BigDecimal amount, Integer gpus, LocalDate date,
                                   String url, String region, String note, List<PriceObservation> out) {
        String notes = row.text(NOTES);
        if (PurchaseKinds.notObserved(notes)) {
            return PurchaseKinds.NOT_OBSERVED;
        }
        PurchaseKinds.Purchase said = PurchaseKinds.classify(notes);
        PriceSources.Site site = sources.site(url);
        PurchaseKinds.Purchase p = PurchaseKinds.bySource(said, notes, site.tier(), site.what());
        if (p == null) {
            return PurchaseKinds.KIND_NOT_STATED;
        }
        if (said == null || !said.kind().equals(p.kind())) {
            String source = (site.what().matches("[aeiou].*") ? "an " : "a ") + site.what() + " (" + site.publisher() + ")";
            note += said == null ? "; the kind is the source's: " + source : "; Epoch labels it a list price; the source is " + source;
        }
        Integer count = gpus != null ? gpus : PurchaseKinds.countInNotes(notes);
        boolean system = p.system() && count != null && count > 1;
        out.add(new PriceObservation(sheet.id(), amount, p.kind(), system ? "system" : sheet.scope(), system ? count : null, null,
                null, region, date, url, p.approx(), note + (system ? "; a system's price per GPU (system price / " + count + ")" : ""),
                row.number()));
        return null;
    }

    /** Epoch's Number of GPUs, or null when blank; a cell that is not a whole number is left out. */
    private static Integer wholeNumber(EpochRow row) {
        String t = row.text(GPUS);
        if (t.isEmpty()) {
            return null;
        }
        if (!t.matches("[1-9][0-9]{0,5}")) {
            row.skip("not a whole number: " + GPUS);
            return null;
        }
        return Integer.valueOf(t);
    }

    private static void skip(Map<String, List<String>> skipped, String reason, String where) {
        skipped.computeIfAbsent(reason, r -> new ArrayList<>()).add(where);
    }
}
