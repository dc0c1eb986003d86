package hwcalc.check;

import hwcalc.spec.Severity;
import java.util.List;

/** What a check run found: how many files it read and every finding, sorted. */
public record CheckReport(int files, List<CheckFinding> findings) {

    public CheckReport {
        CheckFinding[] sorted = findings.toArray(new CheckFinding[0]);
        java.util.Arrays.parallelSort(sorted); // in parallel from 8,192 findings (an import has 10,000), else in place
        findings = List.of(sorted);
    }

    public long errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    public long warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    }

    public long notices() {
        return findings.stream().filter(f -> f.severity() == Severity.NOTICE).count();
    }

    /** Errors fail; warnings fail too when strict; notices never do. */
    public boolean failed(boolean strict) {
        return errors() > 0 || strict && warnings() > 0;
    }

    /** "12 files checked: 1 error, 2 warnings" (and ", 3 notices" when there are any) */
    public String summary() {
        long notices = notices();
        return files + (files == 1 ? " file" : " files") + " checked: " + plural(errors(), "error") + ", "
                + plural(warnings(), "warning") + (notices == 0 ? "" : ", " + plural(notices, "notice"));
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
