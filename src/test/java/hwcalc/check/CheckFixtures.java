package hwcalc.check;

import hwcalc.spec.SpecLoader;
import hwcalc.spec.SpecLoader.SpecFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The check corpus under src/test/resources/check: sound sheets (good/) and one or more broken ones per rule (broken/). */
final class CheckFixtures {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Pattern EXPECT = Pattern.compile("^# expect: (\\S+) line (\\d+)\\s*$", Pattern.MULTILINE);

    private CheckFixtures() {
    }

    static Path dir(String name) {
        try {
            return Path.of(CheckFixtures.class.getResource("/check/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<SpecFile> files(Path p, String display) {
        return SpecLoader.folderFiles(p, display);
    }

    static List<SpecFile> good() {
        return files(dir("good"), "good");
    }

    /** Each entry of broken/: a file, or a folder of files checked together. */
    static List<Path> brokenCases() {
        try (Stream<Path> s = Files.list(dir("broken"))) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "display:line rule" for every {@code # expect: rule line N} comment in the files. */
    static Set<String> expectations(List<SpecFile> files) {
        Set<String> out = new TreeSet<>();
        for (SpecFile f : files) {
            Matcher m = EXPECT.matcher(new String(f.bytes(), StandardCharsets.UTF_8));
            while (m.find()) {
                out.add(f.displayName() + ":" + m.group(2) + " " + m.group(1));
            }
        }
        return out;
    }

    /** "display:line rule" for every finding, notices included. */
    static Set<String> found(CheckReport r) {
        Set<String> out = new TreeSet<>();
        for (CheckFinding f : r.findings()) {
            out.add(f.location().file() + ":" + f.location().line() + " " + f.rule().id());
        }
        return out;
    }

    /**
     * As {@link #found(CheckReport)}, but notices only where {@code expected} names a notice rule:
     * the corpus predates source tiers, and a notice never fails a run, so each case is held to
     * its own rule while the source.no-tier case is held to its notices.
     */
    static Set<String> found(CheckReport r, Set<String> expected) {
        Set<String> out = new TreeSet<>();
        for (CheckFinding f : r.findings()) {
            String rule = f.rule().id();
            boolean notice = f.severity() == hwcalc.spec.Severity.NOTICE;
            if (!notice || expected.stream().anyMatch(e -> e.endsWith(" " + rule))) {
                out.add(f.location().file() + ":" + f.location().line() + " " + rule);
            }
        }
        return out;
    }
}
