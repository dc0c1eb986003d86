package hwcalc.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import hwcalc.cli.Cli;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second hostile round (issue 19), through the command line: bounded time, memory and stack;
 * numbers only in ASCII digits and within 10^±60; ids without dots; output that cannot carry
 * terminal escapes, broken XML or forged lines; options with bounds; nothing loaded silently
 * short. Each test failed before its fix. The timeouts guard against hangs; they measure nothing.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileRoundTwoTest {

    @TempDir
    Path dir;

    private static Cli run(String... args) {
        return Cli.run(args);
    }

    private Cli list() {
        return run("list", "--no-bundled", "--specs", dir.toString());
    }

    private Cli calc(String expression) {
        return run("calc", "--no-bundled", "--specs", dir.toString(), expression);
    }

    private static void assertUserError(Cli r, String... words) {
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("internal error").doesNotContain("\tat ");
        for (String w : words) {
            assertThat(r.err()).contains(w);
        }
    }

    /** A valid sheet; {@code extra} is appended as more top-level YAML. */
    private Path sheet(String id, String extra) throws IOException {
        return Files.writeString(dir.resolve(id + ".yaml"), "id: " + id + "\nname: Chip " + id + "\nvendor: Acme\nkind: chip\n"
                + "sources:\n  s: {url: https://example.org/" + id + ", seen: 2026-11-28}\n"
                + "throughput:\n  - {precision: fp32, value: 10 TFLOPS, sparsity: dense, core: vector, source: s}\n" + extra);
    }

    // --- bounded time, memory and stack

    @Test
    void an_exponent_bomb_in_a_unit_is_one_error_at_its_line() throws IOException {
        Files.writeString(dir.resolve("bomb.yaml"), "id: bomb\nname: Bomb\nvendor: Acme\nkind: chip\n"
                + "sources:\n  s: {url: https://example.org/b, seen: 2026-11-28}\n"
                + "throughput:\n  - {precision: fp32, value: \"1 (((lb^99)^99)^99)^9\", sparsity: dense, core: vector, source: s}\n");
        assertUserError(list(), "bomb.yaml:8", "unit power out of range: lb^99 (at most ^12)");
        Files.delete(dir.resolve("bomb.yaml"));
        // powers that are each small multiply up: ((lb^2)^2)^2)^2 is lb^16
        assertUserError(calc("1 to (((lb^2)^2)^2)^2"), "after 'to': unit power out of range: lb^16");
        assertUserError(calc("1 to (((lb^99)^99)^99)^9"), "after 'to': unit power out of range: lb^99");
    }

    @Test
    void unit_nesting_and_length_after_to_are_bounded() {
        // W*W*...*W, 121 characters: refused by length before the parser looks at it
        assertUserError(calc("1 W to " + "W*".repeat(60) + "W"), "after 'to': unit is too long (121 characters; at most 100)");
        assertUserError(calc("1 W to " + "(".repeat(20) + "W" + ")".repeat(20)), "nests parentheses deeper than 8 levels");
    }

    @Test
    void a_chain_of_minus_signs_does_not_overflow_the_stack() {
        // 5,000 minus signs and a 1: within the 10,000-character limit, and each sign is one level of recursion
        // 1 + then 4,000 minus signs and a 1: within the 10,000-character limit, and each sign is one level of recursion
        assertUserError(calc("1 + " + "-".repeat(4_000) + "1"), "expression nested deeper than 100 levels");
        Cli two = calc("1 + - - 2");
        assertThat(two.code()).as(two.err()).isZero(); // two levels: fine
        assertThat(two.out()).contains("3");
    }

    @Test
    void too_many_function_calls_in_a_claim_are_refused_at_the_expression() throws IOException {
        // 101 calls of months_per_doubling(2) joined by + : each is one calc evaluation
        String expression = String.join(" + ", java.util.Collections.nCopies(101, "months_per_doubling(2)"));
        Path f = Files.writeString(dir.resolve("claims.yaml"), "publication: {title: T}\nclaims:\n  - id: a\n    said: x\n"
                + "    check: {calc: \"" + expression + "\", claimed: 1, tolerance: 2%}\n    expected: holds\n");
        assertUserError(run("verify", f.toString()), "claims.yaml:5:19: error: ", "too many months_per_doubling calls (101; at most 100)");
    }

    @Test
    @Tag("slow") // 3,000 sheets read twice: about 5 s here
    void a_part_chain_of_3000_sheets_is_an_error_naming_the_part_not_a_stack_overflow() throws IOException {
        for (int i = 0; i < 3_000; i++) {
            String parts = i == 2_999 ? "" : "parts:\n  - {id: c" + (i + 1) + ", count: 1}\n";
            sheet("c" + i, parts);
        }
        Cli r = list();
        assertUserError(r, "parts: nest deeper than 16 levels");
        assertThat(r.err()).containsPattern("c\\d+\\.yaml:10:5: error: parts: nest deeper than 16 levels: c\\d+ -> \\.\\.\\. -> c\\d+ -> c\\d+");
        Cli check = run("check", "--no-bundled", "--today", "2026-11-28", dir.toString());
        assertThat(check.code()).as(check.err()).isEqualTo(1);
        assertThat(check.out()).contains("nest deeper than 16 levels");
    }

    @Test
    void errors_per_file_are_capped_and_the_rest_counted() throws IOException {
        StringBuilder y = new StringBuilder("prices:\n");
        for (int i = 0; i < 5_000; i++) { // each entry has one wrong field: 5,000 problems
            y.append("  - {amount: 1 USD, kind: list, date: 2020, scope: board, source: s, colour: red}\n");
        }
        sheet("many", y.toString());
        Cli r = list();
        assertUserError(r, "many.yaml");
        List<String> lines = r.err().strip().lines().toList();
        // 100 kept, and one line for the 4,900 others
        assertThat(lines).hasSize(101);
        assertThat(lines.get(100)).matches(".*many\\.yaml:110:\\d+: error: and 4900 more errors in this file \\(only the first 100 are shown\\)");
    }

    @Test
    void a_file_of_two_million_values_is_one_error_not_two_million() throws IOException {
        // 3.7 MB, under the 4 MiB limit: 1,850,000 aliases "A", each of which would be a problem
        sheet("wide", "aliases: [" + String.join(",", java.util.Collections.nCopies(1_850_000, "A")) + "]\n");
        Cli r = list();
        assertUserError(r, "wide.yaml:9:", "more than 100000 YAML values in one file");
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    @Test
    void a_huge_figure_in_a_bare_number_field_is_refused_at_its_line() throws IOException {
        sheet("huge", "derivation:\n  units: 1\n  units_source: s\n  boost_clock: {value: 1 GHz, source: s}\n"
                + "  flop_per_clock: {fp32: 1e400}\n");
        Cli r = list();
        assertUserError(r, "huge.yaml:13", "out of range");
        sheet("huge", "derivation:\n  units: 1\n  units_source: s\n  boost_clock: {value: 1 GHz, source: s}\n"
                + "  flop_per_clock: {fp32: 1e999999999}\n");
        assertUserError(list(), "huge.yaml:13", "out of range");
    }

    @Test
    void a_tolerance_beyond_range_names_the_claim_file_and_line() throws IOException {
        Path f = Files.writeString(dir.resolve("claims.yaml"), "publication: {title: T}\nclaims:\n  - id: a\n    said: x\n"
                + "    check: {calc: \"1\", claimed: 1, tolerance: 1e-2147483647%}\n    expected: holds\n");
        Cli r = run("verify", f.toString());
        assertUserError(r, "claims.yaml:5", "tolerance", "is not a percentage");
        assertThat(r.err()).doesNotContain("hwcalc: error: Underflow");
    }

    // --- numbers in ASCII digits only; ids without dots

    @Test
    void non_ascii_digits_are_not_numbers() throws IOException {
        sheet("chip-a", "");
        sheet("box", "parts:\n  - {id: chip-a, count: ８}\n");
        assertUserError(list(), "box.yaml:10", "count", "８");
        Files.delete(dir.resolve("box.yaml"));
        sheet("chip-b", "derivation:\n  units: ١٦\n  units_source: s\n");
        assertUserError(list(), "chip-b.yaml:10", "units", "١٦");
        Files.delete(dir.resolve("chip-b.yaml"));
        assertUserError(calc("129000 USD@２０１６"), "write the year of the dollars as @YYYY");
        assertUserError(calc("１ + 1"), "unexpected");
    }

    @Test
    void a_dollar_year_must_be_a_year_of_the_price_index() {
        assertUserError(calc("129000 USD@9999"), "no CPI-U for 9999");
        assertThat(calc("129000 USD@2016").code()).isZero();
    }

    @Test
    void ids_and_aliases_with_dots_are_refused() throws IOException {
        Files.writeString(dir.resolve("a.b.yaml"), "id: a.b\nname: A\nvendor: Acme\nkind: chip\n"
                + "sources:\n  s: {url: https://example.org/a, seen: 2026-11-28}\n"
                + "throughput:\n  - {precision: fp32, value: 10 TFLOPS, sparsity: dense, core: vector, source: s}\n");
        assertUserError(list(), "a.b.yaml:1", "lower-case slug");
        Files.delete(dir.resolve("a.b.yaml"));
        sheet("a", "aliases: [a.fp32]\n");
        assertUserError(list(), "a.yaml", "alias 'a.fp32' must be a lower-case slug");
    }

    // --- output that cannot be abused

    @Test
    void a_newline_in_a_yaml_key_cannot_forge_an_error_line() throws IOException {
        sheet("forge", "\"x\\nforge.yaml:1:1: error: forged\": 1\n");
        Cli r = list();
        assertUserError(r, "forge.yaml:9");
        assertThat(r.err().lines().filter(l -> l.startsWith("forge.yaml:1:1: error: forged"))).isEmpty();
        assertThat(r.err()).contains("x\\nforge.yaml:1:1: error: forged");
    }

    @Test
    void terminal_escapes_in_names_do_not_reach_the_chart_and_the_svg_stays_well_formed() throws Exception {
        for (int i = 0; i < 3; i++) {
            Files.writeString(dir.resolve("g" + i + ".yaml"), "id: g" + i + "\nname: \"Evil\\e[31mRed\\x07\\u202e" + i + "\"\n"
                    + "vendor: Acme\nkind: accelerator\ndates: {available: 20" + (10 + i * 3) + "-06}\n"
                    + "sources:\n  s: {url: https://example.org/g, seen: 2026-11-28}\n"
                    + "throughput:\n  - {precision: fp32, value: " + (1 + i) + " TFLOPS, sparsity: dense, core: vector, source: s}\n");
        }
        Path svg = dir.resolve("c.svg");
        Cli r = run("plot", "--y", "peak", "--no-bundled", "--specs", dir.toString(), "--out", svg.toString());
        assertThat(r.code()).as(r.err()).isZero();
        byte[] bytes = Files.readAllBytes(svg);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202e").contains("Evil\\x1b[31mRed\\x07\\u202e");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // no network
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            assertThat(factory.newDocumentBuilder().parse(in).getDocumentElement().getLocalName()).isEqualTo("svg");
        }
    }

    // --- options with bounds

    @Test
    void negative_absurd_and_non_ascii_options_are_refused_where_they_are_typed() {
        String[][] cases = {
            {"rank", "--by", "time-to-compute", "--flop-budget", "-3.14e23 FLOP"},
            {"rank", "--by", "time-to-compute", "--flop-budget", "0 FLOP"},
            {"rank", "--by", "peak", "--top", "-5"},
            {"rank", "--by", "peak", "--top", "５"},
            {"rank", "--by", "energy-cost", "--usd-per-kwh", "1e999999999"},
            {"rank", "--by", "energy-cost", "--usd-per-kwh", "-0.1"},
            {"rank", "--by", "energy-cost", "--usd-per-kwh", "0.1", "--years", "0"},
            {"rank", "--by", "energy-cost", "--usd-per-kwh", "0.1", "--years", "1e6"},
            {"rank", "--by", "energy-cost", "--usd-per-kwh", "0.1", "--utilisation", "1.5"},
            {"rank", "--by", "peak", "--digits", "١٦"},
            {"compare", "a100", "v100", "--adjust-to", "99999"},
            {"calc", "--digits", "0", "1 + 1"},
        };
        for (String[] c : cases) {
            Cli r = run(c);
            String option = c[c.length - 2].startsWith("--") ? c[c.length - 2] : c[1];
            assertThat(r.code()).as(String.join(" ", c) + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", c)).contains("Invalid value for option '" + option + "'");
        }
        assertThat(run("rank", "--by", "energy-cost", "--usd-per-kwh", "0.1", "--years", "4", "--utilisation", "0.4", "--top", "3").code())
                .isZero();
    }

    // --- nothing loaded silently short

    @Test
    void specs_that_are_not_files_or_folders_are_an_error() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        assertUserError(run("list", "--no-bundled", "--specs", "/dev/zero"), "/dev/zero", "not a regular file or folder");
        Path fifo = dir.resolve("pipe");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(p.waitFor() == 0);
        assertUserError(run("list", "--no-bundled", "--specs", fifo.toString()), "pipe", "not a regular file or folder");
    }

    @Test
    void sheets_too_deep_in_folders_are_an_error_not_skipped() throws IOException {
        Path deep = dir;
        for (int i = 0; i < 17; i++) {
            deep = deep.resolve("d" + i);
        }
        Files.createDirectories(deep);
        Files.writeString(deep.resolve("x.yaml"), "id: x\n");
        Cli r = list();
        assertUserError(r, "d15", "folders nest deeper than 16 levels; files below here are not read");
    }

    @Test
    void a_trend_over_dates_days_apart_is_refused_in_every_format() throws IOException {
        for (int i = 0; i < 3; i++) {
            Files.writeString(dir.resolve("t" + i + ".yaml"), "id: t" + i + "\nname: T" + i + "\nvendor: Acme\nkind: accelerator\n"
                    + "dates: {available: 2020-01-0" + (1 + i) + "}\nsources:\n  s: {url: https://example.org/t, seen: 2026-11-28}\n"
                    + "throughput:\n  - {precision: fp32, value: " + (1 + 100 * i * i) + " TFLOPS, sparsity: dense, core: vector, source: s}\n");
        }
        for (String format : new String[] {"table", "json", "csv"}) {
            Cli r = run("trend", "--y", "peak", "--no-bundled", "--specs", dir.toString(), "--format", format);
            assertUserError(r, "release dates span", "at least 1 year apart");
            assertThat(r.out()).isEmpty();
        }
    }

    // --- import epoch

    private static String epochHeader() throws IOException {
        try (InputStream in = HostileRoundTwoTest.class.getResourceAsStream("/epoch/chip-dataset-sample.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.substring(1, text.indexOf('\n') + 1);
        }
    }

    private static String epochRow(List<String> header, String name, String price) {
        List<String> cells = new ArrayList<>();
        for (String column : header) {
            cells.add(switch (column) {
                case "Hardware name" -> name;
                case "Type" -> "GPU";
                case "FP32 (single precision) performance (FLOP/s)" -> "1e13";
                case "Link to datasheet" -> "https://example.org/datasheet";
                case "Release date" -> "2020-01-01";
                case "Release price (USD)" -> price;
                default -> "";
            });
        }
        return String.join(",", cells) + "\n";
    }

    @Test
    void an_import_suffix_never_takes_another_rows_own_id_and_a_bad_price_drops_only_the_cell() throws IOException {
        String header = epochHeader();
        List<String> columns = List.of(header.strip().split(",", -1));
        Path csv = Files.writeString(dir.resolve("chips.csv"), header + epochRow(columns, "NVIDIA H100", "")
                + epochRow(columns, "NVIDIA H100", "") + epochRow(columns, "NVIDIA H100 2", "")
                + epochRow(columns, "Pricey", "$1" + "0".repeat(70)));
        Path out = dir.resolve("out");
        Cli r = run("import", "epoch", csv.toString(), "--out", out.toString(), "--seen", "2026-11-29");
        assertThat(r.code()).as(r.err()).isZero();
        // the repeat gets -3: -2 is the third row's own id
        assertThat(out.resolve("nvidia-h100.yaml")).exists();
        assertThat(out.resolve("nvidia-h100-3.yaml")).exists();
        assertThat(Files.readString(out.resolve("nvidia-h100-2.yaml"))).contains("name: \"NVIDIA H100 2\"");
        // 1 followed by 70 zeros is beyond 10^60: that cell is left out and counted, the row is kept
        assertThat(out.resolve("pricey.yaml")).exists();
        assertThat(r.out()).contains("out of range: Release price (USD)");
    }

    @Test
    void an_import_seen_date_that_no_sheet_can_carry_is_refused() throws IOException {
        Path csv = Files.writeString(dir.resolve("chips.csv"), epochHeader()
                + epochRow(List.of(epochHeader().strip().split(",", -1)), "Chip", ""));
        Cli r = run("import", "epoch", csv.toString(), "--out", dir.resolve("out").toString(), "--seen", "1800-01-01");
        assertUserError(r, "--seen: 1800-01-01 is not a date the dataset can have been read");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
