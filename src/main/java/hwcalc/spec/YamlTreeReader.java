package hwcalc.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML into a {@link YamlNode} tree with locations, using Jackson's streaming YAML parser
 * under explicit limits: no aliases or tags (no alias bombs, no object construction), a bounded
 * size and nesting depth, strict UTF-8, duplicate keys rejected. Duplicate keys, aliases and
 * tags are collected, not thrown at the first, so {@code hwcalc check} reports them all in one run
 * ({@link #readCollecting}); {@link #read} refuses a tree that has any.
 */
public final class YamlTreeReader {

    /** Larger files are refused before parsing; a spec sheet is a few kB. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;
    public static final int MAX_DEPTH = 32;
    /**
     * Values (scalars, lists, mappings) per file. A sheet has a few hundred; 4 MiB of {@code [A,A,...]}
     * would be 1.9 million, each a problem to report, gigabytes and seconds of work for one file.
     */
    public static final int MAX_NODES = 100_000;

    private static final YAMLFactory FACTORY = createFactory();

    private YamlTreeReader() {
    }

    private static YAMLFactory createFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH + 2);
        options.setCodePointLimit(MAX_BYTES);
        options.setAllowDuplicateKeys(false);
        return YAMLFactory.builder()
                .loaderOptions(options)
                .disable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION) // reported by us, with both lines
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 2).build())
                .build();
    }

    /**
     * A tree and the problems found in it that did not stop the parser: duplicate keys (the first
     * value is kept), aliases (left out) and tags (the value is read as if untagged).
     */
    public record Tree(YamlNode root, List<SpecException.Problem> problems) {
        public Tree {
            problems = List.copyOf(problems);
        }
    }

    /** Parses bytes of one YAML document; {@code file} names it in errors. */
    public static YamlNode read(byte[] bytes, String file) {
        Tree t = readCollecting(bytes, file);
        if (!t.problems().isEmpty()) {
            throw new SpecException(t.problems().stream().sorted().toList());
        }
        return t.root();
    }

    /**
     * As {@link #read}, but duplicate keys, aliases and tags are returned with the tree; what
     * stops the parser (syntax, encoding, size) is still thrown.
     */
    public static Tree readCollecting(byte[] bytes, String file) {
        if (bytes.length > MAX_BYTES) {
            throw new SpecException(Location.of(file), "file is too large (" + bytes.length
                    + " bytes; a spec file may have at most " + MAX_BYTES + ")", RuleId.YAML_SYNTAX);
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new SpecException(Location.of(file), "file is binary, not YAML text (NUL byte at offset " + i + ")",
                        RuleId.YAML_SYNTAX);
            }
        }
        String text = decode(bytes, file);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new SpecException(Location.of(file), "file is binary, not YAML text (NUL character at offset " + nul + ")",
                    RuleId.YAML_SYNTAX);
        }
        try (YAMLParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new SpecException(new Location(file, 1, 1), "file is empty", RuleId.YAML_SYNTAX);
            }
            List<SpecException.Problem> problems = new ArrayList<>();
            List<SpecException.Problem> aliases = new ArrayList<>();
            YamlNode root = node(p, file, 0, new int[1], problems, aliases);
            if (root == null) {
                root = new YamlNode.Scalar("", true, new Location(file, 1, 1));
            }
            if (p.nextToken() != null) {
                throw new SpecException(at(p.currentTokenLocation(), file), "more than one YAML document in one file",
                        RuleId.YAML_SYNTAX);
            }
            if (!aliases.isEmpty()) { // one line for an alias bomb, not one per alias
                SpecException.Problem firstAlias = aliases.get(0);
                problems.add(aliases.size() == 1 ? firstAlias : new SpecException.Problem(firstAlias.location(), firstAlias.message()
                        + " (and " + (aliases.size() - 1) + " more in this file)", firstAlias.rule()));
            }
            return new Tree(root, problems);
        } catch (JsonProcessingException e) {
            // SnakeYAML knows where the problem itself is (Jackson reports where the context began)
            if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
                Location where = new Location(file, m.getProblemMark().getLine() + 1, m.getProblemMark().getColumn() + 1);
                throw new SpecException(where, "invalid YAML: " + firstLine(m.getProblem()), RuleId.YAML_SYNTAX);
            }
            throw new SpecException(at(e.getLocation(), file), "invalid YAML: " + firstLine(e.getOriginalMessage()),
                    RuleId.YAML_SYNTAX);
        } catch (IOException e) {
            throw new SpecException(Location.of(file), "cannot read: " + e.getMessage(), RuleId.YAML_SYNTAX);
        } catch (RuntimeException e) {
            if (e instanceof SpecException) {
                throw e;
            }
            // SnakeYAML signals its own limits (code points, depth) with unchecked exceptions
            throw new SpecException(Location.of(file), "invalid YAML: " + firstLine(String.valueOf(e.getMessage())),
                    RuleId.YAML_SYNTAX);
        }
    }

    private static String decode(byte[] bytes, String file) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            throw new SpecException(Location.of(file), "file is not valid UTF-8", RuleId.YAML_SYNTAX);
        } catch (CharacterCodingException e) {
            throw new SpecException(Location.of(file), "file is not valid UTF-8: " + e.getMessage(), RuleId.YAML_SYNTAX);
        }
    }

    private static YamlNode node(YAMLParser p, String file, int depth, int[] count, List<SpecException.Problem> problems,
                                 List<SpecException.Problem> aliases) throws IOException {
        Location here = at(p.currentTokenLocation(), file);
        if (++count[0] > MAX_NODES) {
            throw new SpecException(here, "more than " + MAX_NODES + " YAML values in one file (a spec sheet has a few hundred)",
                    RuleId.YAML_SYNTAX);
        }
        if (depth > MAX_DEPTH) {
            throw new SpecException(here, "nesting deeper than " + MAX_DEPTH + " levels", RuleId.YAML_SYNTAX);
        }
        if (p.isCurrentAlias()) {
            aliases.add(new SpecException.Problem(here, "YAML aliases (*" + p.getText() + ") are not allowed in spec files",
                    RuleId.YAML_ALIAS_OR_TAG));
            return null; // left out of its mapping or list, so it causes no second problem
        }
        String tag = p.getTypeId();
        if (tag != null) { // the value is read as if untagged: nothing is constructed from a tag
            problems.add(new SpecException.Problem(here, "YAML tags (!" + tag + ") are not allowed in spec files",
                    RuleId.YAML_ALIAS_OR_TAG));
        }
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                LinkedHashMap<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Location keyAt = at(p.currentTokenLocation(), file);
                    p.nextToken();
                    YamlNode value = node(p, file, depth + 1, count, problems, aliases);
                    if (value == null) {
                        continue; // an alias, reported
                    }
                    if (entries.containsKey(key)) { // the first value stays; the second is the problem
                        problems.add(new SpecException.Problem(keyAt, "duplicate key '" + key + "' (first at line "
                                + entries.get(key).keyLocation().line() + ")", RuleId.YAML_DUPLICATE_KEY));
                    } else {
                        entries.put(key, new YamlNode.Entry(key, keyAt, value));
                    }
                }
                return new YamlNode.Mapping(entries, here);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    YamlNode item = node(p, file, depth + 1, count, problems, aliases);
                    if (item != null) {
                        items.add(item);
                    }
                }
                return new YamlNode.Sequence(items, here);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar("", true, here);
            }
            default -> {
                return new YamlNode.Scalar(p.getText(), false, here);
            }
        }
    }

    private static Location at(JsonLocation loc, String file) {
        if (loc == null || loc.getLineNr() < 1) {
            return Location.of(file);
        }
        return new Location(file, loc.getLineNr(), Math.max(1, loc.getColumnNr()));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }
}
