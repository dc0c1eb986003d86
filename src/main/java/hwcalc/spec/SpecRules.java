package hwcalc.spec;

import hwcalc.units.InputException;

/**
 * Stable ids of the problems found while loading spec data, attached to each
 * {@link SpecException.Problem} so that {@code hwcalc check} can report them as findings with a
 * rule id and severity (docs/checks.md lists them all).
 */
public final class SpecRules {
    public static final String YAML_SYNTAX = "yaml.syntax";
    public static final String YAML_DUPLICATE_KEY = "yaml.duplicate-key";
    public static final String YAML_ALIAS_OR_TAG = "yaml.alias-or-tag";
    public static final String SCHEMA_REQUIRED = "schema.required";
    public static final String SCHEMA_TYPE = "schema.type";
    public static final String SCHEMA_UNKNOWN_FIELD = "schema.unknown-field";
    public static final String SCHEMA_SLUG = "schema.slug";
    public static final String SCHEMA_ID_FILE_NAME = "schema.id-file-name";
    public static final String SCHEMA_DUPLICATE_FIGURE = "schema.duplicate-figure";
    public static final String SCHEMA_DUPLICATE_ID = "schema.duplicate-id";
    public static final String SCHEMA_DUPLICATE_ALIAS = "schema.duplicate-alias";
    public static final String SCHEMA_UNKNOWN_PART = "schema.unknown-part";
    public static final String SCHEMA_PART_CYCLE = "schema.part-cycle";
    public static final String VALUES_UNIT = "values.unit";
    public static final String VALUES_NON_POSITIVE = "values.non-positive";
    public static final String PROVENANCE_MISSING_SOURCE = "provenance.missing-source";
    public static final String PROVENANCE_UNDEFINED_SOURCE = "provenance.undefined-source";
    public static final String PROVENANCE_SOURCE_URL = "provenance.source-url";
    public static final String PROVENANCE_SOURCE_SEEN = "provenance.source-seen";

    private SpecRules() {
    }

    /** A parse failure that knows its rule, e.g. a value that must be positive. */
    public static final class Violation extends InputException {
        private static final long serialVersionUID = 1L;
        private final String rule;

        public Violation(String rule, String message) {
            super(message);
            this.rule = rule;
        }

        public String rule() {
            return rule;
        }
    }
}
