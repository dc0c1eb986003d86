package hwcalc.spec;

/**
 * A declared peak rate with its tags: precision, dense or sparse, tensor or vector unit, and the
 * accumulator precision where the vendor distinguishes it ({@code accumulate}, null when untagged,
 * which counts as FP32: see {@link Accumulate#effective}).
 */
public record Throughput(Precision precision, Sparsity sparsity, Core core, Accumulate accumulate, Figure figure) {

    public Throughput(Precision precision, Sparsity sparsity, Core core, Figure figure) {
        this(precision, sparsity, core, null, figure);
    }

    /** The accumulator this rate is for, untagged counting as FP32. */
    public Accumulate effectiveAccumulate() {
        return Accumulate.effective(accumulate);
    }

    /** Whether the two entries fill the same slot: precision, sparsity, core and accumulator. */
    public boolean sameSlot(Throughput o) {
        return precision == o.precision && sparsity == o.sparsity && core == o.core
                && effectiveAccumulate() == o.effectiveAccumulate();
    }
}
