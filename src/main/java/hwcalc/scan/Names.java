package hwcalc.scan;

import hwcalc.spec.Catalogue;
import hwcalc.spec.SpecSheet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a text may use for what a figure speaks of: every sheet's id, aliases, family names
 * and display name (without vendor and parenthesis: "Tesla P100", "DGX H100"), series words that
 * several sheets share ("DGX", "TPU": ambiguous), and press names of companies and workloads
 * (輝達, NVIDIA, AlexNet, AI 訓練). Spaces and hyphens are interchangeable ("TPU v5e" = tpu-v5e).
 */
final class Names {

    /** A name found in a text. */
    record Mention(int start, int end, Subject subject) {
    }

    private record Entry(Subject.NameMatch match, Set<String> ids) {
    }

    private record Press(String key, Subject.NamedKind kind, String... names) {
    }

    private static final List<Press> PRESS = List.of(
            new Press("nvidia", Subject.NamedKind.HARDWARE_COMPANY, "nvidia", "輝達", "英偉達", "英伟达"),
            new Press("amd", Subject.NamedKind.HARDWARE_COMPANY, "amd", "超微"),
            new Press("intel", Subject.NamedKind.HARDWARE_COMPANY, "intel", "英特爾", "英特尔"),
            new Press("google", Subject.NamedKind.COMPANY, "google", "谷歌"),
            new Press("openai", Subject.NamedKind.COMPANY, "openai"),
            new Press("microsoft", Subject.NamedKind.COMPANY, "microsoft", "微軟"),
            new Press("meta", Subject.NamedKind.COMPANY, "meta"),
            new Press("alexnet", Subject.NamedKind.WORKLOAD, "alexnet"),
            new Press("ai-training", Subject.NamedKind.WORKLOAD, "ai 訓練", "ai訓練", "training compute", "training runs"));

    private static final Set<String> VENDOR_WORDS = Set.of("nvidia", "amd", "google", "intel", "aws", "habana", "cerebras");

    private final Map<String, Entry> sheetNames = new LinkedHashMap<>();
    private final Map<String, Press> pressNames = new LinkedHashMap<>();
    private final Pattern pattern;

    Names(Catalogue catalogue) {
        Map<String, Set<String>> series = new LinkedHashMap<>();
        for (SpecSheet s : catalogue.sheets()) {
            add(s.id(), Subject.NameMatch.ID, s.id());
            s.aliases().forEach(a -> add(a, Subject.NameMatch.ALIAS, s.id()));
            s.family().forEach(f -> add(f, Subject.NameMatch.FAMILY, s.id()));
            add(displayName(s), Subject.NameMatch.DISPLAY_NAME, s.id());
            List<String> own = new ArrayList<>(List.of(s.id()));
            own.addAll(s.aliases());
            for (String n : own) {
                int dash = n.indexOf('-');
                if (dash >= 3 && n.substring(0, dash).chars().allMatch(Character::isLetter)) {
                    series.computeIfAbsent(n.substring(0, dash), k -> new LinkedHashSet<>()).add(s.id());
                }
            }
        }
        series.forEach((word, ids) -> {
            if (ids.size() > 1 && !VENDOR_WORDS.contains(word) && !sheetNames.containsKey(word)) {
                sheetNames.put(word, new Entry(Subject.NameMatch.FAMILY, ids));
            }
        });
        for (Press p : PRESS) {
            for (String n : p.names()) {
                pressNames.putIfAbsent(key(n), p);
            }
        }
        List<String> all = new ArrayList<>(sheetNames.keySet());
        pressNames.keySet().stream().filter(k -> !sheetNames.containsKey(k)).forEach(all::add);
        all.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder re = new StringBuilder("(?i)(?<![A-Za-z0-9])(?:");
        for (int i = 0; i < all.size(); i++) {
            re.append(i == 0 ? "" : "|");
            String[] parts = all.get(i).split("-");
            for (int p = 0; p < parts.length; p++) {
                re.append(p == 0 ? "" : "[\\s\\-]?").append(Pattern.quote(parts[p]));
            }
        }
        re.append(")(?![A-Za-z0-9]|-[0-9])");
        pattern = Pattern.compile(re.toString());
    }

    private void add(String name, Subject.NameMatch match, String id) {
        if (name == null || name.isBlank()) {
            return;
        }
        String k = key(name);
        Entry e = sheetNames.get(k);
        // a better kind of name wins (an id over a display name); names of one kind are shared (a family)
        if (e == null || match.ordinal() < e.match().ordinal()) {
            sheetNames.put(k, new Entry(match, new LinkedHashSet<>(Set.of(id))));
        } else if (match == e.match()) {
            e.ids().add(id);
        }
    }

    /** "NVIDIA Tesla P100 (NVLink / SXM2, 16 GB)" is called "Tesla P100" in the press. */
    static String displayName(SpecSheet s) {
        String n = s.name().replaceAll("\\(.*?\\)", " ").strip();
        String v = s.vendor() == null ? "" : s.vendor();
        for (String prefix : List.of(v, "NVIDIA", "AMD", "Google", "Intel", "AWS")) {
            if (!prefix.isEmpty() && n.regionMatches(true, 0, prefix + " ", 0, prefix.length() + 1)) {
                n = n.substring(prefix.length() + 1).strip();
            }
        }
        return n.contains(" ") || n.contains("-") ? n : null;
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    }

    List<Mention> find(String text) {
        List<Mention> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String asked = m.group();
            String k = key(asked).replace("--", "-");
            Subject s = subject(k, asked);
            if (s != null) {
                out.add(new Mention(m.start(), m.end(), s));
            }
        }
        return out;
    }

    private Subject subject(String k, String asked) {
        Entry e = sheetNames.get(k);
        if (e == null) {
            // "TPU v5e" arrives as tpu-v5e, "DGX1" as dgx1: look again with the separators dropped
            for (Map.Entry<String, Entry> x : sheetNames.entrySet()) {
                if (x.getKey().replace("-", "").equals(k.replace("-", ""))) {
                    e = x.getValue();
                    break;
                }
            }
        }
        if (e != null) {
            return e.ids().size() == 1 ? new Subject.Sheet(e.ids().iterator().next(), asked, e.match())
                    : new Subject.Ambiguous(asked, List.copyOf(e.ids()));
        }
        Press p = pressNames.get(k);
        if (p == null) {
            p = pressNames.get(k.replace("-", ""));
        }
        return p == null ? null : new Subject.Named(p.key(), p.kind(), asked);
    }
}
