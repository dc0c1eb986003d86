package hwcalc.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hwcalc.claims.Evaluated;
import hwcalc.claims.Finding;
import hwcalc.claims.Verdict;
import hwcalc.scan.Attachment;
import hwcalc.scan.Figure;
import hwcalc.scan.ScanChecker;
import hwcalc.scan.Subject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** `hwcalc scan` output: every figure in reading order with its subject, field and verdict, then totals. */
public final class ScanReport {

    private final List<ScanChecker.Result> results;
    private final FindingText words;
    private final boolean chinese;

    public ScanReport(List<ScanChecker.Result> results, int digits, QuoteLocale locale, Wording wording) {
        this.results = List.copyOf(results);
        this.words = new FindingText(digits, wording);
        this.chinese = locale == QuoteLocale.ZH_TW;
    }

    private String w(String en, String zh) {
        return chinese ? zh : en;
    }

    /** Plain text (markdown = false) or Markdown. */
    public String toText(boolean md) {
        StringBuilder out = new StringBuilder();
        for (ScanChecker.Result r : results) {
            out.append(md ? "## " : "").append(r.file()).append("\n\n");
            List<ScanChecker.Item> notHardware = new ArrayList<>();
            for (ScanChecker.Item it : r.items()) {
                if (it.claim() == null) {
                    notHardware.add(it);
                    continue;
                }
                item(out, it, md);
            }
            if (!notHardware.isEmpty()) {
                out.append(md ? "### " : "").append(w("not hardware claims (left unchecked): ", "非硬體數字（未查核）："))
                        .append(notHardware.size()).append(md ? "\n\n" : "\n");
                for (ScanChecker.Item it : notHardware) {
                    Figure f = it.found().figure();
                    out.append(md ? "- " : "  ").append(f.at()).append("  ").append(f.text()).append("  (")
                            .append(notHardware((Attachment.NotHardware) it.found().attachment())).append(")\n");
                }
                out.append('\n');
            }
        }
        out.append(md ? "## " + w("Summary", "摘要") + "\n\n" + summary().toMarkdown() : summary().toText()).append('\n');
        out.append(totals()).append('\n');
        return out.toString();
    }

    private void item(StringBuilder out, ScanChecker.Item it, boolean md) {
        Figure f = it.found().figure();
        Finding fd = it.finding();
        String head = f.at() + "  " + f.text() + "  " + fd.verdict().key();
        out.append(md ? "### " + head + "\n\n" : head + "\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {w("sentence", "句子"), it.found().sentence()});
        rows.add(new String[] {w("subject", "主體"), subject(it.found().attachment())});
        rows.add(new String[] {w("field", "欄位"), field(it.found().attachment())});
        rows.add(new String[] {w("claim", "說法"), words.claimed(it.claim().check())});
        for (Evaluated e : new Evaluated[] {fd.plain(), fd.trueOn()}) {
            if (e != null) {
                rows.add(new String[] {e == fd.plain() ? w("check", "查核") : w("true on", "成立於"),
                    e == fd.trueOn() ? e.label() + ": " + words.step(e, null) : words.step(e, it.claim().check().label())});
                words.where(e).forEach(x -> rows.add(new String[] {"", "  " + x}));
            }
        }
        rows.add(new String[] {w("verdict", "判定"), words.verdict(fd)});
        if (it.isCurated()) {
            rows.add(new String[] {w("from", "依據"), it.curatedFrom()});
        }
        fd.sources().forEach(s -> rows.add(new String[] {w("source", "來源"), s}));
        for (String[] r : rows) {
            if (md) {
                out.append(r[0].isEmpty() ? "  " : "- **" + r[0] + "**: ").append(r[1].strip()).append('\n');
            } else {
                out.append("  ").append(String.format("%-10s", r[0].isEmpty() ? "" : r[0] + ":")).append(r[1]).append('\n');
            }
        }
        out.append('\n');
    }

    private String subject(Attachment a) {
        if (a instanceof Attachment.Attached at) {
            return subject(at.subject()) + (at.fromContext() ? w(" (named earlier in the text)", "（前文所指）") : "");
        }
        if (a instanceof Attachment.Unmatched u) {
            return u.reason() == Attachment.UnmatchedReason.AMBIGUOUS_NAME
                    ? w("unmatched: '", "無法對應：「") + u.subject().asked() + w("' fits several sheets: ", "」符合多張規格表：")
                    + String.join(", ", u.candidates())
                    : w("unmatched: no sheet, company or workload named in the sentence or the paragraph before it",
                    "無法對應：句中與段落前文沒有提到規格表、公司或工作負載");
        }
        return "";
    }

    static String subject(Subject s) {
        if (s instanceof Subject.Sheet sh) {
            return sh.asked().equalsIgnoreCase(sh.id()) ? sh.id() : sh.id() + " (" + sh.asked() + ")";
        }
        return s instanceof Subject.Named n ? n.key() + " (" + n.asked() + ")" : s.asked();
    }

    private static String field(Attachment a) {
        return a instanceof Attachment.Attached at ? ScanChecker.fieldKey(at.field()) : "";
    }

    private String notHardware(Attachment.NotHardware n) {
        return n.reason() == Attachment.NotHardwareReason.COUNTS_NO_HARDWARE
                ? w("counts no hardware", "計數對象非硬體") : w("no hardware in the sentence", "句中無硬體");
    }

    public Table summary() {
        List<List<String>> rows = new ArrayList<>();
        for (ScanChecker.Result r : results) {
            for (ScanChecker.Item it : r.items()) {
                Figure f = it.found().figure();
                Attachment a = it.found().attachment();
                rows.add(List.of(f.at().line() + ":" + f.at().column(), f.text(),
                        a instanceof Attachment.Attached at ? subject(at.subject()) : a instanceof Attachment.Unmatched ? w("unmatched", "無法對應") : "",
                        field(a), it.finding() == null ? w("not hardware", "非硬體") : it.finding().verdict().key(),
                        it.finding() == null || it.finding().right() == null ? "" : words.figure(it.finding().right(), it.claim().check().label(), null)));
            }
        }
        return new Table(List.of(w("at", "位置"), w("figure", "數字"), w("subject", "主體"), w("field", "欄位"),
                w("verdict", "判定"), w("right figure", "正確數字")), rows);
    }

    public Map<Verdict, Integer> counts() {
        Map<Verdict, Integer> m = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            m.put(v, 0);
        }
        results.forEach(r -> r.items().stream().filter(i -> i.finding() != null).forEach(i -> m.merge(i.finding().verdict(), 1, Integer::sum)));
        return m;
    }

