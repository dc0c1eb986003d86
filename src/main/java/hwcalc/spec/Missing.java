package hwcalc.spec;

/** A figure that was looked for and not found in any source, with a note; never guessed. */
public record Missing(String figure, String note) {
}
