package hwcalc.epoch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hwcalc.check.CheckReport;
import hwcalc.check.Checker;
import hwcalc.spec.Severity;
import hwcalc.spec.Core;
import hwcalc.spec.Precision;
import hwcalc.spec.SpecLoader;
import hwcalc.spec.SpecSheet;
import hwcalc.spec.Sparsity;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Epoch importer on a small CSV in Epoch's column format (src/test/resources/epoch). */
class EpochImportTest {
    static final LocalDate SEEN = LocalDate.of(2026, 11, 28);

    static Path sample() {
        try {
            return Path.of(EpochImportTest.class.getResource("/epoch/chip-dataset-sample.csv").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SpecSheet sheet(Path dir, String id) {
        return SpecLoader.readAll(SpecLoader.folderFiles(dir.resolve(id + ".yaml"), id + ".yaml")).get(0);
    }

    @Test
    void counts_rows_written_and_skipped_with_reasons(@TempDir Path out) throws IOException {
        ImportReport r = new EpochImport(SEEN).run(sample(), out, false);
        assertThat(r.rows()).isEqualTo(12);
        assertThat(r.written()).hasSize(9);
        assertThat(r.skipped()).isEqualTo(3);
        assertThat(r.skippedRows().keySet()).containsExactly("no name",
                "no figures (no throughput, memory, power, price, process, transistors or die size)", "ragged row (3 of 53 fields)");
        assertThat(r.skippedRows().get("ragged row (3 of 53 fields)")).containsExactly("row 12 'Example Ragged'");
        assertThat(r.skippedCells()).containsExactlyInAnyOrderEntriesOf(Map.of("not a number: FP32 (single precision)", 1,
                "zero: TDP (W)", 1, "price without a release date to date it", 1));
        assertThat(r.suffixedIds()).isEqualTo(1);
        assertThat(r.joinedRows()).isEqualTo(1);
        assertThat(r.summary(out)).contains("read 12 rows; wrote 9 spec sheets").contains("1  no name (e.g. row 4)");
    }

    @Test
    void every_sheet_loads_and_has_no_load_time_findings(@TempDir Path out) throws IOException {
        new EpochImport(SEEN).run(sample(), out, false);
        List<SpecLoader.SpecFile> files = SpecLoader.folderFiles(out, "out");
        assertThat(SpecLoader.readAll(files)).hasSize(9);
        CheckReport r = new Checker(SEEN).check(List.of(), files);
        assertThat(r.findings()).allSatisfy(f -> assertThat(f.rule().id()).doesNotStartWith("yaml.")
                .doesNotStartWith("schema.").doesNotStartWith("provenance."));
        assertThat(r.findings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
    }

    @Test
    void figures_are_tagged_as_epochs_columns_mean_them(@TempDir Path out) throws IOException {
        new EpochImport(SEEN).run(sample(), out, false);
        SpecSheet h = sheet(out, "example-h100-sxm5-80gb");
        assertThat(h.declared(Precision.FP16, Sparsity.DENSE, Core.VECTOR).orElseThrow().figure().value()).hasToString("133.8 TFLOPS");
        assertThat(h.declared(Precision.FP16, Sparsity.DENSE, Core.TENSOR).orElseThrow().figure().value()).hasToString("989.4 TFLOPS");
        assertThat(h.declared(Precision.TF32, Sparsity.DENSE, Core.TENSOR).orElseThrow().figure().value()).hasToString("494.7 TFLOPS");
        assertThat(h.declared(Precision.INT8, Sparsity.DENSE, Core.TENSOR).orElseThrow().figure().value()).hasToString("1.979 POPS");
        assertThat(h.throughput()).allSatisfy(t -> assertThat(t.sparsity()).isEqualTo(Sparsity.DENSE));
        assertThat(h.memory().capacity().value()).hasToString("80 GB");
        assertThat(h.memory().bandwidth().value()).hasToString("3.35 TB/s");
        assertThat(h.transistors().value()).hasToString("80000000000");
        assertThat(h.dates().announced()).hasToString("2022-09-20");
        assertThat(h.kind().key()).isEqualTo("accelerator");
        // the integer rate of a chip without tensor figures runs on its vector units; 8589934592 B is 8 GiB
        SpecSheet cpu = sheet(out, "example-xeon-8");
        assertThat(cpu.kind().key()).isEqualTo("cpu");
        assertThat(cpu.declared(Precision.INT8, Sparsity.DENSE, Core.VECTOR)).isPresent();
        assertThat(cpu.memory().capacity().value()).hasToString("8 GiB");
    }

    @Test
    void sources_are_the_datasheet_links_and_epoch_and_prices_are_parsed(@TempDir Path out) throws IOException {
        new EpochImport(SEEN).run(sample(), out, false);
        SpecSheet h = sheet(out, "example-h100-sxm5-80gb");
        assertThat(h.sources().get("datasheet").url()).isEqualTo("https://example.org/h100-datasheet.pdf");
        assertThat(h.sources().get("datasheet-2").url()).isEqualTo("https://example.org/h100-specs");
        assertThat(h.sources().get("datasheet").seen()).hasToString("2025-06-13"); // Epoch's last edit of the row
        assertThat(h.sources().get("epoch").url()).isEqualTo("https://github.com/epoch-research/training-cost-trends");
        assertThat(h.sources().get("epoch").publisher()).isEqualTo("Epoch AI");
        assertThat(h.sources().get("epoch").seen()).hasToString("2026-11-28");
        assertThat(h.sources().values()).as("all through Epoch's CSV").extracting(hwcalc.spec.Source::tier)
                .containsOnly(hwcalc.spec.Tier.SECONDARY);
        assertThat(h.throughput().get(0).figure().sources()).containsExactly("datasheet", "datasheet-2", "epoch");
        assertThat(h.prices()).singleElement().satisfies(p -> {
            assertThat(p.amount()).hasToString("44489.88 USD");
            assertThat(p.date()).hasToString("2022-09-20");
            assertThat(p.scope().name()).isEqualTo("BOARD");
            assertThat(p.sources()).containsExactly("epoch");
            assertThat(p.note()).contains("Per card, from a DGX price of 8 GPUs.");
        });
        SpecSheet a = sheet(out, "a100-example");
        assertThat(a.prices().get(0).sources()).containsExactly("price-source", "epoch");
        assertThat(a.sources().get("price-source").url()).isEqualTo("https://example.org/a100-price");
    }

    @Test
    void ids_are_slugs_unique_per_import_and_names_keep_their_letters(@TempDir Path out) throws IOException {
        new EpochImport(SEEN).run(sample(), out, false);
        assertThat(sheet(out, "a100-example-2").name()).isEqualTo("A100 example");
        assertThat(sheet(out, "example-accelerateur-x1").name()).isEqualTo("Exämple Accélérateur 加速器 X1");
        assertThat(sheet(out, "example-cut-row").name()).isEqualTo("Example Cut Row");
        assertThat(sheet(out, "mystery-chip").vendor()).isEqualTo("Unknown");
        assertThat(Slugs.slug("AMD Radeon Vega 3  Embedded")).isEqualTo("amd-radeon-vega-3-embedded");
        assertThat(Slugs.slug("黑芝麻")).isEmpty();
        assertThat(new Slugs().unique("黑芝麻", "epoch-row-7")).isEqualTo("epoch-row-7");
    }

    @Test
    void long_names_are_cut_at_a_word_and_numbers_keep_every_digit() {
        String longName = "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho Sigma";
        String slug = Slugs.slug(longName);
        assertThat(slug).hasSize(80).endsWith("-omicron"); // the limit falls between two words
        assertThat(Slugs.slug("Ab " + longName)).endsWith("-nu-xi"); // the limit falls inside "omicron"
        assertThat(EpochValues.scaled(new java.math.BigDecimal("989400000000000"), "FLOPS")).isEqualTo("989.4 TFLOPS");
        assertThat(EpochValues.scaled(new java.math.BigDecimal("72960000000"), "FLOPS")).isEqualTo("72.96 GFLOPS");
        assertThat(EpochValues.scaled(new java.math.BigDecimal("2000000000000000000000"), "B")).isEqualTo("2000000 PB");
        assertThat(EpochValues.capacity(new java.math.BigDecimal("42949672960"))).isEqualTo("40 GiB");
        assertThat(EpochValues.capacity(new java.math.BigDecimal("287500000000"))).isEqualTo("287.5 GB");
        assertThat(EpochValues.capacity(new java.math.BigDecimal("1610612736"))).isEqualTo("1536 MiB");
    }

    @Test
    void never_overwrites_without_force_and_leaves_no_temporary_files(@TempDir Path out) throws IOException {
        Files.writeString(out.resolve("mystery-chip.yaml"), "mine\n");
        assertThatThrownBy(() -> new EpochImport(SEEN).run(sample(), out, false))
                .hasMessageContaining("1 of the files exist").hasMessageContaining("mystery-chip.yaml").hasMessageContaining("--force");
        assertThat(Files.readString(out.resolve("mystery-chip.yaml"))).isEqualTo("mine\n");
        try (Stream<Path> s = Files.list(out)) { // nothing written at all, but the (empty) folder lock
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("mystery-chip.yaml", ".hwcalc.lock");
        }
        new EpochImport(SEEN).run(sample(), out, true);
        assertThat(Files.readString(out.resolve("mystery-chip.yaml"))).startsWith("# Imported by hwcalc import epoch");
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".hwcalc.lock")))
                    .hasSize(9).allSatisfy(n -> assertThat(n).endsWith(".yaml"));
        }
    }

