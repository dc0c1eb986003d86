package hwcalc.check;

import hwcalc.spec.SpecLoader.SpecFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Small sheets written in a test, checked against the sound sheets of check/good. A sheet starts
 * with a six-line header (id, name, vendor, kind, sources, one vendor-tier source {@code s}), so the first
 * line of the body is line 7.
 */
final class Sheets {
    private Sheets() {
    }

    /** The header and the body lines of a sheet with that id and kind. */
    static String sheet(String id, String kind, String... body) {
        StringBuilder b = new StringBuilder()
                .append("id: ").append(id).append('\n')
                .append("name: Test sheet\n")
                .append("vendor: Test\n")
                .append("kind: ").append(kind).append('\n')
                .append("sources:\n")
                .append("  s: {url: https://example.org/x, seen: 2026-11-28, tier: vendor}\n");
        for (String line : body) {
            b.append(line).append('\n');
        }
        return b.toString();
    }

    static SpecFile file(String id, String yaml) {
        return new SpecFile(id + ".yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** Checks one sheet (file name = id) with check/good as context. */
    static CheckReport check(String id, String kind, String... body) {
        return new Checker(CheckFixtures.TODAY).check(CheckFixtures.good(), List.of(file(id, sheet(id, kind, body))));
    }

    /** Each finding as "line rule: message". */
    static List<String> found(CheckReport r) {
        List<String> out = new ArrayList<>();
        for (CheckFinding f : r.findings()) {
            out.add(f.location().line() + " " + f.rule().id() + ": " + f.message());
        }
        return out;
    }

    /** The findings of one sheet, as {@link #found(CheckReport)} gives them. */
    static List<String> findings(String id, String kind, String... body) {
        return found(check(id, kind, body));
    }
}
