package hwcalc.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hwcalc.claims.Check;
import hwcalc.claims.Evaluated;
import hwcalc.claims.Finding;
import hwcalc.claims.Publication;
import hwcalc.claims.Verdict;
import hwcalc.claims.Verification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** `hwcalc verify` output: each claim's verdict with its arithmetic, then a summary. */
public final class VerifyReport {

    private final Verification v;
    private final FindingText words;

    public VerifyReport(Verification v, int digits) {
        this(v, digits, Wording.english());
    }

    public VerifyReport(Verification v, int digits, Wording wording) {
        this.v = v;
        this.words = new FindingText(digits, wording);
    }

    /** Plain text (markdown = false) or Markdown. */
    public String toText(boolean markdown) {
        StringBuilder out = new StringBuilder();
        for (Verification.FileFindings ff : v.files()) {
            Publication p = ff.file().publication();
            out.append(markdown ? "## " : "").append(ff.file().file()).append('\n');
            out.append(markdown ? "" : "  ").append(p.title()).append(markdown ? "  \n" : "\n");
            out.append(markdown ? "" : "  ").append(published(p)).append("\n\n");
            for (Finding f : ff.findings()) {
                claim(out, f, markdown);
            }
        }
        out.append(markdown ? "## Summary\n\n" + summary().toMarkdown() : summary().toText()).append('\n');
        out.append(totals()).append('\n');
        return out.toString();
    }

    private void claim(StringBuilder out, Finding f, boolean md) {
        Check c = f.claim().check();
        String head = f.verdict().key() + "  " + f.claim().id() + (f.asExpected() ? "" : "  [EXPECTED " + f.claim().expected().key() + "]");
        out.append(md ? "### " + head.replace("  ", " ") + "\n\n" : head + "\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"said", f.claim().said()});
        if (f.claim().meaning() != null) {
            rows.add(new String[] {"means", f.claim().meaning()});
        }
        rows.add(new String[] {"claim", words.claimed(c)});
        for (Evaluated e : new Evaluated[] {f.plain(), f.trueOn()}) {
            if (e != null) {
                rows.add(new String[] {e == f.plain() ? "check" : "true on", e == f.trueOn() ? e.label() + ": " + words.step(e, null) : words.step(e, c.label())});
                words.where(e).forEach(w -> rows.add(new String[] {"", "  " + w}));
            }
        }
        rows.add(new String[] {"verdict", words.verdict(f)});
        for (Evaluated e : f.shown()) {
            rows.add(new String[] {"also", e.label() + ": " + words.step(e, null)});
            e.warnings().forEach(w -> rows.add(new String[] {"", "  warning: " + words.caveat(w)}));
        }
        if (f.claim().note() != null) {
            rows.add(new String[] {"note", f.claim().note()});
        }
        f.sources().forEach(s -> rows.add(new String[] {"source", s}));
        String last = "";
        for (String[] r : rows) {
            String key = r[0].isEmpty() ? last : r[0];
            if (md) {
                out.append(r[0].isEmpty() ? "  " : "- **" + key + "**: ").append(r[1].strip()).append('\n');
            } else {
                out.append("  ").append(String.format("%-9s", r[0].isEmpty() ? "" : r[0] + ":")).append(r[1]).append('\n');
            }
            last = key;
        }
        out.append('\n');
    }

    private static String published(Publication p) {
        List<String> parts = new ArrayList<>();
        if (p.publisher() != null) {
            parts.add(p.publisher());
        }
        if (p.date() != null) {
            parts.add(p.date().toString());
        }
        parts.add(p.url() != null ? p.url() : "URL not known");
        return String.join(", ", parts);
    }

    public Table summary() {
        List<List<String>> rows = new ArrayList<>();
        for (Verification.FileFindings ff : v.files()) {
            for (Finding f : ff.findings()) {
                Check c = f.claim().check();
                rows.add(List.of(f.claim().id(), f.verdict().key(), f.claim().expected() == null ? "-" : f.claim().expected().key(),
                        f.claim().expected() == null ? "-" : f.asExpected() ? "yes" : "NO",
                        c.claimed() == null ? "" : words.figure(c.claimed(), c.label(), null),
                        f.right() == null ? "" : words.figure(f.right(), c.label(), null),
                        f.offBy() == null ? "" : words.percent(f.offBy())));
            }
        }
        return new Table(List.of("claim", "verdict", "expected", "as expected", "claimed", "right figure", "off by"), rows);
    }

    /** "12 claims: 5 holds, 4 off, 2 misleading, 1 unverifiable; all as expected." */
    public String totals() {
        Map<Verdict, Integer> n = v.counts();
        List<String> parts = new ArrayList<>();
        n.forEach((k, c) -> parts.add(c + " " + k.key()));
        List<Finding> bad = v.unexpected();
        return v.all().size() + " claims: " + String.join(", ", parts) + "; " + (bad.isEmpty() ? "all as expected."
                : bad.size() + " not as expected: " + String.join(", ", bad.stream()
                .map(f -> f.claim().id() + " (expected " + f.claim().expected().key() + ", got " + f.verdict().key() + ")").toList()));
    }

    public ObjectNode toJson() {
        ObjectNode root = Json.object();
        ArrayNode files = root.putArray("files");
        for (Verification.FileFindings ff : v.files()) {
            ObjectNode fo = files.addObject();
            fo.put("file", ff.file().file());
            Publication p = ff.file().publication();
            ObjectNode po = fo.putObject("publication");
            po.put("title", p.title());
            po.put("publisher", p.publisher());
            po.put("url", p.url());
            po.put("date", p.date() == null ? null : p.date().toString());
            po.put("language", p.language());
            po.put("note", p.note());
            ArrayNode claims = fo.putArray("claims");
            ff.findings().forEach(f -> claims.add(FindingJson.of(f, words)));
        }
        ObjectNode s = root.putObject("summary");
        s.put("claims", v.all().size());
        v.counts().forEach((k, c) -> s.put(k.key(), c));
        s.put("allAsExpected", v.unexpected().isEmpty());
        return root;
    }
}
