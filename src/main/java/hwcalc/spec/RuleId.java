package hwcalc.spec;

import hwcalc.units.Names;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule a spec sheet is held to, with its stable dotted id (in output, in {@code reviewed:}
 * entries and in docs/checks.md), its severity and its anchor on that page. The reader's problems
 * and {@code hwcalc check}'s findings both carry one. It lives in {@code spec}, below {@code check},
 * because the reader classifies what it finds and parses {@code reviewed:} against it.
 */
public enum RuleId {
    // found while reading a file: the sheet cannot be used
    YAML_SYNTAX("yaml.syntax", Severity.ERROR, "the file is not readable YAML (syntax, encoding, size)"),
    YAML_DUPLICATE_KEY("yaml.duplicate-key", Severity.ERROR, "a key appears twice in one mapping"),
    YAML_ALIAS_OR_TAG("yaml.alias-or-tag", Severity.ERROR, "YAML aliases and tags are not allowed"),
    SCHEMA_REQUIRED("schema.required", Severity.ERROR, "a required field is missing"),
    SCHEMA_TYPE("schema.type", Severity.ERROR, "a field has the wrong type or an unknown value"),
    SCHEMA_UNKNOWN_FIELD("schema.unknown-field", Severity.ERROR, "a field the format does not have"),
    SCHEMA_SLUG("schema.slug", Severity.ERROR, "an id, alias or family name that is not a lower-case slug"),
    SCHEMA_ID_FILE_NAME("schema.id-file-name", Severity.ERROR, "the id differs from the file name"),
    SCHEMA_DUPLICATE_FIGURE("schema.duplicate-figure", Severity.ERROR, "two throughput figures with the same tags"),
    SCHEMA_DUPLICATE_ID("schema.duplicate-id", Severity.ERROR, "two sheets with one id"),
    SCHEMA_DUPLICATE_ALIAS("schema.duplicate-alias", Severity.ERROR, "an alias used twice, or equal to an id"),
    SCHEMA_UNKNOWN_PART("schema.unknown-part", Severity.ERROR, "a part that names no sheet"),
    SCHEMA_PART_CYCLE("schema.part-cycle", Severity.ERROR, "parts that contain themselves"),
    SCHEMA_FAMILY_NAME("schema.family-name", Severity.ERROR, "a family name that is also an id or an alias"),
    SCHEMA_INVALID("schema.invalid", Severity.ERROR, "any other problem the reader reports"),
    VALUES_UNIT("values.unit", Severity.ERROR, "an unknown unit, a unit of the wrong dimension, or no number"),
    VALUES_NON_POSITIVE("values.non-positive", Severity.ERROR, "a zero or negative figure, count or amount"),
    PROVENANCE_MISSING_SOURCE("provenance.missing-source", Severity.ERROR, "a figure without a source"),
    PROVENANCE_UNDEFINED_SOURCE("provenance.undefined-source", Severity.ERROR, "a source key not defined under sources:"),
    PROVENANCE_SOURCE_URL("provenance.source-url", Severity.ERROR, "a source without an http(s) URL"),
    PROVENANCE_SOURCE_SEEN("provenance.source-seen", Severity.ERROR, "a source without the date it was seen"),
    REVIEWED_UNKNOWN_RULE("reviewed.unknown-rule", Severity.ERROR, "a reviewed: entry naming no rule"),

