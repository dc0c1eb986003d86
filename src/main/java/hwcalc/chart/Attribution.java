package hwcalc.chart;

import hwcalc.spec.Figure;
import hwcalc.spec.Price;
import hwcalc.spec.Source;
import hwcalc.spec.SpecSheet;
import hwcalc.trend.Observation;
import hwcalc.trend.XAxis;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The data credit for a chart's footer: who published what was drawn. Sheets written by
 * {@code hwcalc import epoch} are credited to Epoch AI's chip dataset (CC BY 4.0); curated sheets
 * to the publishers of the sources behind the drawn figures (the y value and the x position), most
 * cited first, with Epoch AI among them (and its licence) only when one of its figures was drawn.
 */
public final class Attribution {

    /** How many publishers the footer names before "and N more". */
    static final int NAMED = 4;
    static final String EPOCH = "Epoch AI";

    private Attribution() {
    }

    public static String of(Collection<Observation> drawn, XAxis x) {
        List<String> parts = new ArrayList<>();
        if (drawn.stream().anyMatch(o -> imported(o.sheet()))) {
            parts.add("Epoch AI chip dataset, CC BY 4.0 (imported with hwcalc import epoch)");
        }
        Map<String, Integer> publishers = new TreeMap<>();
        boolean epochDrawn = false;
        int curated = 0;
        for (Observation o : drawn) {
            if (imported(o.sheet())) {
                continue;
            }
            curated++;
            Set<String> seen = new LinkedHashSet<>();
            for (Source s : drawnSources(o, x)) {
                String p = s.publisher() == null || s.publisher().isBlank() ? host(s.url()) : s.publisher().strip();
                if (p != null && seen.add(p)) {
                    publishers.merge(p, 1, Integer::sum);
                    epochDrawn |= EPOCH.equalsIgnoreCase(p);
                }
            }
        }
        // a price file's credit (Epoch AI's price observations, CC BY 4.0) for every drawn price that carries one
        parts.addAll(Observation.priceCredits(drawn));
        if (curated > 0) {
            List<String> names = publishers.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
                    .map(Map.Entry::getKey).toList();
            List<String> shown = new ArrayList<>();
            for (String n : names.subList(0, Math.min(NAMED, names.size()))) {
                shown.add(EPOCH.equalsIgnoreCase(n) ? n + " (CC BY 4.0)" : n);
            }
            if (epochDrawn && !shown.stream().anyMatch(s -> s.startsWith(EPOCH))) {
                shown.add(EPOCH + " (CC BY 4.0)"); // a licence to honour is never hidden behind "and N more"
            }
            int more = names.size() - shown.size();
            String from = shown.isEmpty() ? "" : " from " + String.join(", ", shown) + (more > 0 ? " and " + more + " more" : "");
            parts.add("hwcalc spec sheets" + from);
        }
        return "Data: " + String.join("; ", parts) + "; sources per sheet";
    }

    /** Whether a sheet was written by hwcalc import epoch (it carries the importer's source). */
    public static boolean imported(SpecSheet sheet) {
        return hwcalc.spec.Layers.imported(sheet);
    }

    /** Whether any source of a sheet is published by Epoch AI. */
    public static boolean citesEpoch(SpecSheet sheet) {
        return sheet.sources().values().stream().anyMatch(s -> EPOCH.equalsIgnoreCase(s.publisher()));
    }

    /** The sheet's sources behind the drawn figures: the y value's, and the x position's. */
    static List<Source> drawnSources(Observation o, XAxis x) {
        SpecSheet sheet = o.sheet();
        Set<String> urls = new LinkedHashSet<>(o.value().sourceUrls());
        Set<String> keys = new LinkedHashSet<>();
        switch (x) {
            case RELEASE -> keys.addAll(sheet.dates().sources());
            case PRICE -> sheet.prices().stream().findFirst().map(Price::sources).ifPresent(keys::addAll);
            case OBSERVED -> { } // the observation is the y value's price: its sources are the value's
            case POWER -> {
                for (Figure f : new Figure[] {sheet.power().tdp(), sheet.power().max()}) {
                    if (f != null) {
                        keys.addAll(f.sources());
                    }
                }
            }
        }
        List<Source> out = new ArrayList<>();
        for (Map.Entry<String, Source> e : new TreeMap<>(sheet.sources()).entrySet()) {
            if (keys.contains(e.getKey()) || urls.contains(e.getValue().url())) {
                out.add(e.getValue());
            }
        }
        return out;
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        String h = url.replaceFirst("^https?://", "");
        int slash = h.indexOf('/');
        h = slash < 0 ? h : h.substring(0, slash);
        return h.startsWith("www.") ? h.substring(4) : h;
    }
}
