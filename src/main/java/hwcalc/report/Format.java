package hwcalc.report;

/** Output formats every command accepts with {@code --format}. */
public enum Format {
    TABLE, JSON, CSV, MARKDOWN;
}
