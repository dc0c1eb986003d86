package hwcalc.epoch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import hwcalc.units.InputException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The price importer on a small CSV in Epoch's hardware-prices format
 * (src/test/resources/epoch/hardware-prices-sample.csv: 19 rows, a BOM, CRLF, a two-line note).
 * The expected counts are counted by hand from that file, row by row, in the comments below.
 */
class EpochPriceImportTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static Path sample() {
        try {
            return Path.of(EpochPriceImportTest.class.getResource("/epoch/hardware-prices-sample.csv").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode file(Path dir, String sheet) throws IOException {
        return YAML.readTree(Files.readAllBytes(dir.resolve(sheet + ".yaml")));
    }

    @Test
    void counts_prices_written_and_rows_skipped_by_reason(@TempDir Path out) throws IOException {
        PriceImportReport r = new EpochPriceImport().run(sample(), out, false);
        assertThat(r.rows()).isEqualTo(19);
        // written: rows 1 (3 prices), 2, 3, 8, 9, 10, 11, 13, 16 (2 prices), 17 = 10 rows, 13 prices
        assertThat(r.prices()).isEqualTo(13);
        // on-demand: rows 1, 2, 3, 13, 16; commit-1y: 1, 16; commit-3y: 1; press 8 (a press table's "list price"), 17;
        // reseller 9 (a DGX per GPU), 10 (a shop's page, no Notes); estimate 11
        assertThat(r.pricesByKind()).containsExactlyInAnyOrderEntriesOf(Map.of("on-demand", 5, "commit-1y", 2, "commit-3y", 1,
                "reseller", 2, "estimate", 1, "press", 2));
        // skipped: rows 4, 5, 6, 7, 12, 14, 15, 18, 19 = 9; 10 written + 9 skipped = 19 rows
        assertThat(r.skipped()).isEqualTo(9);
        assertThat(r.skippedRows()).containsOnlyKeys("not matched: hardware variant not named",
                "not matched: no bundled sheet for this hardware", "not matched: hardware name not in the mapping table",
                PurchaseKinds.KIND_NOT_STATED, "no price in any price column", "provider not in the tier table: Unknown Cloud",
                "no source URL (Epoch writes 'No source')", PurchaseKinds.NOT_OBSERVED);
        assertThat(r.skippedRows().get("not matched: hardware variant not named"))
                .containsExactly("row 4 'NVIDIA A100 PCIe'", "row 5 'NVIDIA A100'");
        assertThat(r.skippedRows().get("no price in any price column")).containsExactly("row 12 'NVIDIA H100 SXM5 80GB'");
        // prices left out of matched rows: row 19 (kind not stated), 14 (provider), 18 (not observed)
        assertThat(r.skippedPrices()).containsExactlyInAnyOrderEntriesOf(Map.of(PurchaseKinds.KIND_NOT_STATED, 1,
                "provider not in the tier table: Unknown Cloud", 1, PurchaseKinds.NOT_OBSERVED, 1));
        assertThat(r.unmatched()).containsOnlyKeys("NVIDIA A100 PCIe", "NVIDIA A100", "NVIDIA RTX A5000", "Example Chip X");
        assertThat(r.unmatched().get("NVIDIA A100").why()).contains("a100-sxm4-40gb", "a100-pcie-80gb");
        // files: h100-sxm5 (rows 1, 9, 10), a100-pcie-80gb (2), a100-pcie-40gb (3), tesla-t4 (8), tpu-v5e (11), rtx-4090 (13, 16), h20 (17)
        assertThat(r.written()).extracting(p -> p.getFileName().toString()).containsExactly("a100-pcie-40gb.yaml",
                "a100-pcie-80gb.yaml", "h100-sxm5.yaml", "h20.yaml", "rtx-4090.yaml", "tesla-t4.yaml", "tpu-v5e.yaml");
        // flagged: row 13 (0.04 < 0.05 USD/h) and row 16's commit-1y (0.60 above its on-demand 0.50)
        assertThat(r.flagged()).isEqualTo(2);
        assertThat(r.summary(out)).contains("read 19 rows; wrote 13 prices for 7 sheets")
                .contains("2  not matched: hardware variant not named (e.g. row 4 'NVIDIA A100 PCIe'; row 5 'NVIDIA A100')")
                .contains("1  NVIDIA RTX A5000: no bundled sheet for this hardware\n")
                .contains("Epoch AI, CC BY 4.0");
    }

    @Test
    void a_price_file_keeps_each_rows_source_date_provider_and_tier(@TempDir Path out) throws IOException {
        new EpochPriceImport().run(sample(), out, false);
        JsonNode h = file(out, "h100-sxm5");
        assertThat(h.get("prices-for").asText()).isEqualTo("h100-sxm5");
        assertThat(h.get("credit").get("text").asText()).contains("Epoch AI").contains("CC BY 4.0");
        // by date: row 9 (2023-05-29) first, then row 1's three prices (2024-05-01) in kind order, then row 10 (2025)
        JsonNode p = h.get("prices");
        assertThat(p).hasSize(5);
        JsonNode dgx = p.get(0);
        assertThat(dgx.get("amount").asText()).isEqualTo("33750 USD");
        assertThat(dgx.get("kind").asText()).isEqualTo("reseller");
        assertThat(dgx.get("scope").asText()).isEqualTo("system");
        assertThat(dgx.get("chips").asInt()).isEqualTo(8);
        assertThat(dgx.has("provider")).isFalse();
        assertThat(dgx.get("note").asText()).contains("Epoch row 9").contains("system price / 8");
        JsonNode od = p.get(1);
        assertThat(od.get("amount").asText()).isEqualTo("2.49 USD/h");
        assertThat(od.get("kind").asText()).isEqualTo("on-demand");
        assertThat(od.get("scope").asText()).isEqualTo("chip");
        assertThat(od.get("chips").asInt()).isEqualTo(8);
        assertThat(od.get("provider").asText()).isEqualTo("Lambda Labs");
        assertThat(od.get("provider-tier").asText()).isEqualTo("neocloud");
        assertThat(od.get("region").asText()).isEqualTo("US East");
        assertThat(od.get("date").asText()).isEqualTo("2024-05-01");
        assertThat(p.get(2).get("kind").asText()).isEqualTo("commit-1y");
        assertThat(p.get(2).get("amount").asText()).isEqualTo("2.1 USD/h");
        assertThat(p.get(3).get("kind").asText()).isEqualTo("commit-3y");
        // one source per URL, keyed in order of first use; SemiAnalysis is press (independent), Lambda's own page vendor
        assertThat(dgx.get("source").asText()).isEqualTo("s1");
        assertThat(od.get("source").asText()).isEqualTo("s2");
        assertThat(p.get(3).get("source").asText()).isEqualTo("s2");
        JsonNode s1 = h.get("sources").get("s1");
        assertThat(s1.get("tier").asText()).isEqualTo("independent");
        assertThat(s1.get("seen").asText()).isEqualTo("2023-05-29"); // the snapshot's date
        assertThat(s1.get("url").asText()).startsWith("https://web.archive.org/web/20230529125834/");
        assertThat(h.get("sources").get("s2").get("tier").asText()).isEqualTo("vendor");
        JsonNode shop = p.get(4);
        assertThat(shop.get("kind").asText()).isEqualTo("reseller");
        assertThat(shop.get("scope").asText()).isEqualTo("chip");
        assertThat(shop.get("note").asText()).endsWith("the kind is the source's: a shop page (Uvation)");
        assertThat(shop.get("source").asText()).isEqualTo("s3");
        assertThat(h.get("sources")).hasSize(3);
    }

    @Test
    void purchase_kinds_scopes_and_flags_come_out_as_the_rules_say(@TempDir Path out) throws IOException {
        new EpochPriceImport().run(sample(), out, false);
        JsonNode t4 = file(out, "tesla-t4").get("prices").get(0);
        assertThat(t4.get("kind").asText()).isEqualTo("press"); // The Next Platform's table: Epoch's "list price" label
        assertThat(t4.get("note").asText()).endsWith("Epoch labels it a list price; the source is an article (The Next Platform)");
        assertThat(t4.get("scope").asText()).isEqualTo("board"); // a T4 card: the table's scope
        JsonNode tpu = file(out, "tpu-v5e").get("prices").get(0);
        assertThat(tpu.get("kind").asText()).isEqualTo("estimate");
        assertThat(tpu.get("scope").asText()).isEqualTo("chip");
        JsonNode h20 = file(out, "h20").get("prices").get(0);
        assertThat(h20.get("kind").asText()).isEqualTo("press");
        assertThat(h20.get("approx").asBoolean()).isTrue();
        // the 80 GB and 40 GB rows resolved by their own descriptions, and say so
        assertThat(file(out, "a100-pcie-80gb").get("prices").get(0).get("note").asText()).contains("names 80 GB");
        assertThat(file(out, "a100-pcie-40gb").get("prices").get(0).get("amount").asText()).isEqualTo("1.29 USD/h");
        JsonNode rtx = file(out, "rtx-4090").get("prices");
        // row 16 (RunPod) and 13 (Salad) share no date: 2024-02-14 first
        assertThat(rtx.get(0).get("provider").asText()).isEqualTo("RunPod");
        assertThat(rtx.get(1).get("kind").asText()).isEqualTo("commit-1y");
        assertThat(rtx.get(1).get("note").asText()).contains(PriceFile.FLAG).contains("above the same row's on-demand rate (0.50");
        assertThat(rtx.get(2).get("provider-tier").asText()).isEqualTo("marketplace");
        assertThat(rtx.get(2).get("note").asText()).contains(PriceFile.FLAG + "below 0.05 USD per chip-hour");
        assertThat(rtx.get(0).get("note").asText()).doesNotContain(PriceFile.FLAG);
    }

    @Test
    void the_same_csv_gives_byte_identical_files(@TempDir Path a, @TempDir Path b) throws IOException {
        PriceImportReport first = new EpochPriceImport().run(sample(), a, false);
        new EpochPriceImport().run(sample(), b, false);
        for (Path f : first.written()) {
            assertThat(Files.readAllBytes(b.resolve(f.getFileName()))).isEqualTo(Files.readAllBytes(f));
        }
    }

    @Test
    void never_overwrites_without_force(@TempDir Path out) throws IOException {
        new EpochPriceImport().run(sample(), out, false);
        Files.writeString(out.resolve("h20.yaml"), "mine");
        assertThatThrownBy(() -> new EpochPriceImport().run(sample(), out, false)).isInstanceOf(InputException.class)
                .hasMessageContaining("nothing was written").hasMessageContaining("--force");
        assertThat(Files.readString(out.resolve("h20.yaml"))).isEqualTo("mine");
        new EpochPriceImport().run(sample(), out, true);
        assertThat(Files.readString(out.resolve("h20.yaml"))).startsWith("# Generated by `hwcalc import epoch-prices`");
    }

    @Test
    void a_csv_without_epochs_price_columns_is_refused() {
        byte[] chips = "Hardware name,Manufacturer\nX,Y\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new EpochPriceImport().parse(chips, "chips.csv")).isInstanceOf(CsvFormatException.class)
                .hasMessage("chips.csv: not Epoch's hardware price file (no 'Price source' column)");
    }

    @Test
    void every_sheet_the_mapping_table_names_is_a_bundled_sheet() {
        List<String> missing = PriceModels.bundled().sheetIds().stream()
                .filter(id -> !Files.isRegularFile(Path.of("specs", id + ".yaml"))).toList();
        assertThat(missing).isEmpty();
        assertThat(PriceModels.bundled().sheetIds()).contains("h100-sxm5", "a100-pcie-80gb", "tpu-v6e", "l40s");
    }

    @Test
    void a_name_resolves_by_its_first_fitting_line_and_never_fuzzily() {
        PriceModels m = PriceModels.bundled();
        assertThat(m.match("NVIDIA A100 PCIe", "A100 80 GB PCIe")).isEqualTo(new PriceModels.Sheet("a100-pcie-80gb", "board",
                "matched to the 80 GB card because the row's description names 80 GB"));
        assertThat(m.match("NVIDIA A100 PCIe", "")).isInstanceOf(PriceModels.Unmatched.class);
        assertThat(((PriceModels.Unmatched) m.match("nvidia h100 sxm5 80gb", "")).reason())
                .isEqualTo(PriceModels.Reason.NOT_IN_TABLE); // case matters: Epoch's names are matched exactly
        assertThat(((PriceModels.Unmatched) m.match("NVIDIA RTX A5000", "")).reason()).isEqualTo(PriceModels.Reason.NO_SHEET);
    }

    @Test
    void purchase_kinds_follow_the_notes_in_rule_order() {
        assertThat(PurchaseKinds.classify("Single-unit release price")).isEqualTo(new PurchaseKinds.Purchase("list", false, false));
        assertThat(PurchaseKinds.classify("Single-unit list price").kind()).isEqualTo("list");
        assertThat(PurchaseKinds.classify("DGX A100, 8 GPU, 320GB. Release price."))
                .isEqualTo(new PurchaseKinds.Purchase("list", true, false));
        assertThat(PurchaseKinds.classify("Estimated TPU purchase price").kind()).isEqualTo("estimate");
        assertThat(PurchaseKinds.classify("DGX, 8 GPU, 640GB. \u201cNvidia sells DGX H100\u2019s at around $270,000\u201d."))
                .isEqualTo(new PurchaseKinds.Purchase("press", true, true));
        assertThat(PurchaseKinds.classify("$375,000.00 / 8 = 46 875 US$ per chip")).isEqualTo(new PurchaseKinds.Purchase("reseller", true, false));
        assertThat(PurchaseKinds.classify("8x GPU HGX, $248,956 total").kind()).isEqualTo("reseller");
        assertThat(PurchaseKinds.classify("")).isNull();
        assertThat(PurchaseKinds.classify("Euro to USD https://www.oanda.com/")).isNull();
        PurchaseKinds.Purchase label = PurchaseKinds.classify("Single-unit list price");
        assertThat(label.labelOnly()).isTrue();
        assertThat(PurchaseKinds.bySource(label, "", "independent", "article").kind()).isEqualTo("press");
        assertThat(PurchaseKinds.bySource(label, "", "vendor", "shop page").kind()).isEqualTo("reseller");
        assertThat(PurchaseKinds.bySource(label, "", "secondary", "page").kind()).isEqualTo("list");
        PurchaseKinds.Purchase launch = PurchaseKinds.classify("Launch price");
        assertThat(PurchaseKinds.bySource(launch, "", "independent", "article")).isSameAs(launch); // a launch price stays list
        assertThat(PurchaseKinds.bySource(null, "HGX, 8 GPU", "vendor", "shop page"))
                .isEqualTo(new PurchaseKinds.Purchase("reseller", true, false));
        assertThat(PurchaseKinds.bySource(null, "", "secondary", "resale listing").kind()).isEqualTo("street");
        assertThat(PurchaseKinds.bySource(null, "", "independent", "article")).isNull();
        assertThat(PurchaseKinds.notObserved("This is not a real sale price. Estimating...")).isTrue();
        assertThat(PurchaseKinds.countInNotes("8x GPU HGX")).isEqualTo(8);
        assertThat(PurchaseKinds.countInNotes("$76,219.95 / 8 = 9 527.49375 US$ per chip")).isEqualTo(8);
        assertThat(PurchaseKinds.countInNotes("Single-unit list price")).isNull();
    }

    @Test
    void source_tiers_judge_a_snapshot_by_the_page_it_archived() {
        PriceSources s = PriceSources.bundled();
        assertThat(s.site("https://web.archive.org/web/20240226183104/https://oblivus.com/pricing/"))
                .isEqualTo(new PriceSources.Site("vendor", "Oblivus", "pricing page", java.time.LocalDate.of(2024, 2, 26)));
        assertThat(s.site("https://cloud.google.com/tpu/pricing").tier()).isEqualTo("vendor");
        assertThat(s.site("https://www.nextplatform.com/2022/05/09/x/").tier()).isEqualTo("independent");
        assertThat(s.site("https://github.com/the-full-stack/website/blob/main/docs/cloud-gpus/cloud-gpus.csv").tier())
                .isEqualTo("secondary");
        assertThat(s.site("https://github.com/someone/else").publisher()).isEqualTo("github.com"); // not in the table: secondary
        assertThat(s.site("https://notvast.ai.example.org/").tier()).isEqualTo("secondary");
        assertThat(s.providerTier("Salad")).isEqualTo("marketplace");
        assertThat(s.providerTier("Oracle Cloud")).isEqualTo("hyperscaler");
    }

    @Test
    void docs_prices_md_gives_every_provider_its_tier_as_the_table_does() throws IOException {
        String doc = Files.readString(Path.of("docs", "prices.md"));
        String section = doc.substring(doc.indexOf("## Provider tiers"), doc.indexOf("## Epoch import"));
        PriceSources s = PriceSources.bundled();
        assertThat(s.providers()).hasSize(20);
        for (String p : s.providers()) {
            assertThat(section).as(p).contains("| " + p + " | " + s.providerTier(p) + " |");
        }
    }

    @Test
    void the_median_of_an_even_count_is_the_mean_of_the_middle_two() {
        // 1, 2, 4, 10: (2 + 4) / 2 = 3
        assertThat(PriceFile.median(List.of(new java.math.BigDecimal(10), java.math.BigDecimal.ONE, new java.math.BigDecimal(4),
                java.math.BigDecimal.valueOf(2)))).isEqualByComparingTo("3");
        assertThat(PriceFile.median(List.of(java.math.BigDecimal.ONE, java.math.BigDecimal.TEN, java.math.BigDecimal.valueOf(2))))
                .isEqualByComparingTo("2");
    }
}
