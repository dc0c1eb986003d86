package hwcalc.epoch;

import static hwcalc.epoch.EpochColumns.*;

import hwcalc.spec.Core;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One Epoch row as the text of a spec sheet; the importer checks the result with the spec reader. */
final class EpochSheet {
    static final String EPOCH_URL = "https://github.com/epoch-research/training-cost-trends";
    private static final DateTimeFormatter LAST_MODIFIED_FORM = DateTimeFormatter.ofPattern("M/d/yyyy h:mma", Locale.ROOT);

    private EpochSheet() {
    }

    /** The sheet's YAML, or null when the row has no figure to import. */
    static String build(EpochRow row, String id, LocalDate seen) {
        String type = row.text(TYPE);
        YamlText src = new YamlText().open(0, "sources");
        source(src, "epoch", EPOCH_URL, "Epoch AI, chip dataset (data/Chip dataset-Grid view.csv), CC BY 4.0", "Epoch AI", seen);
        List<String> datasheets = row.urls(DATASHEET);
        List<String> figureKeys = new ArrayList<>();
        for (int i = 0; i < Math.min(3, datasheets.size()); i++) {
            String key = i == 0 ? "datasheet" : "datasheet-" + (i + 1);
            // Epoch's last edit of the row is the latest date someone is known to have read the link
            source(src, key, datasheets.get(i), "Datasheet linked from Epoch AI's chip dataset", null, lastModified(row, seen));
            figureKeys.add(key);
        }
        figureKeys.add("epoch");
        String keys = "[" + String.join(", ", figureKeys) + "]";

        YamlText body = new YamlText();
        int figures = throughput(row, body, keys);
        figures += section(body, "memory", java.util.Arrays.asList(
                figure("capacity", EpochValues.capacity(row.positive(MEMORY)), keys),
                figure("bandwidth", EpochValues.scaled(row.positive(BANDWIDTH), "B/s"), keys)));
        figures += section(body, "power", java.util.Arrays.asList(figure("tdp", EpochValues.quantity(row.positive(TDP), "W"), keys)));
        String date = releaseDate(row);
        figures += price(row, body, date, type, src, seen);
        BigDecimal millions = row.positive(TRANSISTORS);
        for (String line : java.util.Arrays.asList(figure("process", EpochValues.quantity(row.positive(PROCESS), "nm"), keys),
                figure("transistors", millions == null ? null : millions.multiply(BigDecimal.valueOf(1_000_000))
                        .stripTrailingZeros().toPlainString(), keys),
                figure("die_size", EpochValues.quantity(row.positive(DIE_SIZE), "mm2"), keys))) {
            if (line != null) {
                body.line(0, line);
                figures++;
            }
        }
        if (figures == 0) {
            return null;
        }
        YamlText head = new YamlText()
                .comment("Imported by hwcalc import epoch from Epoch AI's chip dataset (CC BY 4.0), row " + row.number()
                        + ".\nHow Epoch's columns are tagged: docs/import-epoch.md in hwcalc.")
                .plain(0, "id", id).text(0, "name", row.text(NAME))
                .text(0, "vendor", row.text(MANUFACTURER).isEmpty() ? "Unknown" : row.text(MANUFACTURER))
                .plain(0, "kind", kind(type));
        if (date != null) {
            head.open(0, "dates").plain(1, "announced", date).plain(1, "source", "epoch");
        }
        return head + src.toString() + body;
    }

    private static void source(YamlText y, String key, String url, String title, String publisher, LocalDate seen) {
        y.open(1, key).text(2, "url", url).text(2, "title", title);
        if (publisher != null) {
            y.text(2, "publisher", publisher);
        }
        y.plain(2, "seen", seen.toString());
        // every figure comes through Epoch's CSV, even where the row links a datasheet: secondary
        y.plain(2, "tier", "secondary");
    }

