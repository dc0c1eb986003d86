package hwcalc.spec;

/** A parse failure that knows its rule, e.g. a value that must be positive. */
public final class RuleViolation extends hwcalc.units.InputException {
    private static final long serialVersionUID = 1L;
    private final RuleId rule;

    public RuleViolation(RuleId rule, String message) {
        super(message);
        this.rule = rule;
    }

    public RuleId rule() {
        return rule;
    }
}
