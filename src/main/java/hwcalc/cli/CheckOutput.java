package hwcalc.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hwcalc.check.CheckReport;
import hwcalc.check.CheckFinding;
import hwcalc.report.Json;

/** Renders a check report as text lines, JSON, or GitHub Actions workflow commands. */
final class CheckOutput {
    private CheckOutput() {
    }

    static String render(CheckReport r, CheckCommand.CheckFormat format, boolean strict) {
        return switch (format) {
            case JSON -> json(r, strict);
            case GITHUB -> github(r, strict);
            default -> text(r, strict);
        };
    }

    private static String text(CheckReport r, boolean strict) {
        StringBuilder out = new StringBuilder();
        for (CheckFinding f : r.findings()) {
            out.append(f).append('\n');
        }
        return out.append(summary(r, strict)).append('\n').toString();
    }

    private static String summary(CheckReport r, boolean strict) {
        return r.summary() + (strict && r.warnings() > 0 ? " (--strict: warnings fail)" : "");
    }

    private static String json(CheckReport r, boolean strict) {
        ObjectNode o = Json.object();
        o.put("files", r.files());
        o.put("errors", r.errors());
        o.put("warnings", r.warnings());
        o.put("strict", strict);
        o.put("failed", r.failed(strict));
        ArrayNode list = o.putArray("findings");
        for (CheckFinding f : r.findings()) {
            ObjectNode j = list.addObject();
            j.put("file", f.location().file());
            j.put("line", f.location().line());
            j.put("column", f.location().column());
            j.put("severity", f.severity().key());
            j.put("rule", f.rule().id());
            j.put("message", f.message());
        }
        return Json.write(o);
    }

    /** {@code ::error file=specs/x.yaml,line=3,col=5,title=rule-id::message}, one per finding. */
    private static String github(CheckReport r, boolean strict) {
        StringBuilder out = new StringBuilder();
        for (CheckFinding f : r.findings()) {
            out.append("::").append(f.severity().key()).append(" file=").append(property(f.location().file()));
            if (f.location().line() > 0) {
                out.append(",line=").append(f.location().line()).append(",col=").append(f.location().column());
            }
            out.append(",title=").append(property(f.rule().id())).append("::").append(data(f.message())).append('\n');
        }
        return out.append(summary(r, strict)).append('\n').toString();
    }

    // escaping as GitHub's toolkit does (@actions/core command.ts)
    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
