package hwcalc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The launcher's training run for its class-data-sharing archive (./hwcalc, issue 17): a few
 * representative command lines in one JVM, so the archive holds the classes of compare, the
 * top-level help, reading YAML (check of one sheet in a temporary folder), and every bundled sheet.
 * Output is discarded.
 */
public final class CdsTraining {

    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("hwcalc.nocache", "true"); // no folder cache entry for a temporary folder
        Path dir = Files.createTempDirectory("hwcalc-training");
        Path sheet = dir.resolve("tesla-p100-sxm2.yaml");
        try (InputStream in = CdsTraining.class.getClassLoader().getResourceAsStream("specs/tesla-p100-sxm2.yaml")) {
            if (in != null) {
                Files.write(sheet, in.readAllBytes());
            }
        }
        try {
            for (String[] line : new String[][] {
                {"compare", "dgx-1", "dgx-h100"},
                {"--help"},
                {"show", "dgx-1"},
                {"calc", "dgx-1.price / dgx-1.fp16"},
                {"check", "--no-bundled", dir.toString()},
                {"compare", "tesla-p100-sxm2", "h100-sxm5", "--specs", dir.toString()},
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
            Files.deleteIfExists(dir);
        }
    }
}
