package hwcalc.epoch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The price file of one sheet (docs/prices.md, "A price file"): its observations in a fixed order,
 * one source per distinct URL (keys s1, s2... in order of first use), Epoch AI's credit. The text
 * depends on the observations only, so the same CSV always gives byte-identical files.
 */
record PriceFile(String sheet, List<PriceObservation> observations, String yaml, int flagged) {

    static final String CREDIT_TEXT = "Epoch AI, hardware price observations (data/Hardware prices.csv in "
            + "epoch-research/training-cost-trends), CC BY 4.0";
    static final String CREDIT_URL = "https://github.com/epoch-research/training-cost-trends/blob/main/data/Hardware%20prices.csv";

    /** Below this per chip-hour a rental amount is a bid floor or a typo rather than a price to plan with. */
    static final BigDecimal FLOOR = new BigDecimal("0.05");
    /**
     * An amount this many times the median of its peers is flagged for a reader to check. Only
     * above: prices fall over the years, so a low price among older peers is no sign of a mistake.
     */
    static final BigDecimal FAR = new BigDecimal(3);
    /** Fewer peers than this give no median worth comparing with. */
    static final int MIN_PEERS = 4;

    String fileName() {
        return sheet + ".yaml";
    }

    /** One file per sheet, in sheet-id order. */
    static List<PriceFile> build(List<PriceObservation> all, PriceSources sources) {
        Map<String, LocalDate> latest = new TreeMap<>();
        all.forEach(o -> latest.merge(o.url(), o.date(), (a, b) -> a.isAfter(b) ? a : b));
        Map<String, List<PriceObservation>> bySheet = new TreeMap<>();
        for (PriceObservation o : flag(all)) {
            bySheet.computeIfAbsent(o.sheet(), s -> new ArrayList<>()).add(o);
        }
        List<PriceFile> files = new ArrayList<>();
        bySheet.forEach((sheet, obs) -> {
            List<PriceObservation> sorted = obs.stream().sorted(PriceObservation.ORDER).toList();
            int flagged = (int) sorted.stream().filter(o -> o.note().contains(FLAG)).count();
            files.add(new PriceFile(sheet, sorted, yaml(sheet, sorted, sources, latest), flagged));
        });
        return files;
    }

    static final String FLAG = "hwcalc import flags this: ";

    /**
     * Flags, in the note, rental amounts below {@link #FLOOR}, amounts more than {@link #FAR} times the
     * median of the same sheet, kind and provider tier, and commitments above the same row's
     * on-demand rate. Nothing is dropped: a reader (and {@code hwcalc check}) sees the flag.
     */
    static List<PriceObservation> flag(List<PriceObservation> all) {
        Map<String, List<BigDecimal>> peers = new TreeMap<>();
        Map<Long, BigDecimal> onDemandOfRow = new TreeMap<>();
        for (PriceObservation o : all) {
            if (o.rental()) {
                peers.computeIfAbsent(peerKey(o), k -> new ArrayList<>()).add(o.amount());
            }
            if (o.kind().equals("on-demand")) {
                onDemandOfRow.put(o.row(), o.amount());
            }
        }
        List<PriceObservation> out = new ArrayList<>();
        for (PriceObservation o : all) {
            List<String> why = new ArrayList<>();
            if (o.rental()) {
                if (o.amount().compareTo(FLOOR) < 0) {
                    why.add("below " + FLOOR.toPlainString() + " USD per chip-hour");
                }
                List<BigDecimal> p = peers.get(peerKey(o));
                if (p.size() >= MIN_PEERS) {
                    BigDecimal median = median(p);
                    if (o.amount().compareTo(median.multiply(FAR)) > 0) {
                        why.add("more than " + FAR + "x the median (" + median.stripTrailingZeros().toPlainString()
                                + " USD/h) of Epoch's " + p.size() + " " + o.kind() + " prices for this sheet from " + o.tier()
                                + " providers");
                    }
                }
                BigDecimal od = onDemandOfRow.get(o.row());
                if (o.kind().startsWith("commit") && od != null && o.amount().compareTo(od) > 0) {
                    why.add("a commitment above the same row's on-demand rate (" + od.toPlainString() + " USD/h)");
                }
                if (o.kind().equals("on-demand") && o.note().toLowerCase(java.util.Locale.ROOT).contains("reserved")) {
                    why.add("Epoch's note speaks of reserved pricing, but the row gives it as on-demand");
                }
            }
            out.add(why.isEmpty() ? o : o.withNote(FLAG + String.join("; ", why)));
        }
        return out;
    }

    private static String peerKey(PriceObservation o) {
        return o.sheet() + "|" + o.kind() + "|" + o.tier();
    }

    static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> s = values.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : s.get(n / 2 - 1).add(s.get(n / 2)).divide(BigDecimal.valueOf(2), 6, RoundingMode.HALF_EVEN);
    }

    /** @param latest per URL, the latest price date of any row citing it (in any file) */
    private static String yaml(String sheet, List<PriceObservation> obs, PriceSources sources, Map<String, LocalDate> latest) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (PriceObservation o : obs) {
            keys.putIfAbsent(o.url(), "s" + (keys.size() + 1));
        }
        YamlText y = new YamlText()
                .comment("Generated by `hwcalc import epoch-prices` from Epoch AI's hardware price observations (CC BY 4.0).\n"
                        + "Do not edit: change the importer or its tables and re-run it. Method: docs/prices.md, \"Epoch import\".")
                .plain(0, "prices-for", sheet)
                .open(0, "credit").text(1, "text", CREDIT_TEXT).text(1, "url", CREDIT_URL)
                .open(0, "sources");
        keys.forEach((url, key) -> {
            PriceSources.Site site = sources.site(url);
            // a snapshot's date is when its page was seen; else the latest price date Epoch read from it
            LocalDate seen = site.snapshot() != null ? site.snapshot() : latest.get(url);
            y.open(1, key).text(2, "url", url).text(2, "title", site.title()).text(2, "publisher", site.publisher())
                    .plain(2, "seen", seen.toString()).plain(2, "tier", site.tier());
        });
        y.open(0, "prices");
        for (PriceObservation o : obs) {
            y.line(1, "- amount: " + o.amount().stripTrailingZeros().toPlainString() + " " + o.unit());
            if (o.approx()) {
                y.plain(2, "approx", "true");
            }
            y.plain(2, "kind", o.kind()).plain(2, "scope", o.scope());
            if (o.chips() != null) {
                y.plain(2, "chips", o.chips().toString());
            }
            if (o.provider() != null) {
                y.text(2, "provider", o.provider()).plain(2, "provider-tier", o.tier());
            }
            if (o.region() != null) {
                y.text(2, "region", o.region());
            }
            y.plain(2, "date", o.date().toString()).plain(2, "source", keys.get(o.url())).text(2, "note", o.note());
        }
        return y.toString();
    }
}
