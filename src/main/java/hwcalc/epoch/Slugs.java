package hwcalc.epoch;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Ids from names: accents folded, anything else that is not a letter or digit becomes a hyphen
 * ("AMD Radeon Vega 3  Embedded" -> amd-radeon-vega-3-embedded); names that fold to nothing
 * (all CJK) fall back to a row-based id. Ids are unique per import: a repeat gets -2, -3...
 */
final class Slugs {
    static final int MAX_LENGTH = 80;
    private final Set<String> taken = new HashSet<>();
    private final Set<String> natural = new HashSet<>();
    private int suffixed;

    static String slug(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String s = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX_LENGTH) {
            // cut at a word boundary: drop the word the limit falls inside
            String cut = s.substring(0, MAX_LENGTH);
            s = s.charAt(MAX_LENGTH) == '-' ? cut : cut.replaceAll("-*[a-z0-9]*$", "");
        }
        return s;
    }

    /** The ids these names make by themselves: a suffixed id never takes one (nvidia-h100-2 may be a chip's own). */
    void reserve(java.util.Collection<String> names) {
        for (String n : names) {
            natural.add(slug(n));
        }
    }

    /** A unique id for this name; {@code fallback} when the name has no letters or digits to keep. */
    String unique(String name, String fallback) {
        String base = slug(name);
        if (base.isEmpty()) {
            base = fallback;
        }
        String id = base;
        if (!taken.add(id)) {
            int n = 2;
            do {
                id = base + "-" + n++;
            } while (natural.contains(id) || !taken.add(id));
        }
        if (!id.equals(base)) {
            suffixed++;
        }
        return id;
    }

    /** How many ids needed a suffix to be unique. */
    int suffixed() {
        return suffixed;
    }
}
