package hwcalc.epoch;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which tier and publisher a price's source URL has (price-sources.tsv), and which tier a cloud
 * provider is in (price-providers.tsv). A web.archive.org snapshot is judged by the page it
 * archived, and its snapshot date is when that page was seen.
 */
final class PriceSources {
    static final String SOURCES = "/hwcalc/epoch/price-sources.tsv";
    static final String PROVIDERS = "/hwcalc/epoch/price-providers.tsv";
    private static final Pattern WAYBACK = Pattern.compile("https?://web\\.archive\\.org/(?:web/(\\d{8})\\d*[a-z_]*|save)/(.+)");

    /** What the importer writes about one URL. */
    record Site(String tier, String publisher, String what, LocalDate snapshot) {

        /** "Lambda pricing page linked by Epoch AI (Wayback Machine snapshot of 2024-02-26)". */
        String title() {
            return publisher + " " + what + " linked by Epoch AI"
                    + (snapshot != null ? " (Wayback Machine snapshot of " + snapshot + ")" : "");
        }
    }

    private record Entry(String tier, String publisher, String what) {
    }

    private final Map<String, Entry> sites = new TreeMap<>();
    private final Map<String, String> providerTiers = new TreeMap<>();

    private PriceSources(List<String[]> sites, List<String[]> providers) {
        for (String[] s : sites) {
            this.sites.put(s[0].toLowerCase(Locale.ROOT), new Entry(s[1], s[2], s[4]));
        }
        for (String[] p : providers) {
            providerTiers.put(p[0], p[1]);
        }
    }

    static PriceSources bundled() {
        return new PriceSources(PriceTables.read(SOURCES, "site", "tier", "publisher", "provider", "what"),
                PriceTables.read(PROVIDERS, "vendor", "tier", "why"));
    }

    /** The provider tier of an Epoch Vendor, or null when the table does not name it. */
    String providerTier(String vendor) {
        return providerTiers.get(vendor);
    }

    /** Every vendor the provider table names, for the docs test. */
    java.util.Set<String> providers() {
        return providerTiers.keySet();
    }

    Site site(String url) {
        String page = url;
        LocalDate snapshot = null;
        Matcher m = WAYBACK.matcher(url);
        if (m.matches()) {
            page = m.group(2);
            if (m.group(1) != null) {
                snapshot = LocalDate.of(Integer.parseInt(m.group(1).substring(0, 4)), Integer.parseInt(m.group(1).substring(4, 6)),
                        Integer.parseInt(m.group(1).substring(6, 8)));
            }
        }
        String hostPath = hostPath(page);
        Entry best = null;
        int bestLength = -1;
        for (Map.Entry<String, Entry> e : sites.entrySet()) {
            String key = e.getKey();
            boolean fits = hostPath.equals(key) || hostPath.startsWith(key + "/") || hostPath.endsWith("." + key)
                    || hostPath.contains("." + key + "/");
            if (fits && key.length() > bestLength) {
                best = e.getValue();
                bestLength = key.length();
            }
        }
        if (best == null) {
            String host = hostPath.contains("/") ? hostPath.substring(0, hostPath.indexOf('/')) : hostPath;
            return new Site("secondary", host.isEmpty() ? "unknown site" : host, "page", snapshot);
        }
        return new Site(best.tier(), best.publisher(), best.what(), snapshot);
    }

    /** "www.Example.com/path/x?q" -> "example.com/path/x": the host without www., and the path. */
    static String hostPath(String url) {
        try {
            URI u = new URI(url.contains("://") ? url : "http://" + url);
            String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            String path = u.getRawPath() == null ? "" : u.getRawPath();
            return host + path;
        } catch (URISyntaxException e) {
            return url.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        }
    }
}
