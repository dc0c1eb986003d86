package hwcalc.scan;

import hwcalc.claims.Check;
import hwcalc.claims.Claim;
import hwcalc.claims.ClaimChecker;
import hwcalc.claims.ClaimFile;
import hwcalc.claims.Evidence;
import hwcalc.claims.Expr;
import hwcalc.claims.Finding;
import hwcalc.claims.Publication;
import hwcalc.claims.Relation;
import hwcalc.metrics.Comparison;
import hwcalc.metrics.Cpi;
import hwcalc.metrics.Metric;
import hwcalc.metrics.Peak;
import hwcalc.metrics.Peaks;
import hwcalc.spec.Catalogue;
import hwcalc.spec.Location;
import hwcalc.spec.Precision;
import hwcalc.spec.SpecException;
import hwcalc.spec.SpecSheet;
import hwcalc.spec.Sparsity;
import hwcalc.units.Quantity;
import hwcalc.units.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks every hardware figure a scan found through the claims machinery of {@code verify}: a
 * figure whose sentence holds a curated claim (a claims file's {@code said}, with the same value)
 * is checked as that claim, with its evidence and {@code true_on}; any other figure becomes a
 * drafted claim (the sheet's figure as the plain reading, a tolerance from the wording, and what
 * is missing when the catalogue cannot speak to it). The drafted file is what
 * {@code --write-claims} writes.
 */
public final class ScanChecker {

    /** One found figure with its claim (null when it is no hardware claim) and the claim's finding. */
    public record Item(Scanner.Found found, Claim claim, String curatedFrom, Finding finding) {
        public boolean isCurated() {
            return curatedFrom != null;
        }
    }

    /** A scanned text: its language, every figure in reading order, and the drafted claims file. */
    public record Result(String file, Language language, List<Item> items, ClaimFile draft) {
        public Result {
            items = List.copyOf(items);
        }
    }

    private static final java.util.regex.Pattern WORKLOAD = java.util.regex.Pattern.compile(
            "(?i)inference|training|workload|benchmark|throughput|訓練|推論|推理");

    static final BigDecimal EXACT_TOLERANCE = new BigDecimal("0.02");
    static final BigDecimal ABOUT_TOLERANCE = new BigDecimal("0.10");
    static final BigDecimal RATIO_TOLERANCE = new BigDecimal("0.05");

    private final Catalogue catalogue;
    private final Peaks peaks;
    private final ClaimChecker checker;
    private final Scanner scanner;
    private final List<ClaimFile> curated;

    /** {@code curated}: claims files whose claims are used when their words are found (the bundled ones, usually). */
    public ScanChecker(Catalogue catalogue, Cpi cpi, List<ClaimFile> curated) {
        this.catalogue = catalogue;
        this.peaks = new Peaks(catalogue);
        this.checker = new ClaimChecker(catalogue, cpi);
        this.scanner = new Scanner(catalogue);
        this.curated = List.copyOf(curated);
    }

    public Result scan(String text, String file, Language language) {
        List<Scanner.Found> found = scanner.scan(text, file);
        List<Item> items = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        Map<String, Evidence> evidence = new LinkedHashMap<>();
        List<Claim> drafted = new ArrayList<>();
        for (Scanner.Found f : found) {
            if (f.attachment() instanceof Attachment.NotHardware) {
                items.add(new Item(f, null, null, null));
                continue;
            }
            Curated c = curated(f);
            Claim claim;
            Finding finding;
            if (c != null) {
                claim = rename(c.claim(), unique(c.claim().id(), ids), f);
                finding = checker.check(claim, c.file().evidence());
                c.file().evidence().forEach(e -> evidence.putIfAbsent(e.name(), e));
            } else {
                claim = draft(f, unique(slug(f), ids));
                try {
                    finding = checker.check(claim, List.of());
                } catch (SpecException e) {
                    // the drafted expression does not fit the sheet (a unit it cannot take): say so, unverifiable
                    claim = withMissing(claim, e.problems().get(0).message());
                    finding = checker.check(claim, List.of());
                }
            }
            drafted.add(claim);
            items.add(new Item(f, claim, c == null ? null : c.file().file() + "#" + c.claim().id(), finding));
        }
        ClaimFile draft = new ClaimFile(file, new Publication(file, null, null, null,
                language == Language.ZH_TW ? "zh-TW" : "en", null), List.copyOf(evidence.values()), drafted);
        return new Result(file, language, items, draft);
    }

    private record Curated(ClaimFile file, Claim claim) {
    }

    /** The most specific curated claim whose words are in the sentence, contain the figure and state its value. */
    private Curated curated(Scanner.Found f) {
        String sentence = normal(f.sentence());
        String figure = normal(f.figure().text());
        return curated.stream().flatMap(file -> file.claims().stream().map(c -> new Curated(file, c)))
                .filter(c -> sentence.contains(normal(c.claim().said())) && normal(c.claim().said()).contains(figure))
                .filter(c -> sameValue(f.figure(), c.claim().check().claimed()))
                .min(Comparator.comparingInt(c -> c.claim().said().length())).orElse(null);
    }

    static String normal(String s) {
        return s.replaceAll("[\\s\\u3000]+", "").replace('，', ',').replace('（', '(').replace('）', ')').toLowerCase(Locale.ROOT);
    }

    private static boolean sameValue(Figure f, Quantity claimed) {
        if (claimed == null) {
            return false;
        }
        Quantity q = quantity(f);
        BigDecimal a = claimed.unit().isOne() || q.unit().isOne() ? f.value() : q.baseValue();
        BigDecimal b = claimed.unit().isOne() || q.unit().isOne() ? claimed.value() : claimed.baseValue();
        if (!claimed.unit().isOne() && !q.unit().isOne() && !q.dimension().equals(claimed.dimension())) {
            return false;
        }
        return b.signum() != 0 && a.subtract(b).abs().divide(b.abs(), MathContext.DECIMAL64).compareTo(new BigDecimal("0.005")) <= 0;
    }

    static Quantity quantity(Figure f) {
        String u = f.unit();
        if (u == null || u.isEmpty() || u.equals("%") || u.equals("months")) {
            return Quantity.number(f.value());
        }
        return new Quantity(f.value(), Unit.parse(u));
    }

    private static Claim rename(Claim c, String id, Scanner.Found f) {
        Location at = new Location(f.figure().at().file(), f.figure().at().line(), f.figure().at().column());
        return new Claim(id, c.said(), c.meaning(), c.check(), c.show(), c.evidence(), null, c.note(), at);
    }

    private static Claim withMissing(Claim c, String why) {
        Check k = c.check();
        Check m = new Check(k.claimed(), k.claimedYear(), k.label(), k.relation(), k.tolerance(), null, null, List.of(why), k.location());
        return new Claim(c.id(), c.said(), c.meaning(), m, List.of(), List.of(), null, c.note(), c.location());
    }

    /** The claim the figure's words make, in checkable form. */
    Claim draft(Scanner.Found f, String id) {
        Figure fig = f.figure();
        Location at = new Location(fig.at().file(), fig.at().line(), fig.at().column());
        Quantity claimed = claimedValue(fig);
        Relation relation = switch (fig.qualifier()) {
            case AT_LEAST -> Relation.AT_LEAST;
            case AT_MOST -> Relation.AT_MOST;
            default -> Relation.ABOUT;
        };
        BigDecimal tolerance = tolerance(fig, relation);
        String label = fig.kind() == Kind.RATIO ? "x" : fig.kind() == Kind.COUNT ? fig.counted()
                : fig.kind() == Kind.GROWTH ? "months" : fig.kind() == Kind.PERCENT ? "%" : null;
        Expr plain = null;
        Check.TrueOn trueOn = null;
        List<String> missing = new ArrayList<>();
        String meaning = null;
        if (f.attachment() instanceof Attachment.Unmatched u) {
            missing.add(u.reason() == Attachment.UnmatchedReason.AMBIGUOUS_NAME
                    ? "the name '" + u.subject().asked() + "' fits several sheets: " + String.join(", ", u.candidates())
                    : "no sheet, company or workload is named for this figure");
        } else if (f.attachment() instanceof Attachment.Attached a) {
            if (a.subject() instanceof Subject.Sheet s) {
                SpecSheet sheet = catalogue.resolve(s.id());
                String ref = s.id();
                Field field = a.field();
                if (field instanceof Field.Peak p) {
                    Precision stated = p.precision();
                    Sparsity sp = p.sparsity() == null ? Sparsity.DENSE : p.sparsity();
                    Precision use = stated != null ? stated : Comparison.autoPrecision(peaks, List.of(sheet), sp);
                    plain = calc(ref + "." + use.key() + (sp == Sparsity.SPARSE ? ".sparse" : "")
                            + (p.core() == null ? "" : "." + p.core().name().toLowerCase(Locale.ROOT)), at);
                    meaning = s.id() + " peaks at " + fig.text() + " (" + use.key() + " " + sp.key() + ")";
                    trueOn = otherBasis(sheet, claimed, use, sp, stated == null, p.sparsity() == null, ref, at);
                } else if (field instanceof Field.Memory) {
                    plain = calc(ref + ".memory", at);
                } else if (field instanceof Field.Bandwidth) {
                    plain = calc(ref + ".bandwidth", at);
                } else if (field instanceof Field.Power) {
                    plain = calc(ref + ".power", at);
                } else if (field instanceof Field.Weight) {
                    plain = calc(ref + ".weight", at);
                } else if (field instanceof Field.Price) {
                    plain = calc(ref + ".price", at);
                } else if (field instanceof Field.Ratio r && r.precision() == null && WORKLOAD.matcher(f.sentence()).find()) {
                    // "1.6X more performance in AI inference": a measured workload, which no ratio of peaks checks
                    missing.add("a ratio measured on a workload (training, inference); the sheets hold peaks: add the benchmark as evidence");
                } else if (field instanceof Field.Ratio r && r.other() instanceof Subject.Sheet o) {
                    Sparsity sp = r.sparsity() == null ? Sparsity.DENSE : r.sparsity();
                    Precision use = r.precision() != null ? r.precision()
                            : Comparison.autoPrecision(peaks, List.of(sheet, catalogue.resolve(o.id())), sp);
                    plain = new Expr.Ratio(s.id(), o.id(), Metric.PEAK, use, sp, at);
                } else if (field instanceof Field.Ratio r && r.other() instanceof Subject.Ambiguous o) {
                    missing.add("the ratio's baseline '" + o.asked() + "' fits several sheets: " + String.join(", ", o.candidates()));
                } else if (field instanceof Field.Ratio) {
                    missing.add("the ratio's baseline (what " + s.id() + " is compared with) is not a named sheet");
                } else {
                    missing.add("the catalogue has no " + fieldKey(field) + " figure for " + s.id());
                }
            } else {
                missing.add("no sheet or evidence for the " + fieldKey(a.field()) + " of " + subjectKey(a.subject()));
            }
        }
        Check check = new Check(claimed, null, label, relation, tolerance, plain, trueOn, missing, at);
        return new Claim(id, f.sentence(), meaning, check, List.of(), List.of(), null, null, at);
    }

    /** When the text names no precision or no sparsity: the sheet's peak nearest the claim on another basis, if any. */
    private Check.TrueOn otherBasis(SpecSheet sheet, Quantity claimed, Precision used, Sparsity sp, boolean anyPrecision,
                                    boolean anySparsity, String ref, Location at) {
        if (!anyPrecision && !anySparsity) {
            return null;
        }
        Peak best = null;
        BigDecimal bestGap = null;
        for (Peak p : peaks.all(sheet)) {
            if (!p.value().dimension().equals(claimed.dimension()) || p.precision() == used && p.sparsity() == sp
                    || !anyPrecision && p.precision() != used || !anySparsity && p.sparsity() != sp) {
                continue;
            }
            BigDecimal gap = p.value().baseValue().subtract(claimed.baseValue()).abs();
            if (bestGap == null || gap.compareTo(bestGap) < 0) {
                best = p;
                bestGap = gap;
            }
        }
        if (best == null) {
            return null;
        }
        return new Check.TrueOn(best.precision().key() + " " + best.sparsity().key() + " (the text does not say which)",
                calc(ref + "." + best.precision().key() + (best.sparsity() == Sparsity.SPARSE ? ".sparse" : ".dense"), at));
    }

    private static Expr.Calc calc(String text, Location at) {
        return new Expr.Calc(text, at);
    }

    private static Quantity claimedValue(Figure f) {
        if (!f.isRange()) {
            return quantity(f);
        }
        BigDecimal mid = f.value().add(f.upper()).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
        Quantity q = quantity(f);
        return new Quantity(mid, q.unit());
    }

    /** 2% as printed, 10% for "about", and a range's half-width on top; 5% for ratios; 0 for at-least/at-most. */
    private static BigDecimal tolerance(Figure f, Relation r) {
        if (r != Relation.ABOUT) {
            return BigDecimal.ZERO;
        }
        BigDecimal base = f.qualifier() == Qualifier.ABOUT ? ABOUT_TOLERANCE : f.kind() == Kind.RATIO ? RATIO_TOLERANCE : EXACT_TOLERANCE;
        if (f.isRange()) {
            BigDecimal mid = f.value().add(f.upper()).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
            base = base.add(f.upper().subtract(f.value()).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64)
                    .divide(mid, MathContext.DECIMAL64)).round(new MathContext(4));
        }
        return base.min(new BigDecimal("0.99"));
    }

    /** A short machine name of a field, for ids and the claims file: peak, price, market-cap, count. */
    public static String fieldKey(Field f) {
        if (f instanceof Field.Peak p) {
            return "peak" + (p.precision() == null ? "" : "-" + p.precision().key()) + (p.sparsity() == null ? "" : "-" + p.sparsity().key());
        }
        if (f instanceof Field.Ratio r) {
            return "ratio" + (r.other() == null ? "" : "-to-" + subjectKey(r.other()));
        }
        if (f instanceof Field.MarketCap) {
            return "market-cap";
        }
        if (f instanceof Field.OtherMoney) {
            return "money";
        }
        if (f instanceof Field.Doubling) {
            return "doubling-time";
        }
        // memory, bandwidth, power, weight, price, count, drawdown, share: the record's name
        return f.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }

    public static String subjectKey(Subject s) {
        if (s instanceof Subject.Sheet sh) {
            return sh.id();
        }
        return s instanceof Subject.Named n ? n.key() : Names.key(s.asked());
    }

    private static String slug(Scanner.Found f) {
        String head = f.attachment() instanceof Attachment.Attached a ? subjectKey(a.subject()) + "-" + fieldKey(a.field()) : "unmatched";
        String value = f.figure().value().stripTrailingZeros().toPlainString() + "-" + (f.figure().unit() == null ? "" : f.figure().unit());
        String s = (head + "-" + value).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "figure" : s;
    }

    private static String unique(String id, Set<String> ids) {
        String out = id;
        for (int n = 2; !ids.add(out); n++) {
            out = id + "-" + n;
        }
        return out;
    }
}
