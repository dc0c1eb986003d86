package hwcalc.epoch;

import hwcalc.units.InputException;
import hwcalc.io.AtomicFiles;
import hwcalc.io.FolderLock;
import hwcalc.spec.SpecException;
import hwcalc.spec.SpecLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Turns Epoch AI's chip dataset into one spec sheet per chip. Every sheet is read back by the
 * spec reader before it is written; nothing is written when a target file exists, unless forced;
 * each file is written to a temporary name in the same folder and moved into place atomically.
 */
public final class EpochImport {

    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get(); // two columns of one name: which is meant?

    /** Files above this size are refused before reading: Epoch's dataset is about 1 MiB. */
    static final long MAX_BYTES = 128L * 1024 * 1024;

    private static final int PROGRESS_EVERY = 1_000;

    private final LocalDate seen;
    private final ImportProgress progress;

    /** @param seen the date the dataset was read, for the Epoch source */
    public EpochImport(LocalDate seen) {
        this(seen, ImportProgress.NONE);
    }

    /** The earliest date the dataset can have been read: Epoch published it in the 2020s; sheets need 1900 or later. */
    static final LocalDate EARLIEST_SEEN = LocalDate.of(2000, 1, 1);

    public EpochImport(LocalDate seen, ImportProgress progress) {
        // a date the spec reader refuses would make every sheet fail to load: the import would write nothing, exit 0
        if (seen.isBefore(EARLIEST_SEEN) || seen.isAfter(LocalDate.now().plusDays(1))) {
            throw new InputException("--seen: " + seen + " is not a date the dataset can have been read ("
                    + EARLIEST_SEEN + " to today)");
        }
        this.seen = seen;
        this.progress = progress;
    }

    /** A sheet ready to write. */
    record Draft(String id, String yaml) {
    }

    /**
     * Reads the CSV and writes its sheets into outDir; see {@link #parse} for what is read. The
     * folder is locked for the whole write, so a second import into it refuses; without force an
     * existing sheet stops the import before anything is written, and every file is created
     * exclusively, so a file that appears meanwhile is never replaced. Temporary files a killed
     * import left are removed only after those checks, and only for the sheets this import writes.
     */
    public ImportReport run(Path csv, Path outDir, boolean force) throws IOException {
        Parsed parsed = parse(read(csv), csv.toString());
        Files.createDirectories(outDir);
        List<Path> stale;
        try (FolderLock lock = FolderLock.acquire(outDir)) {
            List<String> names = parsed.drafts().stream().map(d -> d.id() + ".yaml").toList();
            refuseExisting(names, outDir, force);
            stale = AtomicFiles.removeStale(outDir, names); // left by an import of these sheets that was killed mid-write
            write(parsed.drafts(), outDir, force);
        }
        List<Path> written = parsed.drafts().stream().map(d -> outDir.resolve(d.id() + ".yaml")).toList();
        return new ImportReport(parsed.rows(), written, parsed.skippedRows(), parsed.skippedCells(), parsed.suffixedIds(),
                parsed.joinedRows(), stale);
    }

    /** The sheets a CSV makes, and what was skipped, before anything is written. */
    record Parsed(List<Draft> drafts, int rows, Map<String, List<String>> skippedRows, Map<String, Integer> skippedCells,
                  int suffixedIds, int joinedRows) {
    }

    /**
     * Turns the bytes of a CSV into drafts, in memory.
     *
     * @param source the file name, for messages
     * @throws CsvFormatException when the bytes are not a CSV with Epoch's columns; nothing else
     */
    Parsed parse(byte[] bytes, String source) {
        Map<String, List<String>> skippedRows = new LinkedHashMap<>();
        Map<String, Integer> skippedCells = new TreeMap<>();
        List<Draft> drafts = new ArrayList<>();
        Slugs slugs = new Slugs();
        int rows = 0;
        int joined = 0;
        CSVParser parser = open(decode(bytes, source), source);
        if (!parser.getHeaderMap().containsKey(EpochColumns.NAME)) {
            throw new CsvFormatException(source + ": not Epoch's chip dataset (no '" + EpochColumns.NAME + "' column)");
        }
        int columns = parser.getHeaderMap().size();
        // rows are handled after all are read, in order, so that ids can be reserved first
        List<Runnable> pending = new ArrayList<>();
        List<String> names = new ArrayList<>();
        CSVRecord cut = null; // a name alone on its record: a stray carriage return may have cut its row
        Iterator<CSVRecord> records = parser.iterator();
        while (hasNext(records, parser, source)) {
            CSVRecord rec = records.next();
            if (rec.getRecordNumber() % PROGRESS_EVERY == 0) {
                progress.at("reading rows", rec.getRecordNumber(), -1);
            }
            if (cut != null && rec.size() == columns && rec.get(0).isBlank()) {
                // the rest of the cut row: join the two (the dataset has one, after "RTX 2080 Ti Founders Edition")
                rows++;
                joined++;
                EpochRow joinedRow = new EpochRow(rec, cut.get(0), skippedCells);
                names.add(joinedRow.text(EpochColumns.NAME));
                pending.add(() -> accept(joinedRow, slugs, drafts, skippedRows));
                cut = null;
                continue;
            }
            if (cut != null) {
                rows++;
                CSVRecord alone = cut;
                pending.add(() -> skipCut(skippedRows, alone, columns));
                cut = null;
            }
            if (rec.size() == 1 && !rec.get(0).isBlank() && columns > 1) {
                cut = rec;
                continue;
            }
            rows++;
            if (!rec.isConsistent()) {
                String where = "row " + rec.getRecordNumber() + (rec.get(0).isBlank() ? "" : " '" + rec.get(0).strip() + "'");
                pending.add(() -> skip(skippedRows, "ragged row (" + rec.size() + " of " + columns + " fields)", where));
            } else {
                EpochRow row = new EpochRow(rec, null, skippedCells);
                names.add(row.text(EpochColumns.NAME));
                pending.add(() -> accept(row, slugs, drafts, skippedRows));
            }
        }
        if (cut != null) {
            rows++;
            CSVRecord alone = cut;
            pending.add(() -> skipCut(skippedRows, alone, columns));
        }
        // every row's own id first, so that a -2 suffix never takes the id another row's name makes
        slugs.reserve(names);
        pending.forEach(Runnable::run);
        return new Parsed(drafts, rows, skippedRows, skippedCells, slugs.suffixed(), joined);
    }

