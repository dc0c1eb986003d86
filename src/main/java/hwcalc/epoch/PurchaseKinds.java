package hwcalc.epoch;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which purchase kind an Epoch purchase price is, read from the row's Notes only, by rules tried
 * in order (docs/prices.md, "Epoch import"): Epoch's own back-filled estimates are not observed
 * prices; "estimated" is an analyst's estimate; a quoted "around" / "approaching" figure is a
 * press figure; release, launch and list prices are list prices; a DGX or HGX system, or a
 * total divided by the GPU count, is a reseller's system price per GPU. Anything else is left out:
 * Epoch's file does not say whose price it is.
 */
final class PurchaseKinds {
    private static final Pattern PRESS = Pattern.compile("\\b(around|approaching|about)\\b");
    private static final Pattern LAUNCH = Pattern.compile("release price|launch price|price at release");
    private static final Pattern LIST = Pattern.compile("list price");
    private static final Pattern SYSTEM = Pattern.compile("\\b(dgx|hgx)\\b|\\b\\d+x? ?gpus?\\b|/ ?\\d+ ?=");
    private static final Pattern COUNT = Pattern.compile("\\b(\\d+)x? ?gpus?\\b|/ ?(\\d+) ?=");

    private PurchaseKinds() {
    }

    /**
     * @param kind      list, estimate, press or reseller
     * @param system    whether the amount is a system's price per GPU (scope system)
     * @param labelOnly a "list price" with no release or launch: whose list it is depends on the source
     *                  ({@link #bySource})
     */
    record Purchase(String kind, boolean system, boolean approx, boolean labelOnly) {
        Purchase(String kind, boolean system, boolean approx) {
            this(kind, system, approx, false);
        }
    }

    /** Why a purchase price was left out; the words are the report's reason. */
    static final String NOT_OBSERVED = "purchase price: not an observed price (the Notes call it Epoch's own estimate)";
    static final String KIND_NOT_STATED = "purchase price: the Notes do not say which kind (list, estimate, reseller...)";

    /** The purchase, or null when the Notes do not say which kind; {@link #notObserved} first. */
    static Purchase classify(String notes) {
        String n = notes.toLowerCase(Locale.ROOT);
        boolean system = SYSTEM.matcher(n).find();
        if (n.contains("estimat")) {
            return new Purchase("estimate", system, false);
        }
        if (PRESS.matcher(n).find()) {
            return new Purchase("press", system, true);
        }
        if (LAUNCH.matcher(n).find()) {
            return new Purchase("list", system, false);
        }
        if (LIST.matcher(n).find()) {
            return new Purchase("list", system, false, true);
        }
        if (system) {
            return new Purchase("reseller", true, false);
        }
        return null;
    }

    /**
     * The kind once the source is known: a bare "list price" in a press table (The Next Platform's
     * prices by year) is a press figure, on a shop's page a reseller's price; Notes that name no
     * kind take it from a shop page (reseller) or a resale listing (street); else null.
     *
     * @param p    what the Notes say, or null
     * @param what the source's role from price-sources.tsv ("shop page", "resale listing", ...)
     */
    static Purchase bySource(Purchase p, String notes, String tier, String what) {
        boolean shop = what.equals("shop page");
        if (p == null) {
            boolean system = SYSTEM.matcher(notes.toLowerCase(Locale.ROOT)).find();
            return shop ? new Purchase("reseller", system, false) : what.equals("resale listing") ? new Purchase("street", system, false)
                    : null;
        }
        if (p.labelOnly() && tier.equals("independent")) {
            return new Purchase("press", p.system(), p.approx());
        }
        if (p.labelOnly() && shop) {
            return new Purchase("reseller", p.system(), p.approx());
        }
        return p;
    }

    /** Epoch marks back-filled figures "This is not a real sale price". */
    static boolean notObserved(String notes) {
        return notes.toLowerCase(Locale.ROOT).contains("not a real sale price");
    }

    /** The GPU count a system's Notes state ("8 GPU", "8x GPU", "/ 8 ="), or null. */
    static Integer countInNotes(String notes) {
        Matcher m = COUNT.matcher(notes.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return null;
        }
        return Integer.valueOf(m.group(1) != null ? m.group(1) : m.group(2));
    }
}
