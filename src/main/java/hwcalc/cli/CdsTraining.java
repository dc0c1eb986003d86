package hwcalc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The launcher's training run for its class-data-sharing archive (./hwcalc, issue 17): a few
 * representative command lines in one JVM, so the archive holds the classes of compare, the
 * top-level help, reading YAML (check of one sheet in a temporary folder), a --specs folder written to
 * and read from the folder cache (in a temporary cache folder), and every bundled sheet.
 * Output is discarded.
 */
public final class CdsTraining {

    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("hwcalc-training");
        Path cache = Files.createTempDirectory("hwcalc-training-cache");
        System.setProperty("hwcalc.cache.dir", cache.toString()); // the folder cache's classes, not the user's cache
        Path sheet = dir.resolve("tesla-p100-sxm2.yaml");
        try (InputStream in = CdsTraining.class.getClassLoader().getResourceAsStream("specs/tesla-p100-sxm2.yaml")) {
            if (in != null) {
                Files.write(sheet, in.readAllBytes());
            }
        }
        // a sheet with no price, as most of an import: compare then says a metric is unavailable
        Path unpriced = dir.resolve("training-chip.yaml");
        Files.writeString(unpriced, "id: training-chip\nname: Training chip\nvendor: Acme\nkind: accelerator\nsources:\n"
                + "  s: {url: https://example.com/training-chip, seen: 2026-12-01, tier: vendor}\n"
                + "throughput:\n  - {precision: fp32, value: 10 TFLOPS, sparsity: dense, core: vector, source: s}\n");
        for (Path p : List.of(sheet, unpriced)) { // older than the cache's racy window, so the second run uses its entries
            Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        }
        try {
            for (String[] line : new String[][] {
                {"compare", "dgx-1", "dgx-h100"},
                {"--help"},
                {"show", "dgx-1"},
                {"calc", "dgx-1.price / dgx-1.fp16"},
                {"check", "--no-bundled", dir.toString()},
                {"compare", "tesla-p100-sxm2", "h100-sxm5", "--specs", dir.toString()}, // writes the folder's cache entries
                {"compare", "training-chip", "h100-sxm5", "--specs", dir.toString()}, // reads them
            }) {
                PrintWriter none = new PrintWriter(OutputStream.nullOutputStream());
                Main.run(none, none, line);
            }
            // every bundled sheet and its price files: each is a generated class (spec.Precompiled), which
            // would otherwise come from the jar, opening it, for a sheet none of the lines above uses
            hwcalc.engine.Engine bundled = hwcalc.engine.Engine.bundled();
            for (hwcalc.spec.SpecSheet s : bundled.catalogue().sheets()) {
                bundled.sheet(s.id());
            }
        } finally {
            Files.deleteIfExists(sheet);
            Files.deleteIfExists(unpriced);
            Files.deleteIfExists(dir);
            try (var left = Files.list(cache)) {
                for (Path p : left.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(cache);
        }
    }
}