    /** Commons CSV reports a broken header as IllegalArgumentException and I/O as IOException: one message each. */
    static CSVParser open(String text, String source) {
        try {
            return CSVParser.parse(text, FORMAT);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new CsvFormatException(source + ":1: bad CSV header: " + e.getMessage());
        }
    }

    /** Commons CSV reports a broken record (an unclosed quote) as an unchecked exception from hasNext. */
    static boolean hasNext(Iterator<CSVRecord> records, CSVParser parser, String source) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            throw new CsvFormatException(source + ":" + parser.getCurrentLineNumber() + ": bad CSV: " + why);
        }
    }

    private void accept(EpochRow row, Slugs slugs, List<Draft> drafts, Map<String, List<String>> skippedRows) {
        String name = row.text(EpochColumns.NAME);
        String where = "row " + row.number() + (name.isEmpty() ? "" : " '" + name + "'");
        if (name.isEmpty()) {
            skip(skippedRows, "no name", where);
            return;
        }
        String id = slugs.unique(name, "epoch-row-" + row.number());
        String yaml = EpochSheet.build(row, id, seen);
        String invalid = yaml == null ? null : invalid(id, yaml);
        if (yaml == null) {
            skip(skippedRows, "no figures (no throughput, memory, power, price, process, transistors or die size)", where);
        } else if (invalid != null) {
            skip(skippedRows, "sheet would not load: " + invalid, where);
        } else {
            drafts.add(new Draft(id, yaml));
        }
    }

    /** A name alone on its record that no rest of the row followed. */
    private static void skipCut(Map<String, List<String>> skipped, CSVRecord cut, int columns) {
        skip(skipped, "ragged row (1 of " + columns + " fields)", "row " + cut.getRecordNumber() + " '" + cut.get(0).strip() + "'");
    }

    private static void skip(Map<String, List<String>> skipped, String reason, String where) {
        skipped.computeIfAbsent(reason, r -> new ArrayList<>()).add(where);
    }

    /** The first problem the spec reader finds in a generated sheet, or null when it loads. */
    private static String invalid(String id, String yaml) {
        try {
            SpecLoader.read(new SpecLoader.SpecFile(id + ".yaml", yaml.getBytes(StandardCharsets.UTF_8)));
            return null;
        } catch (SpecException e) {
            return e.problems().get(0).message();
        }
    }

    /** The file's bytes, refused above {@link #MAX_BYTES}: the whole file is held in memory. */
    static byte[] read(Path csv) throws IOException {
        long size = Files.size(csv);
        if (size > MAX_BYTES) {
            throw new CsvFormatException(csv + ": " + size + " bytes is more than the " + MAX_BYTES / (1024 * 1024)
                    + " MiB an import reads (Epoch's dataset is about 1 MiB)");
        }
        return Files.readAllBytes(csv);
    }

    static String decode(byte[] bytes, String source) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text; // Epoch's export starts with a BOM
        } catch (CharacterCodingException e) {
            throw new CsvFormatException(source + ": not UTF-8 text");
        }
    }

    static void refuseExisting(List<String> names, Path outDir, boolean force) {
        if (force) {
            return;
        }
        List<String> existing = names.stream().filter(n -> Files.exists(outDir.resolve(n), LinkOption.NOFOLLOW_LINKS)).toList();
        if (!existing.isEmpty()) {
            throw new InputException(existing.size() + " of the files exist in " + outDir + " (e.g. "
                    + existing.get(0) + "); nothing was written: use --force to overwrite");
        }
    }

    /**
     * Writes every draft; without force, a file that appeared after the check (another program
     * writing there) stops the import and the sheets this run created are removed again, so the
     * folder holds nothing of this import rather than part of it.
     */
    private void write(List<Draft> drafts, Path outDir, boolean force) throws IOException {
        List<Path> created = new ArrayList<>();
        try {
            for (int i = 0; i < drafts.size(); i++) {
                Draft d = drafts.get(i);
                if (i % PROGRESS_EVERY == 0) {
                    progress.at("writing sheets", i, drafts.size());
                }
                Path target = outDir.resolve(d.id() + ".yaml");
                AtomicFiles.write(target, d.yaml().getBytes(StandardCharsets.UTF_8),
                        force ? AtomicFiles.Existing.REPLACE : AtomicFiles.Existing.REFUSE);
                created.add(target);
            }
        } catch (AtomicFiles.TargetExistsException e) {
            if (!force) {
                for (Path p : created) {
                    Files.deleteIfExists(p);
                }
            }
            throw new InputException(e.getFile() + " " + e.getReason() + (force ? "" : "; nothing was written"));
        }
    }
}
