package hwcalc.epoch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Epoch's hardware names mapped to bundled sheet ids by an explicit table (price-models.tsv),
 * never by fuzzy matching: a name either names one sheet, fits several (ambiguous, candidates
 * given), or is a part with no bundled sheet. A name may carry lines with a {@code when} text
 * that the row's own description or notes must contain ("80GB"), tried in table order.
 */
final class PriceModels {
    static final String RESOURCE = "/hwcalc/epoch/price-models.tsv";
    private static final Set<String> SCOPES = Set.of("chip", "board");

    /** How a row's hardware name resolved. */
    sealed interface Match permits Sheet, Unmatched {
    }

    /**
     * @param scope what a single-unit purchase price of this part buys: chip or board
     * @param why   a caveat every price of this part carries in its note, or ""
     */
    record Sheet(String id, String scope, String why) implements Match {
    }

    record Unmatched(Reason reason, String why) implements Match {
    }

    enum Reason {
        AMBIGUOUS("hardware variant not named"),
        NO_SHEET("no bundled sheet for this hardware"),
        NOT_IN_TABLE("hardware name not in the mapping table");

        final String words;

        Reason(String words) {
            this.words = words;
        }
    }

    private record Line(String when, Match match) {
    }

    private final Map<String, List<Line>> lines = new LinkedHashMap<>();

    private PriceModels(List<String[]> rows) {
        for (String[] r : rows) {
            String name = r[0];
            String target = r[2];
            Match m = switch (target) {
                case "ambiguous" -> new Unmatched(Reason.AMBIGUOUS, r[4]);
                case "no-sheet" -> new Unmatched(Reason.NO_SHEET, r[4]);
                default -> {
                    if (!SCOPES.contains(r[3])) {
                        throw new IllegalStateException(RESOURCE + ": " + name + ": scope '" + r[3] + "' is not chip or board");
                    }
                    yield new Sheet(target, r[3], r[4]);
                }
            };
            lines.computeIfAbsent(name, n -> new ArrayList<>()).add(new Line(squash(r[1]), m));
        }
    }

    static PriceModels bundled() {
        return new PriceModels(PriceTables.read(RESOURCE, "name", "when", "target", "scope", "why"));
    }

    /** The sheet ids the table names, for a test that each is a bundled sheet. */
    Set<String> sheetIds() {
        Set<String> ids = new java.util.TreeSet<>();
        lines.values().forEach(ls -> ls.forEach(l -> {
            if (l.match() instanceof Sheet s) {
                ids.add(s.id());
            }
        }));
        return ids;
    }

    /**
     * @param name     the row's Hardware model, as Epoch writes it
     * @param rowWords the row's Cloud GPU description and Notes, which a {@code when} text is looked for in
     */
    Match match(String name, String rowWords) {
        List<Line> ls = lines.get(name);
        if (ls == null) {
            return new Unmatched(Reason.NOT_IN_TABLE, "add it to " + RESOURCE.substring(1));
        }
        String words = squash(rowWords);
        for (Line l : ls) {
            if (l.when().isEmpty() || words.contains(l.when())) {
                return l.match();
            }
        }
        return new Unmatched(Reason.AMBIGUOUS, "no line of the mapping table fits the row's description");
    }

    /** Case and spaces ignored: "80 GB" and "80GB" are one text. */
    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }
}
