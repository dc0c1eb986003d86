package hwcalc.bench;

import hwcalc.spec.Core;
import hwcalc.spec.Dates;
import hwcalc.spec.Figure;
import hwcalc.spec.Kind;
import hwcalc.spec.Location;
import hwcalc.spec.Memory;
import hwcalc.spec.PartialDate;
import hwcalc.spec.Power;
import hwcalc.spec.Precision;
import hwcalc.spec.Price;
import hwcalc.spec.PriceKind;
import hwcalc.spec.PriceScope;
import hwcalc.spec.Source;
import hwcalc.spec.SpecSheet;
import hwcalc.spec.Sparsity;
import hwcalc.spec.Throughput;
import hwcalc.units.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Deterministic synthetic sheets for benchmarks at sizes the bundled data does not reach. */
public final class Synthetic {
    private Synthetic() {
    }

    public static List<SpecSheet> sheets(int n, long seed) {
        Random rnd = new Random(seed);
        List<SpecSheet> out = new ArrayList<>(n);
        Map<String, Source> sources = Map.of("s", new Source("s", "https://example.org", null, null, PartialDate.parse("2026-11-28")));
        for (int i = 0; i < n; i++) {
            String id = "synthetic-" + i;
            Location at = new Location("synthetic/" + id + ".yaml", 1, 1);
            BigDecimal tflops = BigDecimal.valueOf(1 + rnd.nextInt(2_000_000), 3); // 0.001 .. 2000 TFLOPS
            List<Throughput> tp = List.of(
                    new Throughput(Precision.FP16, Sparsity.DENSE, Core.TENSOR, fig(tflops + " TFLOPS", at)),
                    new Throughput(Precision.FP32, Sparsity.DENSE, Core.VECTOR,
                            fig(tflops.divide(BigDecimal.valueOf(8)) + " TFLOPS", at)));
            List<Price> prices = List.of(new Price(Quantity.parse((100 + rnd.nextInt(400_000)) + " USD"), PriceKind.LIST,
                    PartialDate.parse(Integer.toString(2000 + rnd.nextInt(25))), PriceScope.CHIP, List.of("s"), null, at));
            out.add(new SpecSheet(id, "Synthetic " + i, "Synth", Kind.ACCELERATOR, List.of(), List.of(), null, Dates.NONE, sources,
                    tp, new Memory(fig((8 + rnd.nextInt(192)) + " GB", at), fig((100 + rnd.nextInt(8000)) + " GB/s", at), null),
                    new Power(fig((50 + rnd.nextInt(1000)) + " W", at), null), prices, List.of(), null, null, null, null,
                    null, List.of(), List.of(), Map.of(), at));
        }
        return out;
    }

    private static Figure fig(String value, Location at) {
        return Figure.of(Quantity.parse(value), List.of("s"), at);
    }
}
