package hwcalc.spec;

/** A declared peak rate with its tags: precision, dense or sparse, tensor or vector unit. */
public record Throughput(Precision precision, Sparsity sparsity, Core core, Figure figure) {
}
