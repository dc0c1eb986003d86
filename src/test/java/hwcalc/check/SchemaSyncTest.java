package hwcalc.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import hwcalc.spec.SpecLoader;
import hwcalc.spec.SpecLoader.SpecFile;
import hwcalc.spec.SpecReader;
import hwcalc.spec.YamlTreeReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * schema/spec-sheet.schema.json and the reader agree: the same field paths, and every sound
 * sheet (fixtures and the bundled specs) validates against the schema.
 */
class SchemaSyncTest {

    private static final Path SCHEMA = Path.of("schema/spec-sheet.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static JsonNode schemaTree() throws IOException {
        return JSON.readTree(Files.readString(SCHEMA));
    }

    /** Every property path the schema describes, in the reader's notation (throughput[].value, sources.*.url). */
    static Set<String> schemaPaths(JsonNode root) {
        Set<String> out = new TreeSet<>();
        walk(root, root, "", out, 0);
        return out;
    }

    private static void walk(JsonNode root, JsonNode n, String path, Set<String> out, int depth) {
        if (depth > 40) {
            throw new IllegalStateException("schema nests too deep at " + path);
        }
        if (n.has("$ref")) {
            String ref = n.get("$ref").asText();
            walk(root, root.at(ref.substring(1)), path, out, depth + 1);
        }
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            if (n.has(combinator)) {
                n.get(combinator).forEach(c -> walk(root, c, path, out, depth + 1));
            }
        }
        if (n.has("properties")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.get("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                out.add(p);
                walk(root, e.getValue(), p, out, depth + 1);
            }
        }
        if (n.has("additionalProperties") && n.get("additionalProperties").isObject()) {
            walk(root, n.get("additionalProperties"), path + ".*", out, depth + 1);
        }
        if (n.has("items") && n.get("items").isObject()) {
            walk(root, n.get("items"), path + "[]", out, depth + 1);
        }
    }

    private static Set<String> readerPaths() throws IOException {
        byte[] complete = Files.readAllBytes(CheckFixtures.dir("schema").resolve("complete.yaml"));
        return SpecReader.acceptedFields(YamlTreeReader.read(complete, "complete.yaml"));
    }

    private static JsonSchema schema() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaTree());
    }

    @Test
    void every_field_the_reader_accepts_is_in_the_schema_and_no_other() throws IOException {
        Set<String> reader = readerPaths();
        Set<String> schema = schemaPaths(schemaTree());
        assertThat(reader).as("the complete fixture reaches every part of the format").hasSizeGreaterThan(100);
        assertThat(schema).as("fields the schema lacks").containsAll(reader);
        assertThat(reader).as("fields the reader does not accept").containsAll(schema);
    }

    @Test
    void the_complete_fixture_is_a_valid_sheet() {
        SpecFile f = CheckFixtures.files(CheckFixtures.dir("schema").resolve("complete.yaml"), "complete.yaml").get(0);
        assertThat(SpecLoader.read(f).id()).isEqualTo("complete");
    }

    @Test
    void sound_sheets_validate_against_the_schema() throws IOException {
        List<SpecFile> sheets = new ArrayList<>(CheckFixtures.good());
        sheets.addAll(CheckFixtures.files(CheckFixtures.dir("schema"), "schema"));
        // price files (specs/prices/) are another format, read by SpecReader.readPrices and tested in PricesTest
        sheets.addAll(SpecLoader.bundledFiles().stream().filter(f -> !f.displayName().startsWith("specs/prices/")).toList());
        sheets.addAll(CheckFixtures.files(hwcalc.Fixtures.dir("basic"), "basic"));
        JsonSchema schema = schema();
        for (SpecFile f : sheets) {
            Set<ValidationMessage> errors = schema.validate(YAML.readTree(f.bytes()));
            assertThat(errors).as(f.displayName()).isEmpty();
        }
    }

    @Test
    void the_schema_rejects_what_the_reader_rejects() throws IOException {
        JsonSchema schema = schema();
        for (String name : List.of("schema-unknown-field", "schema-type", "schema-required", "schema-slug",
                "provenance-missing-source", "provenance-source-url", "provenance-source-seen", "values-unit")) {
            byte[] bytes = Files.readAllBytes(CheckFixtures.dir("broken").resolve(name + ".yaml"));
            assertThat(schema.validate(YAML.readTree(bytes))).as(name).isNotEmpty();
        }
    }

    @Test
    void reviewed_rules_in_the_schema_are_exactly_the_rule_ids() throws IOException {
        List<String> schemaIds = new ArrayList<>();
        schemaTree().at("/properties/reviewed/items/properties/rule/enum").forEach(n -> schemaIds.add(n.asText()));
        List<String> ids = java.util.Arrays.stream(hwcalc.spec.RuleId.values()).map(hwcalc.spec.RuleId::id).toList();
        assertThat(schemaIds).isEqualTo(ids);
    }
}
