package hwcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hwcalc.claims.ClaimFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import hwcalc.spec.SpecLoader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify and quote through Main.run: output, exit codes, errors without stack traces. */
class ClaimsCliTest {

    private static final String SPECS = ClaimFixtures.path("specs").toString();

    private static Cli run(String... args) {
        String[] all = new String[args.length + 3];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--no-bundled";
        all[args.length + 1] = "--specs";
        all[args.length + 2] = SPECS;
        return Cli.run(all);
    }

    @Test
    void verifyTheBundledClaimsExitsZero() {
        Cli r = run("verify");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("holds  dgx-1-fp16-170-tflops", "misleading  dgx-1-equals-250-servers",
                "250 * dual-xeon-e5-2698-v3-server.fp32 = 588.8 TFLOPS",
                "off by +422%: claimed 317.5 kg, the right figure is 60.78 kg", "all as expected.");
    }

    @Test
    void aVerdictOtherThanExpectedExitsOne() {
        Cli r = run("verify", ClaimFixtures.path("wrong-expectation.yaml").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("off  expects-holds-but-off  [EXPECTED holds]");
        assertThat(r.err()).contains("1 not as expected: expects-holds-but-off (expected holds, got off)");
    }

    @Test
    void everyVerdictKindThroughTheCli() {
        Cli r = run("verify", "--format", "json", ClaimFixtures.path("kinds.yaml").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"holds\" : 5", "\"off\" : 4", "\"misleading\" : 2", "\"unverifiable\" : 2",
                "\"allAsExpected\" : true", "\"offBy\" : 4.22363");
    }

    @Test
    void otherFormats() {
        assertThat(run("verify", "--format", "markdown").out()).contains("### holds dgx-1-fp16-170-tflops", "| claim | verdict |");
        assertThat(run("verify", "--format", "csv").out()).contains("dgx-weighs-317-5-kg,off,off,yes,317.5 kg,60.78 kg,+422%");
    }

    @Test
    void aBadClaimsFileIsLocatedAndExitsTwo(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "publication: {title: T}\nclaims:\n  - id: a\n    said: x\n"
                + "    check: {calc: dgx-1.fp61, claimed: 1 TFLOPS, tolerance: 2%}\n    expected: holds\n", StandardCharsets.UTF_8);
        Cli r = run("verify", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(f + ":5:19: error: unknown field 'fp61' in dgx-1.fp61").doesNotContain("Exception", "\tat ");
    }

    @Test
    void aChangedSheetFlipsTheClaimThroughTheCli(@TempDir Path dir) throws Exception {
        // a copy of the test sheets with the DGX-1's FP16 peak at 125 TFLOPS instead of 170
        try (var files = Files.list(ClaimFixtures.path("specs"))) {
            for (Path p : files.toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
        Path dgx = dir.resolve("nvidia-dgx-1.yaml");
        Files.writeString(dgx, Files.readString(dgx, StandardCharsets.UTF_8).replace("value: 170 TFLOPS", "value: 125 TFLOPS"),
                StandardCharsets.UTF_8);
        Cli r = Cli.run("verify", "--no-bundled", "--specs", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("off  dgx-1-fp16-170-tflops  [EXPECTED holds]", "the right figure is 125 TFLOPS");
    }

    /** On the bundled sheets, once they are in the build (they are data, committed apart from the code). */
    @Test
    void verifyOnTheBundledSheetsExitsZero() {
        Assumptions.assumeTrue(SpecLoader.bundledFiles().stream().anyMatch(f -> f.displayName().endsWith("nvidia-dgx-1.yaml")),
                "bundled spec sheets not in this build");
        Cli r = Cli.run("verify");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("all as expected.");
        Cli q = Cli.run("quote", "dgx-1", "usd-per-tflops", "--precision", "fp16", "--locale", "zh-TW");
        assertThat(q.out()).contains("759 美元", "12.9 萬美元");
    }

    @Test
    void quoteInBothLocales() {
        Cli en = run("quote", "dgx-1", "usd-per-tflops", "--precision", "fp16");
        assertThat(en.code()).isZero();
        assertThat(en.out()).contains("$759 per TFLOPS", "$129,000", "https://www.tomshardware.fr/?p=233173");
        Cli zh = run("quote", "dgx-1", "usd-per-tflops", "--precision", "fp16", "--locale", "zh-TW");
        assertThat(zh.out()).contains("12.9 萬美元", "759 美元", "https://en.wikipedia.org/wiki/Nvidia_DGX");
        assertThat(run("quote", "dgx-h100", "speedup", "--vs", "dgx-1", "--precision", "fp16").out()).contains("46.6 times");
        assertThat(run("quote", "dgx-1", "price", "--format", "markdown").out()).contains("[^1]: Tom's Hardware France. <https://");
    }

    @Test
    void quoteUserErrorsExitTwo() {
        assertThat(run("quote", "dgx-1", "speedup").err()).contains("hwcalc: error: speedup compares two sheets: add --vs ID");
        assertThat(run("quote", "dgx-1", "price", "--locale", "fr").code()).isEqualTo(2);
        assertThat(run("quote", "dgx-1", "flops").err()).contains("unknown metric 'flops'");
        Cli missing = run("quote", "dual-xeon-e5-2698-v3-server", "price");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no price for dual-xeon-e5-2698-v3-server").doesNotContain("\tat ");
    }
}
