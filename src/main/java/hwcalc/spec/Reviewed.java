package hwcalc.spec;

/**
 * A {@code hwcalc check} warning a person reviewed and kept, with the reason; check then leaves
 * that rule's warnings out for the sheet. Errors cannot be waived.
 */
public record Reviewed(RuleId rule, String note, Location location) {
}
