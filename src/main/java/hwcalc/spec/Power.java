package hwcalc.spec;

/** A chip's TDP and/or a system's maximum power draw; either may be null. */
public record Power(Figure tdp, Figure max) {
    public static final Power NONE = new Power(null, null);

    /** The figure metrics use: TDP for a chip, maximum draw for a system. */
    public Figure forMetrics() {
        return tdp != null ? tdp : max;
    }
}
