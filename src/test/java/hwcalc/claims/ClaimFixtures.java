package hwcalc.claims;

import hwcalc.spec.Catalogue;
import hwcalc.spec.SpecLoader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The test sheets and claims under src/test/resources/claims, found on the class path. */
public final class ClaimFixtures {
    private ClaimFixtures() {
    }

    public static Path path(String name) {
        try {
            return Path.of(ClaimFixtures.class.getResource("/claims/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** DGX-1 (170 TFLOPS FP16, $129,000, 134 lb), P100, Xeon E5-2698 v3 and its dual server, GTX 580, H100, DGX H100. */
    public static Catalogue catalogue() {
        return Catalogue.of(SpecLoader.readAll(SpecLoader.folderFiles(path("specs"), "specs")));
    }

    public static ClaimFile file(Path p) {
        return ClaimFiles.readAll(ClaimFiles.files(p)).get(0);
    }

    /** The seed article's claims as shipped in specs/claims (the repository copy, not the jar's). */
    public static ClaimFile seed() {
        return file(Path.of("specs/claims/seed-article-zh-tw.yaml"));
    }

    static List<Finding> check(Catalogue c, ClaimFile f) {
        return new ClaimChecker(c, hwcalc.metrics.Cpi.bundled()).check(f);
    }
}
