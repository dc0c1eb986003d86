package hwcalc.metrics;

/** Where a figure comes from: declared on the sheet, summed over its parts, or computed from units x clock. */
public enum Basis {
    DECLARED("declared"),
    SUM_OF_PARTS("sum of parts"),
    FIRST_PRINCIPLES("units x FLOP/clock x clock");

    private final String label;

    Basis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
