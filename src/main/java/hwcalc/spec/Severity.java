package hwcalc.spec;

import java.util.Locale;

/**
 * How bad a finding is: errors fail a check run; warnings fail it only with --strict; notices
 * never fail it (something to improve, such as a source without a tier). The key of a notice is
 * GitHub's word for it, so {@code --format github} writes {@code ::notice}.
 */
public enum Severity {
    ERROR, WARNING, NOTICE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