    @Test
    void yaml_text_quoting_keeps_data_from_changing_the_structure() {
        assertThat(YamlText.quote("a \"b\": c\n- d # e")).isEqualTo("\"a \\\"b\\\": c\\n- d # e\"");
        assertThat(YamlText.quote("\u0007")).isEqualTo("\"\\u0007\"");
    }

    @Test
    void a_file_that_is_not_epochs_is_refused(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("x.csv"), "a,b\n1,2\n");
        assertThatThrownBy(() -> new EpochImport(SEEN).run(csv, dir.resolve("out"), false))
                .hasMessageContaining("no 'Hardware name' column");
    }

    @Test
    void an_exponent_beyond_range_skips_the_cell_not_the_import() {
        // found by the fuzzer: new BigDecimal("1e99999999999") throws NumberFormatException
        // and 1e999999999 parsed but then took minutes dividing by 1024^n (also the fuzzer's): both are out of range
        String csv = "Hardware name,FP32 (single precision) performance (FLOP/s),TDP (W),Memory size per board (Byte)\n"
                + "Big,1e99999999999,300,1e999999999\n";
        EpochImport.Parsed p = new EpochImport(SEEN).parse(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "x.csv");
        assertThat(p.drafts()).hasSize(1);
        assertThat(p.drafts().get(0).yaml()).contains("300 W").doesNotContain("FP32");
        assertThat(p.skippedCells()).containsExactly(Map.entry("out of range: FP32 (single precision)", 1),
                Map.entry("out of range: Memory size per board (Byte)", 1));
    }
}
