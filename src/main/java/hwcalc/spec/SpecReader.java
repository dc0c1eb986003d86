package hwcalc.spec;

import hwcalc.units.Decimals;
import hwcalc.units.Dimension;
import hwcalc.units.Quantity;
import hwcalc.units.Units;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Binds one YAML tree to a {@link SpecSheet}, checking every field: known keys only, units of
 * the right dimension, positive finite figures, defined source keys, id equal to the file name.
 * All problems of a file are collected and thrown together.
 */
public final class SpecReader {

    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*"); // no dots: calc reads id.field
    private static final Pattern SOURCE_URL = Pattern.compile("https?://\\S+"); // compiled once, not per source
    private static final List<Dimension> MONEY = List.of(Dimension.of("USD"), Dimension.of("EUR"),
            Dimension.of("GBP"), Dimension.of("JPY"), Dimension.of("TWD"), Dimension.of("CNY"));
    private static final List<Dimension> MONEY_PER_TIME = MONEY.stream().map(d -> d.dividedBy(Units.SECOND)).toList();

    private final List<SpecException.Problem> problems = new ArrayList<>();
    /** Every mapping read, with the keys asked of it: what the format accepts (see acceptedFields). */
    private final List<Fields> read = new ArrayList<>();
    private final String fileId;
    private Map<String, Source> sources = Map.of();

    private SpecReader(String fileId) {
        this.fileId = fileId;
    }

    /**
     * Reads a sheet. {@code fileId} is the file name without {@code .yaml}, which the id must
     * equal; null skips that check.
     */
    public static SpecSheet read(YamlNode root, String fileId) {
        SpecReader r = new SpecReader(fileId);
        SpecSheet sheet = r.sheet(root);
        if (!r.problems.isEmpty()) {
            throw new SpecException(r.problems.stream().sorted().toList());
        }
        return sheet;
    }

    /** Reads a price file (docs/prices.md); {@code prices-for} must name a sheet id, checked by the catalogue. */
    public static PriceFile readPrices(YamlNode root) {
        SpecReader r = new SpecReader(null);
        PriceFile file = r.priceFile(root);
        if (!r.problems.isEmpty()) {
            throw new SpecException(r.problems.stream().sorted().toList());
        }
        return file;
    }

    /** Whether a tree is a price file rather than a sheet: its top level has {@code prices-for}. */
    public static boolean isPriceFile(YamlNode root) {
        return root instanceof YamlNode.Mapping m && m.entries().containsKey(PriceFile.KEY);
    }

    private PriceFile priceFile(YamlNode root) {
        Fields f = fields(root, problems, "price file");
        if (f == null) {
            return null;
        }
        String id = f.text(PriceFile.KEY, true);
        if (id != null && !SLUG.matcher(id).matches()) {
            f.problem(f.node(PriceFile.KEY).location(), PriceFile.KEY + " '" + id + "' must be a sheet id (a lower-case slug)",
                    RuleId.SCHEMA_SLUG);
        }
        Price.Credit credit = null;
        YamlNode cn = f.node("credit");
        if (cn != null) {
            Fields c = fields(cn, problems, "credit");
            if (c != null) {
                String text = c.text("text", true);
                String url = c.text("url", false);
                c.rejectUnknown();
                credit = text == null ? null : new Price.Credit(text, url);
            }
        }
        sources = sources(f);
        List<Price> prices = new ArrayList<>();
        for (YamlNode n : f.list("prices")) {
            Price p = price(n);
            if (p != null) {
                prices.add(credit == null ? p : p.withSources(p.sources(), credit));
            }
        }
        if (f.node("prices") == null) {
            f.problem(f.location(), "price file: missing required field 'prices'", RuleId.SCHEMA_REQUIRED);
        }
        f.rejectUnknown();
        return new PriceFile(id, credit, sources, prices, f.location());
    }