    /** "14 figures checked: 5 holds, 3 off, 2 misleading, 4 unverifiable; 1 unmatched; 6 not hardware." */
    public String totals() {
        int checked = counts().values().stream().mapToInt(Integer::intValue).sum();
        long unmatched = results.stream().flatMap(r -> r.items().stream())
                .filter(i -> i.found().attachment() instanceof Attachment.Unmatched).count();
        long notHw = results.stream().flatMap(r -> r.items().stream()).filter(i -> i.claim() == null).count();
        List<String> parts = new ArrayList<>();
        counts().forEach((k, c) -> parts.add(c + " " + k.key()));
        return checked + w(" figures checked: ", " 個數字已查核：") + String.join(", ", parts) + "; " + unmatched
                + w(" unmatched; ", " 個無法對應；") + notHw + w(" not hardware.", " 個非硬體。");
    }

    public ObjectNode toJson() {
        ObjectNode root = Json.object();
        ArrayNode files = root.putArray("files");
        for (ScanChecker.Result r : results) {
            ObjectNode fo = files.addObject();
            fo.put("file", r.file());
            fo.put("language", r.language() == hwcalc.scan.Language.ZH_TW ? "zh-TW" : "en");
            ArrayNode figs = fo.putArray("figures");
            for (ScanChecker.Item it : r.items()) {
                Figure f = it.found().figure();
                ObjectNode o = figs.addObject();
                o.put("at", f.at().toString());
                o.put("line", f.at().line());
                o.put("column", f.at().column());
                o.put("text", f.text());
                o.put("kind", f.kind().name().toLowerCase(Locale.ROOT));
                o.put("value", Json.plain(f.value()));
                if (f.upper() != null) {
                    o.put("upper", Json.plain(f.upper()));
                }
                o.put("unit", f.unit());
                o.put("qualifier", f.qualifier().name().toLowerCase(Locale.ROOT));
                o.put("sentence", it.found().sentence());
                Attachment a = it.found().attachment();
                if (a instanceof Attachment.Attached at) {
                    o.put("attachment", "attached");
                    o.set("subject", subjectJson(at.subject()));
                    o.put("field", ScanChecker.fieldKey(at.field()));
                    o.put("subjectFromContext", at.fromContext());
                } else if (a instanceof Attachment.Unmatched u) {
                    o.put("attachment", "unmatched");
                    o.put("reason", u.reason().name().toLowerCase(Locale.ROOT));
                    ArrayNode c = o.putArray("candidates");
                    u.candidates().forEach(c::add);
                } else {
                    o.put("attachment", "not-hardware");
                    o.put("reason", ((Attachment.NotHardware) a).reason().name().toLowerCase(Locale.ROOT));
                }
                if (it.finding() != null) {
                    o.put("claimId", it.claim().id());
                    o.put("curatedFrom", it.curatedFrom());
                    o.set("finding", FindingJson.of(it.finding(), words));
                }
            }
        }
        ObjectNode s = root.putObject("summary");
        counts().forEach((k, c) -> s.put(k.key(), c));
        return root;
    }

    private static ObjectNode subjectJson(Subject s) {
        ObjectNode o = Json.object();
        o.put("asked", s.asked());
        if (s instanceof Subject.Sheet sh) {
            o.put("sheet", sh.id());
            o.put("match", sh.match().name().toLowerCase(Locale.ROOT));
        } else if (s instanceof Subject.Named n) {
            o.put("named", n.key());
            o.put("kind", n.kind().name().toLowerCase(Locale.ROOT));
        }
        return o;
    }
}