    private static int throughput(EpochRow row, YamlText body, String keys) {
        List<String> lines = new ArrayList<>();
        boolean tensorUnits = false;
        List<BigDecimal> values = new ArrayList<>();
        for (Rate r : RATES) {
            BigDecimal v = row.positive(r.header());
            values.add(v);
            tensorUnits |= v != null && r.core() == Core.TENSOR;
        }
        for (int i = 0; i < RATES.size(); i++) {
            Rate r = RATES.get(i);
            if (values.get(i) != null) {
                Core core = r.core() != null ? r.core() : tensorUnits ? Core.TENSOR : Core.VECTOR;
                lines.add("- {precision: " + r.precision().key() + ", value: "
                        + EpochValues.scaled(values.get(i), r.precision().isInteger() ? "OPS" : "FLOPS") + ", sparsity: dense, core: "
                        + core.key() + ", source: " + keys + ", note: " + YamlText.quote("Epoch: " + shortName(r.header())) + "}");
            }
        }
        if (!lines.isEmpty()) {
            body.open(0, "throughput");
            lines.forEach(l -> body.line(1, l));
        }
        return lines.size();
    }

    private static int section(YamlText body, String name, List<String> lines) {
        List<String> present = lines.stream().filter(java.util.Objects::nonNull).toList();
        if (!present.isEmpty()) {
            body.open(0, name);
            present.forEach(l -> body.line(1, l));
        }
        return present.size();
    }

    private static int price(EpochRow row, YamlText body, String date, String type,
                             YamlText src, LocalDate seen) {
        String text = row.text(PRICE);
        if (text.isEmpty()) {
            return 0;
        }
        if (!text.matches("\\$[0-9]+(\\.[0-9]+)?")) {
            row.skip("not a price: " + PRICE);
            return 0;
        }
        BigDecimal amount = new BigDecimal(text.substring(1));
        if (Math.abs(hwcalc.units.Quantity.exponentOf(amount)) > hwcalc.units.Quantity.MAX_EXPONENT) {
            row.skip("out of range: " + PRICE); // the cell, not the row: the sheet reader would refuse the whole sheet
            return 0;
        }
        if (amount.signum() == 0 || date == null) {
            row.skip(amount.signum() == 0 ? "zero: " + PRICE : "price without a release date to date it");
            return 0;
        }
        List<String> keys = new ArrayList<>();
        List<String> urls = row.urls(PRICE_SOURCE);
        for (int i = 0; i < Math.min(2, urls.size()); i++) {
            String key = i == 0 ? "price-source" : "price-source-2";
            source(src, key, urls.get(i), "Price source linked from Epoch AI's chip dataset", null, lastModified(row, seen));
            keys.add(key);
        }
        keys.add("epoch");
        String prose = row.prose(PRICE_SOURCE);
        String note = "Epoch release price" + (prose.isEmpty() ? "" : "; " + prose);
        body.open(0, "prices").line(1, "- {amount: " + amount.stripTrailingZeros().toPlainString() + " USD, kind: list, date: "
                + date + ", scope: " + ("GPU".equals(type) ? "board" : "chip") + ", source: [" + String.join(", ", keys)
                + "], note: " + YamlText.quote(note) + "}");
        return 1;
    }

    private static String figure(String key, String value, String keys) {
        return value == null ? null : key + ": {value: " + value + ", source: " + keys + "}";
    }

    private static String releaseDate(EpochRow row) {
        String t = row.text(RELEASE_DATE);
        if (t.isEmpty()) {
            return null;
        }
        try {
            return hwcalc.spec.PartialDate.parse(t).toString();
        } catch (IllegalArgumentException e) {
            row.skip("not a date: " + RELEASE_DATE);
            return null;
        }
    }

    private static LocalDate lastModified(EpochRow row, LocalDate seen) {
        String t = row.text(LAST_MODIFIED);
        try {
            LocalDate d = java.time.LocalDateTime.parse(t.toUpperCase(Locale.ROOT), LAST_MODIFIED_FORM).toLocalDate();
            return d.isAfter(seen) ? seen : d;
        } catch (DateTimeParseException e) {
            return seen;
        }
    }

    /** Epoch's Type: CPUs are cpu, SoCs and untyped rows chip, every kind of accelerator (GPU, TPU, NPU...) accelerator. */
    static String kind(String type) {
        String t = type.toLowerCase(Locale.ROOT).strip();
        // Epoch writes "CPU", "CPU (server)" and the like: a word cpu anywhere in the type
        if (java.util.Arrays.stream(t.split("[^a-z0-9]+")).anyMatch("cpu"::equals)) {
            return "cpu";
        }
        return t.isEmpty() || t.equals("soc") || t.equals("other") ? "chip" : "accelerator";
    }
}
