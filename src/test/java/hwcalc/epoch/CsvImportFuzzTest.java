package hwcalc.epoch;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Fuzz target for the CSV importer: whatever the bytes, parsing either gives drafts (each of which
 * the spec reader has already loaded) or throws CsvFormatException with a message naming the
 * file. Anything else is a finding. Half the inputs get Epoch's real header line in front, so the
 * fuzzer spends its time on rows rather than on the header check.
 * In a normal build this runs in regression mode over
 * src/test/resources/hwcalc/epoch/CsvImportFuzzTestInputs/csvImport; fuzz for real with
 * JAZZER_FUZZ=1 mvn test -Dtest=CsvImportFuzzTest (docs/quality.md).
 * (In this package, not hwcalc.fuzz, because parse() is package-private: the fuzzer needs no files.)
 */
class CsvImportFuzzTest {

    private static final String HEADER = header();
    private static final EpochImport IMPORT = new EpochImport(LocalDate.of(2026, 11, 29));

    private static String header() {
        try (InputStream in = CsvImportFuzzTest.class.getResourceAsStream("/epoch/chip-dataset-sample.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.substring(0, text.indexOf('\n') + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void csvImport(FuzzedDataProvider data) {
        boolean withHeader = data.consumeBoolean();
        byte[] rest = data.consumeRemainingAsBytes();
        byte[] bytes = withHeader ? concat(HEADER.getBytes(StandardCharsets.UTF_8), rest) : rest;
        try {
            EpochImport.Parsed parsed = IMPORT.parse(bytes, "fuzz.csv");
            int skipped = parsed.skippedRows().values().stream().mapToInt(java.util.List::size).sum();
            if (parsed.drafts().size() + skipped != parsed.rows()) {
                throw new IllegalStateException("rows " + parsed.rows() + " != written " + parsed.drafts().size()
                        + " + skipped " + skipped);
            }
        } catch (CsvFormatException expected) {
            if (!expected.getMessage().startsWith("fuzz.csv")) {
                throw new IllegalStateException("message does not name the file: " + expected.getMessage());
            }
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