    // found by looking at the figures
    IMPLAUSIBLE_PEAK("values.implausible-peak", Severity.ERROR, "a chip's peak above the bound for its release year"),
    IMPLAUSIBLE_BANDWIDTH("values.implausible-bandwidth", Severity.ERROR, "a chip's memory bandwidth above 100 TB/s"),
    IMPLAUSIBLE_POWER("values.implausible-power", Severity.ERROR, "a chip's TDP above 30 kW"),
    GIB_GB("values.gib-gb", Severity.WARNING, "a byte figure that looks like GiB and GB mixed up"),
    DENSE_ABOVE_SPARSE("consistency.dense-above-sparse", Severity.ERROR, "a dense figure above the sparse one"),
    SPARSE_NOT_2X_DENSE("consistency.sparse-not-2x-dense", Severity.ERROR, "a sparse figure that is not 2 x the dense one"),
    SPARSE_VECTOR("consistency.sparse-vector", Severity.WARNING, "a sparse figure on vector units"),
    TENSOR_RATIO_BAND("consistency.tensor-ratio-band", Severity.WARNING, "tensor FP8 : BF16 : TF32 far from 4 : 2 : 1"),
    TENSOR_IN_VECTOR_SLOT("consistency.tensor-in-vector-slot", Severity.WARNING, "a vector figure that looks like a tensor figure"),
    FP64_ABOVE_FP32("consistency.fp64-above-fp32", Severity.ERROR, "an FP64 rate above the FP32 rate of the same units"),
    SYSTEM_VS_PARTS("consistency.system-vs-parts", Severity.ERROR, "a system figure more than 5% off the sum of its parts"),
    SYSTEM_ROUNDING("consistency.system-rounding", Severity.WARNING, "a system figure its parts' sum does not round to"),
    POWER_BELOW_PARTS("consistency.power-below-parts", Severity.WARNING, "a system's maximum power below its compute parts' TDPs"),
    ACCUMULATE_UNTAGGED("consistency.accumulate-untagged", Severity.WARNING, "a 16-bit tensor rate without accumulate where others have it"),
    FIRST_PRINCIPLES("consistency.first-principles", Severity.WARNING, "a declared peak more than 3% off units x FLOP/clock x clock"),
    DATES_FUTURE("dates.future", Severity.ERROR, "a date after today"),
    DATES_ORDER("dates.order", Severity.ERROR, "a launch or availability date before the announcement"),
    STALE_PRELIMINARY("dates.stale-preliminary", Severity.WARNING, "a preliminary figure more than a year old"),
    PRICE_BEFORE_RELEASE("price.date-before-release", Severity.ERROR, "a price dated more than a year before the release"),
    PRICE_IMPLAUSIBLE_RATE("price.implausible-rate", Severity.WARNING, "a rental rate below $0.05 or above $100 per chip-hour"),
    PRICE_DISCOUNT_ABOVE_ON_DEMAND("price.discount-above-on-demand", Severity.ERROR,
            "a spot or committed rate above the same provider's on-demand rate on the same day"),
    PRICE_INSTANCE_WITHOUT_CHIPS("price.instance-without-chips", Severity.ERROR,
            "a rental rate for a board or system without its chip count"),
    SECONDARY_ONLY("source.secondary-only", Severity.WARNING, "a headline figure resting on secondary sources only"),
    NO_TIER("source.no-tier", Severity.NOTICE, "a source without a tier"),
    IMPORT_MATCHED("import.matched-curated", Severity.NOTICE, "an imported sheet that duplicates a curated one, which is used instead"),
    LAYER_REPLACED("layer.replaced", Severity.NOTICE, "a sheet a later PATH replaces (same id): it is read, not held to the figure rules"),

    // found by comparing reviewed: entries with the findings they waive
    REVIEWED_ERROR("reviewed.error", Severity.ERROR, "a reviewed: entry that tries to waive an error"),
    REVIEWED_UNUSED("reviewed.unused", Severity.WARNING, "a reviewed: entry that no finding on the sheet matches");

    /** Where the rules are explained; {@link #anchor()} is a fragment on that page. */
    public static final String DOCS = "docs/checks.md";

    private static final Map<String, RuleId> BY_ID = byId();

    /** A loop, not a collector: a bundled sheet's reviewed entries load this enum on compare's path (issue 17). */
    private static Map<String, RuleId> byId() {
        Map<String, RuleId> m = new java.util.HashMap<>();
        for (RuleId r : values()) {
            if (m.put(r.id, r) != null) {
                throw new IllegalStateException("two rules with the id " + r.id);
            }
        }
        return Map.copyOf(m);
    }

    private final String id;
    private final Severity severity;
    private final String summary;

    RuleId(String id, Severity severity, String summary) {
        this.id = id;
        this.severity = severity;
        this.summary = summary;
    }

    /** The dotted id: {@code values.gib-gb}. */
    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /** One line: what the rule catches. */
    public String summary() {
        return summary;
    }

    /** The id of its row in docs/checks.md: {@code values-gib-gb}. */
    public String anchor() {
        return id.replace('.', '-');
    }

    /** {@code docs/checks.md#values-gib-gb} */
    public String docs() {
        return DOCS + "#" + anchor();
    }

    /** The rule with this dotted id, if there is one. */
    public static Optional<RuleId> parse(String id) {
        return Optional.ofNullable(id == null ? null : BY_ID.get(id.strip()));
    }

    /** The nearest ids to a mistyped one, for a did-you-mean. */
    public static List<String> nearest(String id, int n) {
        return Names.nearest(id, BY_ID.keySet(), n);
    }

    @Override
    public String toString() {
        return id;
    }
}
