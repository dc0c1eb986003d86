package hwcalc.check;

/** A check rule: a stable id (used in output and docs/checks.md), its severity and a one-line summary. */
public record Rule(String id, Severity severity, String summary) {
}
