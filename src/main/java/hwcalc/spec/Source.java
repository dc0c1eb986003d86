package hwcalc.spec;

/** A public page a figure comes from. {@code seen} is the date it was read. */
public record Source(String key, String url, String title, String publisher, PartialDate seen) {
}
