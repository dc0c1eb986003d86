package hwcalc.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import hwcalc.cli.Main;
import hwcalc.spec.SpecLoader;
import hwcalc.spec.SpecSheet;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSVs a user did not write, through {@code hwcalc import epoch}: broken CSV is one line naming the
 * file (and line) with exit 2; odd but readable CSV imports, counting what it skipped; a killed
 * import leaves no partial file. Kept out of mutation testing (pom.xml): the 100,000-row runs are
 * for the importer, not the core. The timeouts guard against hangs; they measure nothing.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class HostileCsvTest {

    /** Epoch's real header line: 53 columns, from the test sample (which starts with a BOM). */
    private static final String HEADER = header();
    private static final List<String> HEADER_CELLS = List.of(HEADER.strip().split(",", -1));
    private static final int COLUMNS = HEADER_CELLS.size();

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static String header() {
        try (InputStream in = HostileCsvTest.class.getResourceAsStream("/epoch/chip-dataset-sample.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.substring(1, text.indexOf('\n') + 1); // without the BOM
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A row of Epoch's columns with a name, a type, FP32 FLOP/s and a datasheet link; the rest blank. */
    private static String row(String name, String fp32) {
        List<String> cells = new ArrayList<>(COLUMNS);
        for (String column : HEADER_CELLS) {
            cells.add(switch (column) {
                case "Hardware name" -> name;
                case "Type" -> "GPU";
                case "FP32 (single precision) performance (FLOP/s)" -> fp32;
                case "Link to datasheet" -> "https://example.org/datasheet";
                default -> "";
            });
        }
        return String.join(",", cells) + "\n";
    }

    private Run importCsv(Path csv, String... more) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of("import", "epoch", csv.toString(), "--out", dir.resolve("out").toString(),
                "--seen", "2026-11-29"));
        args.addAll(List.of(more));
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private Path csv(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static void assertOneLineError(Run r, String where, String words) {
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(where).contains(words).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    private List<SpecSheet> imported() {
        return SpecLoader.readAll(SpecLoader.folderFiles(dir.resolve("out"), "out"));
    }

    @Test
    void ragged_rows_are_skipped_and_counted_by_their_field_count() throws IOException {
        Run r = importCsv(csv("ragged.csv", HEADER + row("Good Chip", "1e12") + "Short Chip,NVIDIA,GPU\n"
                + row("Long Chip", "1e12").strip() + ",extra,cells\n"));
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("read 3 rows; wrote 1 spec sheets")
                .contains("1  ragged row (3 of " + COLUMNS + " fields) (e.g. row 2 'Short Chip')")
                .contains("1  ragged row (" + (COLUMNS + 2) + " of " + COLUMNS + " fields) (e.g. row 3 'Long Chip')");
        assertThat(imported()).extracting(SpecSheet::name).containsExactly("Good Chip");
    }

    @Test
    void quoted_fields_with_commas_quotes_and_line_breaks_keep_their_text() throws IOException {
        Run r = importCsv(csv("quoted.csv", HEADER + row("\"Chip, \"\"Quoted\"\"\nEdition\"", "2.5e12")));
        assertThat(r.code()).isEqualTo(0);
        SpecSheet s = imported().get(0);
        // the line break inside the quoted name is one space: inner runs of white space collapse
        assertThat(s.name()).isEqualTo("Chip, \"Quoted\" Edition");
        assertThat(s.throughput()).singleElement().satisfies(t -> assertThat(t.figure().value()).hasToString("2.5 TFLOPS"));
    }

    @Test
    void a_bom_makes_no_difference() throws IOException {
        Run withBom = importCsv(csv("bom.csv", "\uFEFF" + HEADER + row("Bom Chip", "1e12")));
        assertThat(withBom.code()).isEqualTo(0);
        String sheet = Files.readString(dir.resolve("out/bom-chip.yaml"));
        Run without = importCsv(csv("plain.csv", HEADER + row("Bom Chip", "1e12")), "--force");
        assertThat(without.code()).isEqualTo(0);
        assertThat(Files.readString(dir.resolve("out/bom-chip.yaml"))).isEqualTo(sheet);
    }

    @Test
    void unknown_columns_are_ignored() throws IOException {
        Run r = importCsv(csv("extra.csv", "Surprise," + HEADER + "boo," + row("Extra Chip", "1e12")));
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("read 1 rows; wrote 1 spec sheets").contains("skipped 0 rows");
        assertThat(imported()).singleElement().satisfies(s -> assertThat(s.name()).isEqualTo("Extra Chip"));
    }

    @Test
    void an_unclosed_quote_names_the_file_and_line() throws IOException {
        Path f = csv("unclosed.csv", HEADER + row("Fine", "1e12") + "\"Open quote,NVIDIA\n" + row("Never read", "1e12"));
        assertOneLineError(importCsv(f), "unclosed.csv:", "bad CSV: ");
        assertThat(dir.resolve("out")).doesNotExist(); // nothing written
    }

    @Test
    void broken_headers_are_refused() throws IOException {
        assertOneLineError(importCsv(csv("dup.csv", "Hardware name,a,a\nx,1,2\n")), "dup.csv:1: bad CSV header", "duplicate");
        assertOneLineError(importCsv(csv("blank.csv", "Hardware name,,b\nx,1,2\n")), "blank.csv:1: bad CSV header", "missing");
        assertOneLineError(importCsv(csv("empty.csv", "")), "empty.csv", "no 'Hardware name' column");
    }

    @Test
    @Tag("slow") // minutes on 2 cores: run by the slow profile (.ci/run), not by mvn -B verify
    void not_utf8_and_too_large_files_are_refused() throws IOException {
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, (HEADER + "Caf\u00e9 Chip,,GPU\n").getBytes(StandardCharsets.ISO_8859_1));
        assertOneLineError(importCsv(latin1), "latin1.csv", "not UTF-8 text");
        Path huge = dir.resolve("huge.csv");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(129L * 1024 * 1024); // sparse: nothing is written to disk, and it is refused before reading
        }
        assertOneLineError(importCsv(huge), "huge.csv", "more than the 128 MiB an import reads");
    }

    private Path hundredThousandRows() throws IOException {
        Path f = dir.resolve("big.csv");
        StringBuilder s = new StringBuilder(HEADER);
        for (int i = 1; i <= 100_000; i++) {
            s.append(row("Chip " + i, i + "e9"));
        }
        return Files.writeString(f, s);
    }

    @Test
    @Tag("slow") // minutes on 2 cores: run by the slow profile (.ci/run), not by mvn -B verify
    void a_hundred_thousand_rows_import_whole() throws IOException {
        Run r = importCsv(hundredThousandRows());
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("read 100000 rows; wrote 100000 spec sheets").contains("skipped 0 rows");
        // row 99,999: "Chip 99999" with 99999e9 FLOP/s = 99.999 TFLOPS
        assertThat(Files.readString(dir.resolve("out/chip-99999.yaml"))).contains("Chip 99999").contains("99.999 TFLOPS");
    }

    @Test
    @Tag("slow") // minutes on 2 cores: run by the slow profile (.ci/run), not by mvn -B verify
    void a_killed_import_leaves_no_partial_file_and_the_next_one_cleans_up() throws Exception {
        Path csv = hundredThousandRows();
        Path out = dir.resolve("out");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "hwcalc.cli.Main",
                "import", "epoch", csv.toString(), "--out", out.toString(), "--seen", "2026-11-29")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            while (p.isAlive() && count(out, ".yaml") < 2_000) {
                Thread.sleep(20);
            }
            assertThat(p.isAlive()).as("the import finished before it could be killed: " + Files.readString(dir.resolve("child.log"))).isTrue();
            p.destroyForcibly().waitFor(); // SIGKILL: no finally block, no shutdown hook runs
        } finally {
            p.destroyForcibly();
        }
        int written = count(out, ".yaml");
        assertThat(written).isBetween(2_000, 99_999);
        // every sheet under its own name is whole: it loads, with its figure
        List<SpecSheet> sheets = imported();
        assertThat(sheets).hasSize(written).allSatisfy(s -> assertThat(s.throughput()).hasSize(1));
        // a second import with --force finishes the job and removes what the killed one left
        Run again = importCsv(csv, "--force");
        assertThat(again.code()).isEqualTo(0);
        assertThat(count(out, ".yaml")).isEqualTo(100_000);
        assertThat(count(out, ".tmp")).isZero();
    }

    private static int count(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return (int) files.filter(f -> f.getFileName().toString().endsWith(suffix)).count();
        }
    }
}