    /**
     * A sheet as far as it could be bound, with every problem found; {@code sheet} is null when
     * the file has no id, name, vendor or kind to hold the rest. The figures that could not be read
     * are left out of it, so {@code hwcalc check} can run its rules on the rest in the same run.
     */
    public record Bound(SpecSheet sheet, List<SpecException.Problem> problems) {
        public Bound {
            problems = List.copyOf(problems);
        }
    }

    /** As {@link #read}, but returns the problems with what could be bound instead of throwing. */
    public static Bound bind(YamlNode root, String fileId) {
        SpecReader r = new SpecReader(fileId);
        SpecSheet sheet = r.sheet(root);
        boolean whole = sheet != null && sheet.id() != null && sheet.name() != null && sheet.vendor() != null
                && sheet.kind() != null;
        return new Bound(whole ? sheet : null, r.problems.isEmpty() ? List.of() : r.problems.stream().sorted().toList());
    }

    /**
     * The field paths the reader accepts in this tree, e.g. {@code throughput[].value} or
     * {@code sources.*.url}; run on a sheet that has every mapping, it lists the whole format, so
     * a test can keep the JSON Schema in step with the reader.
     */
    public static java.util.Set<String> acceptedFields(YamlNode root) {
        SpecReader r = new SpecReader(null);
        r.sheet(root);
        return FieldPaths.of(root, r.read.stream().map(Fields::mapping).toList(),
                r.read.stream().map(Fields::knownKeys).toList());
    }

    private Fields fields(YamlNode node, List<SpecException.Problem> into, String context) {
        Fields f = Fields.of(node, into, context);
        if (f != null) {
            read.add(f);
        }
        return f;
    }

    private static boolean absent(Fields f, String key) {
        YamlNode n = f.node(key);
        return n == null || n instanceof YamlNode.Scalar s && s.isNull();
    }

