package hwcalc.report;

import hwcalc.claims.Check;
import hwcalc.claims.Claim;
import hwcalc.claims.ClaimFile;
import hwcalc.claims.Evidence;
import hwcalc.claims.Expr;
import hwcalc.units.Quantity;
import java.math.BigDecimal;
import java.util.List;

/**
 * A scan's drafted claims as a claims file (docs/claims.md) that {@code hwcalc verify} reads as
 * it is: every scalar double-quoted, exact values, no {@code expected} (the author adds it, with
 * {@code true_on} and notes, once the draft is refined).
 */
public final class ScanClaimsYaml {

    private ScanClaimsYaml() {
    }

    public static String write(ClaimFile f, String generatedBy) {
        StringBuilder y = new StringBuilder();
        y.append("# Drafted by ").append(generatedBy).append(" from ").append(f.file()).append(".\n")
                .append("# Each claim is one figure found in the text; refine the checks, add expected:, true_on and notes.\n");
        y.append("publication:\n  title: ").append(q(f.publication().title())).append('\n');
        if (f.publication().language() != null) {
            y.append("  language: ").append(q(f.publication().language())).append('\n');
        }
        if (!f.evidence().isEmpty()) {
            y.append("\nevidence:\n");
            f.evidence().forEach(e -> evidence(y, e, "  "));
        }
        y.append("\nclaims:\n");
        for (Claim c : f.claims()) {
            y.append("  - id: ").append(q(c.id())).append('\n');
            y.append("    said: ").append(q(c.said())).append('\n');
            if (c.meaning() != null) {
                y.append("    meaning: ").append(q(c.meaning())).append('\n');
            }
            if (!c.evidence().isEmpty()) {
                y.append("    evidence:\n");
                c.evidence().forEach(e -> evidence(y, e, "      "));
            }
            check(y, c.check());
            if (!c.show().isEmpty()) {
                y.append("    show:\n");
                for (Claim.Step s : c.show()) {
                    y.append("      - label: ").append(q(s.label())).append('\n');
                    expr(y, s.expr(), "        ");
                }
            }
            if (c.note() != null) {
                y.append("    note: ").append(q(c.note())).append('\n');
            }
        }
        return y.toString();
    }

    private static void check(StringBuilder y, Check k) {
        y.append("    check:\n");
        if (k.plain() != null) {
            expr(y, k.plain(), "      ");
        }
        if (k.claimed() != null) {
            y.append("      claimed: ").append(q(quantity(k.claimed()) + (k.claimedYear() == null ? "" : "@" + k.claimedYear()))).append('\n');
        }
        if (k.label() != null && !k.label().isEmpty()) {
            y.append("      label: ").append(q(k.label())).append('\n');
        }
        y.append("      relation: ").append(q(k.relation().key())).append('\n');
        y.append("      tolerance: ").append(q(k.tolerance().movePointRight(2).stripTrailingZeros().toPlainString() + "%")).append('\n');
        if (k.trueOn() != null) {
            y.append("      true_on:\n        basis: ").append(q(k.trueOn().basis())).append('\n');
            expr(y, k.trueOn().expr(), "        ");
        }
        if (!k.missing().isEmpty()) {
            y.append("      missing:\n");
            k.missing().forEach(m -> y.append("        - ").append(q(m)).append('\n'));
        }
    }

    private static void expr(StringBuilder y, Expr e, String in) {
        if (e instanceof Expr.Calc c) {
            y.append(in).append("calc: ").append(q(c.text())).append('\n');
        } else if (e instanceof Expr.Ratio r) {
            y.append(in).append("ratio: {of: ").append(q(r.of())).append(", to: ").append(q(r.to())).append(", metric: ")
                    .append(q(r.metric().key())).append(", precision: ").append(q(r.precision().key())).append(", sparse: ")
                    .append(r.sparsity() == hwcalc.spec.Sparsity.SPARSE).append("}\n");
        } else if (e instanceof Expr.Range g && g.low() instanceof Expr.Calc lo && g.high() instanceof Expr.Calc hi) {
            y.append(in).append("range: [").append(q(lo.text())).append(", ").append(q(hi.text())).append("]\n");
        }
    }

    private static void evidence(StringBuilder y, Evidence e, String in) {
        y.append(in).append("- name: ").append(q(e.name())).append('\n');
        y.append(in).append("  value: ").append(q(quantity(e.value()))).append('\n');
        if (e.label() != null) {
            y.append(in).append("  label: ").append(q(e.label())).append('\n');
        }
        y.append(in).append("  source: ").append(q(e.source())).append('\n');
        if (e.quote() != null) {
            y.append(in).append("  quote: ").append(q(e.quote())).append('\n');
        }
        if (e.date() != null) {
            y.append(in).append("  date: ").append(q(e.date().toString())).append('\n');
        }
        if (e.note() != null) {
            y.append(in).append("  note: ").append(q(e.note())).append('\n');
        }
    }

    private static String quantity(Quantity v) {
        BigDecimal n = v.value().stripTrailingZeros();
        return n.toPlainString() + (v.unit().isOne() ? "" : " " + v.unit().symbol());
    }

    /** A YAML double-quoted scalar (the JSON escapes, which YAML shares). */
    static String q(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** The ids of the drafted claims, for the report. */
    public static List<String> ids(ClaimFile f) {
        return f.claims().stream().map(Claim::id).toList();
    }
}
