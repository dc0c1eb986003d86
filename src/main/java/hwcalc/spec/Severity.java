package hwcalc.spec;

import java.util.Locale;

/** How bad a finding is: errors fail a check run; warnings fail it only with --strict. */
public enum Severity {
    ERROR, WARNING;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