    private SpecSheet sheet(YamlNode root) {
        Fields f = fields(root, problems, "spec sheet");
        if (f == null) {
            return null;
        }
        String id = f.text("id", true);
        if (id != null && !SLUG.matcher(id).matches()) {
            f.problem(f.node("id").location(), "id '" + id + "' must be a lower-case slug such as nvidia-dgx-1",
                    RuleId.SCHEMA_SLUG);
        } else if (id != null && fileId != null && !id.equals(fileId)) {
            f.problem(f.node("id").location(), "id '" + id + "' does not match the file name '" + fileId + ".yaml'",
                    RuleId.SCHEMA_ID_FILE_NAME);
        }
        String name = f.text("name", true);
        String vendor = f.text("vendor", true);
        Kind kind = f.enumValue("kind", true, Kind.class);
        List<String> aliases = f.strings("aliases");
        for (String a : aliases) {
            if (!SLUG.matcher(a).matches()) {
                f.problem(f.node("aliases").location(), "alias '" + a + "' must be a lower-case slug", RuleId.SCHEMA_SLUG);
            }
        }
        Map<String, Location> nameLocations = new LinkedHashMap<>();
        names(f, "aliases", nameLocations);
        List<String> family = f.strings("family");
        names(f, "family", nameLocations);
        for (String a : family) {
            if (!SLUG.matcher(a).matches()) {
                f.problem(f.node("family").location(), "family '" + a + "' must be a lower-case slug", RuleId.SCHEMA_SLUG);
            }
        }
        String variant = f.text("variant", false);
        sources = sources(f);
        Dates dates = dates(f);
        List<Throughput> throughput = new ArrayList<>();
        for (YamlNode n : f.list("throughput")) {
            Throughput t = throughput(n);
            if (t != null) {
                // rates for both accumulators are two slots; untagged counts as fp32 accumulate
                boolean dup = false;
                for (Throughput earlier : throughput) { // a loop: a stream per figure of 5,600 sheets (issue 17)
                    dup |= t.sameSlot(earlier);
                }
                if (dup) {
                    f.problem(n.location(), "throughput: a second " + t.precision().key() + " " + t.sparsity().key()
                            + " " + t.core().key() + " figure" + (t.accumulate() == null ? "" : " with "
                            + t.accumulate().key() + " accumulate") + "; give one, with alternatives for disagreeing sources",
                            RuleId.SCHEMA_DUPLICATE_FIGURE);
                } else {
                    throughput.add(t);
                }
            }
        }
        Memory memory = memory(f);
        Power power = power(f);
        List<Price> prices = new ArrayList<>();
        for (YamlNode n : f.list("prices")) {
            Price p = price(n);
            if (p != null) {
                prices.add(p);
            }
        }
        List<Part> parts = new ArrayList<>();
        for (YamlNode n : f.list("parts")) {
            Part p = part(n);
            if (p != null) {
                parts.add(p);
            }
        }
        Derivation derivation = derivation(f);
        Figure weight = figure(f, "weight", List.of(Units.GRAM));
        Figure process = figure(f, "process", List.of(Units.METRE));
        Figure transistors = figure(f, "transistors", List.of(Dimension.NONE));
        Figure dieSize = figure(f, "die_size", List.of(Units.METRE.pow(2)));
        List<Missing> missing = new ArrayList<>();
        for (YamlNode n : f.list("missing")) {
            Fields m = fields(n, problems, "missing entry");
            if (m != null) {
                missing.add(new Missing(m.text("figure", true), m.text("note", false)));
                m.rejectUnknown();
            }
        }
        // warnings a person reviewed and kept (used by hwcalc check); each needs its reason
        List<Reviewed> reviewed = new ArrayList<>();
        for (YamlNode n : f.list("reviewed")) {
            Fields rv = fields(n, problems, "reviewed entry");
            if (rv != null) {
                RuleId rule = rv.parsed("rule", true, t -> RuleId.parse(t).orElseThrow(() -> {
                    List<String> near = RuleId.nearest(t.strip(), 1);
                    return new RuleViolation(RuleId.REVIEWED_UNKNOWN_RULE, "reviewed: '" + t + "' is not a rule id"
                            + (near.isEmpty() ? "" : "; did you mean '" + near.get(0) + "'?") + " (see " + RuleId.DOCS + ")");
                }));
                String note = rv.text("note", true);
                rv.rejectUnknown();
                if (rule != null && note != null) {
                    reviewed.add(new Reviewed(rule, note, rv.location()));
                }
            }
        }
        f.rejectUnknown();
        return new SpecSheet(id, name, vendor, kind, aliases, family, variant, dates, sources, throughput, memory, power,
                prices, parts, derivation, weight, process, transistors, dieSize, missing, reviewed, nameLocations, f.location());
    }

    /** Where each item of a list of names (aliases, family) is written; the first place wins. */
    private static void names(Fields f, String key, Map<String, Location> into) {
        YamlNode n = f.node(key);
        List<YamlNode> items = n instanceof YamlNode.Sequence seq ? seq.items() : n == null ? List.of() : List.of(n);
        for (YamlNode item : items) {
            if (item instanceof YamlNode.Scalar sc && !sc.isNull()) {
                into.putIfAbsent(sc.text(), sc.location());
            }
        }
    }

    private Map<String, Source> sources(Fields f) {
        Map<String, Source> out = new LinkedHashMap<>();
        YamlNode n = f.node("sources");
        if (n == null) {
            f.problem(f.location(), "spec sheet: missing required field 'sources' (every figure names a source)",
                    RuleId.SCHEMA_REQUIRED);
            return out;
        }
        if (!(n instanceof YamlNode.Mapping m)) {
            f.problem(n.location(), "sources must be a mapping from a key to {url, title, publisher, seen}, found " + n.kind(),
                    RuleId.SCHEMA_TYPE);
            return out;
        }
        for (YamlNode.Entry e : m.entries().values()) {
            Fields s = fields(e.value(), problems, "source '" + e.key() + "'");
            if (s == null) {
                continue;
            }
            // a source without a URL or a date seen is a provenance problem, not only a missing field
            String url = s.text("url", false);
            if (absent(s, "url")) {
                s.problem(s.location(), "source '" + e.key() + "': missing required field 'url'", RuleId.PROVENANCE_SOURCE_URL);
            } else if (url != null && !SOURCE_URL.matcher(url).matches()) {
                s.problem(s.node("url").location(), "source '" + e.key() + "': url must start with http:// or https://",
                        RuleId.PROVENANCE_SOURCE_URL);
            }
            PartialDate seen = s.parsed("seen", false, PartialDate::parse);
            if (absent(s, "seen")) {
                s.problem(s.location(), "source '" + e.key() + "': missing required field 'seen' (the date the page was read)",
                        RuleId.PROVENANCE_SOURCE_SEEN);
            }
            Tier tier = s.enumValue("tier", false, Tier.class);
            out.put(e.key(), new Source(e.key(), url, s.text("title", false), s.text("publisher", false), seen, tier));
            s.rejectUnknown();
        }
        return out;
    }

