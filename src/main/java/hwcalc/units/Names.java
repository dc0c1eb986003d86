package hwcalc.units;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Did-you-mean suggestions by edit distance, shared by units, ids and field names. */
public final class Names {
    private Names() {
    }

    /** Levenshtein distance, case-insensitive. */
    public static int distance(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        int[] prev = new int[y.length() + 1];
        int[] cur = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length()];
    }

    /**
     * Up to {@code max} candidates nearest to {@code wanted}: those containing it or within an
     * edit distance of a third of its length (at least 2), nearest first.
     */
    public static List<String> nearest(String wanted, Collection<String> candidates, int max) {
        int limit = Math.max(2, wanted.length() / 3);
        String w = wanted.toLowerCase(java.util.Locale.ROOT);
        List<String> hits = new ArrayList<>();
        for (String c : candidates) {
            String lc = c.toLowerCase(java.util.Locale.ROOT);
            if (distance(w, lc) <= limit || (w.length() >= 3 && (lc.contains(w) || w.contains(lc) && lc.length() >= 3))) {
                hits.add(c);
            }
        }
        hits.sort(Comparator.comparingInt((String c) -> distance(w, c)).thenComparing(c -> c));
        return hits.subList(0, Math.min(max, hits.size()));
    }
}
