package hwcalc.claims;

import hwcalc.spec.PartialDate;

/** Where the claims of one file were published. {@code url} and {@code date} may be unknown (null). */
public record Publication(String title, String publisher, String url, PartialDate date, String language, String note) {
}