    private Dates dates(Fields f) {
        YamlNode n = f.node("dates");
        if (n == null) {
            return Dates.NONE;
        }
        Fields d = fields(n, problems, "dates");
        if (d == null) {
            return Dates.NONE;
        }
        Dates dates = new Dates(d.parsed("announced", false, PartialDate::parse),
                d.parsed("launched", false, PartialDate::parse),
                d.parsed("available", false, PartialDate::parse), sourceKeys(d, false));
        d.rejectUnknown();
        return dates;
    }

    private List<String> sourceKeys(Fields f, boolean required) {
        List<String> keys = f.strings("source");
        if (keys.isEmpty() && required) {
            f.problem(f.location(), "figure without a source: every figure names one (source: <key>)",
                    RuleId.PROVENANCE_MISSING_SOURCE);
        }
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            Source declared = sources.get(k);
            if (declared != null) {
                keys.set(i, declared.key()); // the key as declared, one string per source and not one per figure (issue 17)
            } else {
                List<String> near = hwcalc.units.Names.nearest(k, sources.keySet(), 1);
                f.problem(f.node("source").location(), "source '" + k + "' is not defined under sources:"
                        + (near.isEmpty() ? "" : " did you mean '" + near.get(0) + "'?"), RuleId.PROVENANCE_UNDEFINED_SOURCE);
            }
        }
        return keys;
    }

    private Throughput throughput(YamlNode n) {
        Fields t = fields(n, problems, "throughput entry");
        if (t == null) {
            return null;
        }
        Precision p = t.parsed("precision", true, Precision::parse);
        Sparsity s = t.enumValue("sparsity", true, Sparsity.class);
        Core c = t.enumValue("core", true, Core.class);
        Accumulate acc = t.enumValue("accumulate", false, Accumulate.class);
        List<Dimension> dim = p == null ? List.of(Units.FLOP_RATE, Units.OP_RATE)
                : List.of(p.isInteger() ? Units.OP_RATE : Units.FLOP_RATE);
        Figure fig = figureBody(t, dim, "throughput " + (p == null ? "" : p.key()));
        t.rejectUnknown();
        return p == null || s == null || c == null || fig == null ? null : new Throughput(p, s, c, acc, fig);
    }

    private Memory memory(Fields f) {
        YamlNode n = f.node("memory");
        if (n == null) {
            return Memory.NONE;
        }
        Fields m = fields(n, problems, "memory");
        if (m == null) {
            return Memory.NONE;
        }
        Memory mem = new Memory(figure(m, "capacity", List.of(Units.BYTE)),
                figure(m, "bandwidth", List.of(Units.BYTE_RATE)), m.text("type", false));
        m.rejectUnknown();
        return mem;
    }

    private Power power(Fields f) {
        YamlNode n = f.node("power");
        if (n == null) {
            return Power.NONE;
        }
        Fields p = fields(n, problems, "power");
        if (p == null) {
            return Power.NONE;
        }
        Power power = new Power(figure(p, "tdp", List.of(Units.POWER)), figure(p, "max", List.of(Units.POWER)));
        p.rejectUnknown();
        return power;
    }

    private Price price(YamlNode n) {
        Fields p = fields(n, problems, "price");
        if (p == null) {
            return null;
        }
        PriceKind kind = p.enumValue("kind", true, PriceKind.class);
        // a rental rate is money per hour, a purchase price money: the kind says which the amount must be
        List<Dimension> dims = kind != null && kind.isRental() ? MONEY_PER_TIME : MONEY;
        Quantity amount = p.parsed("amount", true, t -> positive(Quantity.parse(t, dims), t));
        Quantity high = p.parsed("high", false, t -> positive(Quantity.parse(t, dims), t));
        if (amount != null && high != null) {
            if (!amount.dimension().equals(high.dimension())) {
                p.problem(p.node("high").location(), "price: high is in " + high.unit().symbol() + " but amount in "
                        + amount.unit().symbol() + "; a range has one currency", RuleId.VALUES_UNIT);
                high = null;
            } else if (high.compareTo(amount) < 0) {
                p.problem(p.node("high").location(), "price: high (" + high + ") is below amount (" + amount
                        + "); amount is the bottom of the range", RuleId.SCHEMA_TYPE);
                high = null;
            }
        }
        Boolean approx = p.parsed("approx", false, SpecReader::bool);
        PartialDate date = p.parsed("date", true, PartialDate::parse);
        PriceScope scope = p.enumValue("scope", true, PriceScope.class);
        Integer chips = p.parsed("chips", false, t -> {
            int c = Decimals.parseInt(t);
            if (c < 1 || c > 1_000_000) {
                throw new RuleViolation(c < 1 ? RuleId.VALUES_NON_POSITIVE : RuleId.SCHEMA_TYPE,
                        "chips must be between 1 and 1000000, found " + c);
            }
            return c;
        });
        boolean rental = kind != null && kind.isRental();
        String provider = p.text("provider", rental);
        ProviderTier tier = p.enumValue("provider-tier", rental, ProviderTier.class);
        String region = p.text("region", false);
        if (!rental && kind != null) {
            for (String k : List.of("provider", "provider-tier", "region")) {
                if (p.node(k) != null) {
                    p.problem(p.node(k).location(), "price: " + k + " belongs to rental kinds (on-demand, spot, "
                            + "commit-1y, commit-3y), not to a " + kind.key() + " price", RuleId.SCHEMA_UNKNOWN_FIELD);
                }
            }
        }
        List<String> keys = sourceKeys(p, true);
        String note = p.text("note", false);
        p.rejectUnknown();
        if (amount == null || kind == null || date == null || scope == null || rental && (provider == null || tier == null)) {
            return null;
        }
        return new Price(amount, high, Boolean.TRUE.equals(approx), kind, date, scope, chips, provider, tier, region, keys,
                note, null, p.location());
    }

    private static Boolean bool(String t) {
        return switch (t.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("'" + t + "' is not true or false");
        };
    }

    private Part part(YamlNode n) {
        Fields p = fields(n, problems, "part");
        if (p == null) {
            return null;
        }
        String id = p.text("id", true);
        Integer count = p.parsed("count", true, t -> {
            int c = Decimals.parseInt(t); // ASCII digits only: ١٦ is not 16
            if (c < 1 || c > 10_000_000) {
                throw new RuleViolation(c < 1 ? RuleId.VALUES_NON_POSITIVE : RuleId.SCHEMA_TYPE,
                        "count must be between 1 and 10000000, found " + c);
            }
            return c;
        });
        Part.Role role = p.enumValue("role", false, Part.Role.class);
        p.rejectUnknown();
        return id == null || count == null ? null : new Part(id.toLowerCase(java.util.Locale.ROOT), count,
                role == null ? Part.Role.COMPUTE : role, p.location());
    }

    private Derivation derivation(Fields f) {
        YamlNode n = f.node("derivation");
        if (n == null) {
            return null;
        }
        Fields d = fields(n, problems, "derivation");
        if (d == null) {
            return null;
        }
        Long units = d.parsed("units", false, t -> {
            long u = Decimals.parseLong(t);
            if (u < 1) {
                throw new RuleViolation(RuleId.VALUES_NON_POSITIVE, "units must be positive, found " + u);
            }
            return u;
        });
        List<String> unitsSources = d.strings("units_source");
        for (String k : unitsSources) {
            if (!sources.containsKey(k)) {
                d.problem(d.node("units_source").location(), "source '" + k + "' is not defined under sources:",
                        RuleId.PROVENANCE_UNDEFINED_SOURCE);
            }
        }
        if (units != null && unitsSources.isEmpty()) {
            d.problem(d.location(), "derivation.units needs units_source", RuleId.PROVENANCE_MISSING_SOURCE);
        }
        Figure base = figure(d, "base_clock", List.of(Units.FREQUENCY));
        Figure boost = figure(d, "boost_clock", List.of(Units.FREQUENCY));
        Map<Precision, BigDecimal> perClock = new EnumMap<>(Precision.class);
        YamlNode fpc = d.node("flop_per_clock");
        if (fpc != null) {
            Fields pc = fields(fpc, problems, "derivation.flop_per_clock");
            if (pc != null) {
                for (Precision p : Precision.values()) {
                    BigDecimal v = pc.parsed(p.key(), false, t -> positive(Decimals.parse(t), t)); // bounded at 10^±60 like every figure
                    if (v != null) {
                        perClock.put(p, v);
                    }
                }
                pc.rejectUnknown();
            }
        }
        d.rejectUnknown();
        return new Derivation(units, unitsSources, base, boost, perClock, d.location());
    }

    /** An optional figure field {value, source, note, alternatives}. */
    private Figure figure(Fields parent, String key, List<Dimension> dims) {
        YamlNode n = parent.node(key);
        if (n == null) {
            return null;
        }
        Fields f = fields(n, problems, key);
        if (f == null) {
            return null;
        }
        Figure fig = figureBody(f, dims, key);
        f.rejectUnknown();
        return fig;
    }

    private Figure figureBody(Fields f, List<Dimension> dims, String what) {
        Quantity value = f.parsed("value", true, t -> positive(Quantity.parse(t, dims), t));
        List<String> keys = sourceKeys(f, true);
        String note = f.text("note", false);
        boolean preliminary = preliminary(f, what);
        PartialDate date = f.parsed("date", false, PartialDate::parse);
        List<Figure.Alternative> alternatives = new ArrayList<>();
        for (YamlNode a : f.list("alternatives")) {
            Fields af = fields(a, problems, what + " alternative");
            if (af != null) {
                Quantity av = af.parsed("value", true, t -> positive(Quantity.parse(t, dims), t));
                List<String> ak = sourceKeys(af, true);
                String an = af.text("note", false);
                boolean ap = preliminary(af, what + " alternative");
                PartialDate ad = af.parsed("date", false, PartialDate::parse);
                af.rejectUnknown();
                if (av != null) {
                    alternatives.add(new Figure.Alternative(av, ak, an, ap, ad));
                }
            }
        }
        return value == null ? null : new Figure(value, keys, note, alternatives, preliminary, date, f.location());
    }

    /** {@code preliminary: true|false}; a preliminary figure says when it was stated ({@code date}). */
    private static boolean preliminary(Fields f, String what) {
        Boolean p = f.parsed("preliminary", false, t -> switch (t.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("'" + t + "' is not true or false");
        });
        if (Boolean.TRUE.equals(p) && absent(f, "date")) {
            f.problem(f.location(), what + ": a preliminary figure needs 'date', when it was stated", RuleId.SCHEMA_REQUIRED);
        }
        return Boolean.TRUE.equals(p);
    }

    private static <T> T positive(T value, String text) {
        BigDecimal v = value instanceof Quantity q ? q.value() : (BigDecimal) value;
        if (v.signum() <= 0) {
            throw new RuleViolation(RuleId.VALUES_NON_POSITIVE, "'" + text + "' must be positive");
        }
        return value;
    }
}
