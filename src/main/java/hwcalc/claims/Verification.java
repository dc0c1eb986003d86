package hwcalc.claims;

import hwcalc.metrics.Cpi;
import hwcalc.spec.Catalogue;
import hwcalc.spec.SpecException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every claims file checked: the findings per file, with counts. */
public record Verification(List<FileFindings> files) {

    public Verification {
        files = List.copyOf(files);
    }

    /** One file's publication and findings, in file order. */
    public record FileFindings(ClaimFile file, List<Finding> findings) {
        public FileFindings {
            findings = List.copyOf(findings);
        }
    }

    /** Checks all files; claim ids must be unique across them, and every problem is reported at once. */
    public static Verification of(List<ClaimFile> files, Catalogue catalogue, Cpi cpi) {
        ClaimChecker checker = new ClaimChecker(catalogue, cpi);
        List<SpecException.Problem> problems = new ArrayList<>();
        Map<String, Claim> seen = new LinkedHashMap<>();
        List<FileFindings> out = new ArrayList<>();
        for (ClaimFile f : files) {
            for (Claim c : f.claims()) {
                Claim before = seen.putIfAbsent(c.id(), c);
                if (before != null && before != c) {
                    problems.add(new SpecException.Problem(c.location(), "claim id '" + c.id() + "' is also used in "
                            + before.location()));
                }
            }
            try {
                out.add(new FileFindings(f, checker.check(f)));
            } catch (SpecException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new SpecException(problems.stream().sorted().toList());
        }
        return new Verification(out);
    }

    public List<Finding> all() {
        return files.stream().flatMap(f -> f.findings().stream()).toList();
    }

    public List<Finding> unexpected() {
        return all().stream().filter(f -> !f.asExpected()).toList();
    }

    public Map<Verdict, Integer> counts() {
        Map<Verdict, Integer> m = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            m.put(v, 0);
        }
        all().forEach(f -> m.merge(f.verdict(), 1, Integer::sum));
        return m;
    }
}
