package hwcalc.check;

import hwcalc.spec.SpecRules;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every rule hwcalc check applies, with its severity. docs/checks.md explains each one, its
 * threshold and why; a test keeps that page and this list in step.
 */
public final class Rules {
    private static final Map<String, Rule> ALL = new LinkedHashMap<>();

    // found while reading a file: the sheet cannot be used
    public static final Rule YAML_SYNTAX = error(SpecRules.YAML_SYNTAX, "the file is not readable YAML (syntax, encoding, size)");
    public static final Rule YAML_DUPLICATE_KEY = error(SpecRules.YAML_DUPLICATE_KEY, "a key appears twice in one mapping");
    public static final Rule YAML_ALIAS_OR_TAG = error(SpecRules.YAML_ALIAS_OR_TAG, "YAML aliases and tags are not allowed");
    public static final Rule SCHEMA_REQUIRED = error(SpecRules.SCHEMA_REQUIRED, "a required field is missing");
    public static final Rule SCHEMA_TYPE = error(SpecRules.SCHEMA_TYPE, "a field has the wrong type or an unknown value");
    public static final Rule SCHEMA_UNKNOWN_FIELD = error(SpecRules.SCHEMA_UNKNOWN_FIELD, "a field the format does not have");
    public static final Rule SCHEMA_SLUG = error(SpecRules.SCHEMA_SLUG, "an id or alias that is not a lower-case slug");
    public static final Rule SCHEMA_ID_FILE_NAME = error(SpecRules.SCHEMA_ID_FILE_NAME, "the id differs from the file name");
    public static final Rule SCHEMA_DUPLICATE_FIGURE = error(SpecRules.SCHEMA_DUPLICATE_FIGURE, "two throughput figures with the same tags");
    public static final Rule SCHEMA_DUPLICATE_ID = error(SpecRules.SCHEMA_DUPLICATE_ID, "two sheets with one id");
    public static final Rule SCHEMA_DUPLICATE_ALIAS = error(SpecRules.SCHEMA_DUPLICATE_ALIAS, "an alias used twice, or equal to an id");
    public static final Rule SCHEMA_UNKNOWN_PART = error(SpecRules.SCHEMA_UNKNOWN_PART, "a part that names no sheet");
    public static final Rule SCHEMA_PART_CYCLE = error(SpecRules.SCHEMA_PART_CYCLE, "parts that contain themselves");
    public static final Rule SCHEMA_INVALID = error("schema.invalid", "any other problem the reader reports");
    public static final Rule VALUES_UNIT = error(SpecRules.VALUES_UNIT, "an unknown unit, a unit of the wrong dimension, or no number");
    public static final Rule VALUES_NON_POSITIVE = error(SpecRules.VALUES_NON_POSITIVE, "a zero or negative figure, count or amount");
    public static final Rule PROVENANCE_MISSING_SOURCE = error(SpecRules.PROVENANCE_MISSING_SOURCE, "a figure without a source");
    public static final Rule PROVENANCE_UNDEFINED_SOURCE = error(SpecRules.PROVENANCE_UNDEFINED_SOURCE, "a source key not defined under sources:");
    public static final Rule PROVENANCE_SOURCE_URL = error(SpecRules.PROVENANCE_SOURCE_URL, "a source without an http(s) URL");
    public static final Rule PROVENANCE_SOURCE_SEEN = error(SpecRules.PROVENANCE_SOURCE_SEEN, "a source without the date it was seen");

    // found by looking at the figures
    public static final Rule IMPLAUSIBLE_PEAK = error("values.implausible-peak", "a chip's peak above the bound for its release year");
    public static final Rule IMPLAUSIBLE_BANDWIDTH = error("values.implausible-bandwidth", "a chip's memory bandwidth above 100 TB/s");
    public static final Rule IMPLAUSIBLE_POWER = error("values.implausible-power", "a chip's TDP above 30 kW");
    public static final Rule GIB_GB = warning("values.gib-gb", "a byte figure that looks like GiB and GB mixed up");
    public static final Rule DENSE_ABOVE_SPARSE = error("consistency.dense-above-sparse", "a dense figure above the sparse one");
    public static final Rule SPARSE_NOT_2X_DENSE = error("consistency.sparse-not-2x-dense", "a sparse figure that is not 2 x the dense one");
    public static final Rule SPARSE_VECTOR = warning("consistency.sparse-vector", "a sparse figure on vector units");
    public static final Rule TENSOR_RATIO_BAND = warning("consistency.tensor-ratio-band", "tensor FP8 : BF16 : TF32 far from 4 : 2 : 1");
    public static final Rule TENSOR_IN_VECTOR_SLOT = warning("consistency.tensor-in-vector-slot", "a vector figure that looks like a tensor figure");
    public static final Rule FP64_ABOVE_FP32 = error("consistency.fp64-above-fp32", "an FP64 rate above the FP32 rate of the same units");
    public static final Rule SYSTEM_VS_PARTS = error("consistency.system-vs-parts", "a system figure more than 5% off the sum of its parts");
    public static final Rule FIRST_PRINCIPLES = warning("consistency.first-principles", "a declared peak more than 3% off units x FLOP/clock x clock");
    public static final Rule DATES_FUTURE = error("dates.future", "a date after today");
    public static final Rule PRICE_BEFORE_RELEASE = error("price.date-before-release", "a price dated more than a year before the release");

    private Rules() {
    }

    private static Rule error(String id, String summary) {
        return add(new Rule(id, Severity.ERROR, summary));
    }

    private static Rule warning(String id, String summary) {
        return add(new Rule(id, Severity.WARNING, summary));
    }

    private static Rule add(Rule r) {
        if (ALL.put(r.id(), r) != null) {
            throw new IllegalStateException("duplicate rule id " + r.id());
        }
        return r;
    }

    /** The rule with this id; an id the reader knows and this list does not is still an error. */
    public static Rule byId(String id) {
        if (id == null) {
            return SCHEMA_INVALID;
        }
        Rule r = ALL.get(id);
        return r != null ? r : new Rule(id, Severity.ERROR, "");
    }

    public static Collection<Rule> all() {
        return Collections.unmodifiableCollection(ALL.values());
    }
}
