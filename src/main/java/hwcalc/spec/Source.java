package hwcalc.spec;

/**
 * A public page a figure comes from. {@code seen} is the date it was read; {@code tier} (null
 * when the sheet does not say) how close the page stands to the vendor.
 */
public record Source(String key, String url, String title, String publisher, PartialDate seen, Tier tier) {

    public Source(String key, String url, String title, String publisher, PartialDate seen) {
        this(key, url, title, publisher, seen, null);
    }
}
