package org.moocbuilder.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.FieldPositions;
import org.moocbuilder.diag.SourcePosition;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML mapping (a config file or a front matter block) that remembers where each top-level
 * key stands in the file, so a wrong value is reported at its line, not just at the file.
 * A key given twice in any mapping is an error (YAML009) rather than the last one silently winning.
 * Typed getters report wrong types as diagnostics and return empty instead of throwing.
 */
public final class YamlDocument {

    /** The hint for text that YAML read as a yes/no value, wherever it is found. */
    public static final String QUOTE_YES_NO =
            "YAML takes an unquoted Yes, No, On, Off, true or false as a yes/no value: put the text in quotes";

    private static final YAMLMapper MAPPER = new YAMLMapper();

    private final ObjectNode root;
    private final Map<String, SourcePosition> keyPositions;
    private final SourcePosition documentStart;

    private YamlDocument(ObjectNode root, Map<String, SourcePosition> keyPositions, SourcePosition documentStart) {
        this.root = root;
        this.keyPositions = keyPositions;
        this.documentStart = documentStart;
    }

    /**
     * Parses YAML text that starts at {@code firstLine} of the file; reports syntax errors at the
     * line and column in that file.
     */
    public static Optional<YamlDocument> parse(String yaml, String file, int firstLine, Diagnostics diagnostics) {
        SourcePosition start = SourcePosition.at(file, Math.max(firstLine, 1), 1);
        if (yaml.isBlank()) {
            return Optional.of(new YamlDocument(JsonNodeFactory.instance.objectNode(), Map.of(), start));
        }
        try (KeyScan keys = new KeyScan(MAPPER.createParser(yaml), file, firstLine)) {
            JsonNode tree = MAPPER.readTree(keys);
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                return Optional.of(new YamlDocument(JsonNodeFactory.instance.objectNode(), Map.of(), start));
            }
            if (!tree.isObject()) {
                diagnostics.error("YAML002", start, "expected a mapping of keys to values, found a "
                        + tree.getNodeType().name().toLowerCase(Locale.ROOT),
                        "write one `key: value` per line");
                return Optional.empty();
            }
            // The tree holds the first document only; the scan reads on to the end of the text, so
            // what follows a `---` and is not YAML is a syntax error too, reported below.
            keys.readToEnd();
            for (Duplicate duplicate : keys.duplicates()) {
                diagnostics.error("YAML009", duplicate.at(), "duplicate key `" + duplicate.key() + "` (first at line "
                        + duplicate.first().line() + "); YAML would keep only the last one and drop the other silently",
                        "keep one `" + duplicate.key() + ":` and put everything it should hold under it");
            }
            if (!keys.duplicates().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new YamlDocument((ObjectNode) tree, keys.topLevel(), start));
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation() : failurePoint(yaml);
            int line = where == null ? Math.max(firstLine, 1) : where.getLineNr() + firstLine - 1;
            int column = where == null ? 0 : Math.max(where.getColumnNr(), 1);
            Optional<Mark> tokenStart = scanStart(e);
            if (tokenStart.isPresent()) {
                line = tokenStart.get().getLine() + firstLine;
                column = tokenStart.get().getColumn() + 1;
            }
            // Jackson's limits name the Java method that sets them; a course author needs only the numbers.
            String problem = firstLine(e.getOriginalMessage()).replaceFirst(", from `[^`]*`\\)", ")");
            diagnostics.error("YAML001", SourcePosition.at(file, line, column), "invalid YAML: " + problem,
                    problem.contains("quoted scalar") ? "a quoted value is not closed: add the closing quote on the same line"
                            : problem.contains("nesting depth") ? "nest lists and mappings a few levels deep, not hundreds"
                            : "check indentation, and quote values that contain a colon followed by a space");
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("reading text in memory", e);
        }
    }

    /**
     * Where a parser reading {@code yaml} token by token stops, for errors that carry no place of
     * their own (a document nested deeper, or a number longer, than Jackson allows); null if it
     * does not stop.
     */
    private static JsonLocation failurePoint(String yaml) {
        try (JsonParser parser = MAPPER.createParser(yaml)) {
            try {
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    if (token.isNumeric()) {
                        parser.getNumberValue();
                    }
                }
            } catch (IOException e) {
                return parser.currentLocation();
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    /**
     * Where the token that could not be read begins (the opening quote of an unclosed string, say):
     * SnakeYAML's context mark for scanner errors. Jackson reports a nearby position instead.
     */
    private static Optional<Mark> scanStart(JsonProcessingException e) {
        if (!(e.getCause() instanceof MarkedYAMLException marked)) {
            return Optional.empty();
        }
        if (marked.getContextMark() != null && marked.getContext() != null && marked.getContext().startsWith("while scanning")) {
            return Optional.of(marked.getContextMark());
        }
        // A tab used for indentation, say, has no context; the problem mark is then exact.
        return marked.getContextMark() == null ? Optional.ofNullable(marked.getProblemMark()) : Optional.empty();
    }

    /** A key met twice in one mapping: where it is again, and where it was first. */
    private record Duplicate(String key, SourcePosition at, SourcePosition first) {
    }

    /**
     * The tokens the tree is built from, watched as they pass: the tree keeps only the last of two
     * equal keys, so a repeated key (two {@code locales:}, say) is found here, with both lines, in
     * every mapping (settings, front matter, quizzes and their choices), along with where each
     * top-level key stands. One reading of the text gives both.
     */
    private static final class KeyScan extends JsonParserDelegate {

        private final String file;
        private final int firstLine;
        private final Map<String, SourcePosition> topLevel = new LinkedHashMap<>();
        private final List<Duplicate> duplicates = new ArrayList<>();
        private final Deque<Map<String, SourcePosition>> open = new ArrayDeque<>();

        KeyScan(JsonParser parser, String file, int firstLine) {
            super(parser);
            this.file = file;
            this.firstLine = firstLine;
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken token = delegate.nextToken();
            if (token == null) {
                return null;
            }
            if (token.isStructStart()) {
                open.push(new HashMap<>());
            } else if (token.isStructEnd()) {
                open.pop();
            } else if (token == JsonToken.FIELD_NAME) {
                JsonLocation at = delegate.currentTokenLocation();
                SourcePosition here = SourcePosition.at(file, at.getLineNr() + firstLine - 1, Math.max(at.getColumnNr(), 1));
                String name = delegate.currentName();
                SourcePosition first = open.peek().putIfAbsent(name, here);
                if (first != null) {
                    duplicates.add(new Duplicate(name, here, first));
                }
                if (open.size() == 1) {
                    topLevel.putIfAbsent(name, here);
                }
            }
            return token;
        }

        // The delegate's own versions of these read the tokens past the watch.
        @Override
        public JsonToken nextValue() throws IOException {
            JsonToken token = nextToken();
            return token == JsonToken.FIELD_NAME ? nextToken() : token;
        }

        @Override
        public JsonParser skipChildren() throws IOException {
            if (currentToken() != null && currentToken().isStructStart()) {
                for (int depth = 1; depth > 0; ) {
                    JsonToken token = nextToken();
                    if (token == null) {
                        break;
                    }
                    depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
                }
            }
            return this;
        }

        /** Reads on to the end of the text: documents after the first are checked, not kept. */
        void readToEnd() throws IOException {
            while (nextToken() != null) {
                // Every token is watched on its way.
            }
        }

        Map<String, SourcePosition> topLevel() {
            return topLevel;
        }

        List<Duplicate> duplicates() {
            return duplicates;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        String line = message.lines().findFirst().orElse(message).strip();
        return line.isEmpty() ? "syntax error" : line;
    }

    /** Where each top-level key of this document stands. */
    public FieldPositions fieldPositions() {
        Map<String, Integer> lines = new LinkedHashMap<>();
        keyPositions.forEach((key, at) -> lines.put(key, at.line()));
        return new FieldPositions(documentStart.file(), lines);
    }

    public SourcePosition start() {
        return documentStart;
    }

    public SourcePosition positionOf(String key) {
        return keyPositions.getOrDefault(key, documentStart);
    }

    public boolean has(String key) {
        return root.has(key) && !root.get(key).isNull();
    }

    public Collection<String> keys() {
        List<String> names = new ArrayList<>();
        root.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Warns about keys that are not in {@code allowed}, naming the closest valid one. */
    public void warnUnknownKeys(Collection<String> allowed, String code, Diagnostics diagnostics) {
        for (String key : keys()) {
            if (!allowed.contains(key)) {
                String hint = Suggestions.closest(key, allowed)
                        .map(best -> "did you mean `" + best + "`?")
                        .orElse("valid keys: " + String.join(", ", allowed));
                diagnostics.warning(code, positionOf(key), "unknown key `" + key + "`; it is ignored", hint);
            }
        }
    }

    public Optional<String> text(String key, Diagnostics diagnostics) {
        if (!has(key)) {
            return Optional.empty();
        }
        JsonNode value = root.get(key);
        if (!value.isValueNode()) {
            diagnostics.error("YAML003", positionOf(key), "`" + key + "` must be text", "write `" + key + ": some text`");
            return Optional.empty();
        }
        if (reportedYesNo(key, "`" + key + "`", value, diagnostics)) {
            return Optional.empty();
        }
        String text = value.asText().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    public Optional<Integer> positiveInt(String key, Diagnostics diagnostics) {
        if (!has(key)) {
            return Optional.empty();
        }
        JsonNode value = root.get(key);
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.intValue() <= 0) {
            diagnostics.error("YAML004", positionOf(key), "`" + key + "` must be a whole number above zero, found `"
                    + value.asText() + "`", key.equals("duration") ? "write the value in minutes, for example `duration: 20`"
                            : "write a whole number, for example `" + key + ": 1`");
            return Optional.empty();
        }
        return Optional.of(value.intValue());
    }

    /**
     * A whole number from {@code min} to {@code max}; anything else (text, a fraction, a number out
     * of range) is reported as {@code code} at the key.
     */
    public Optional<Integer> wholeNumberIn(String key, int min, int max, String code, String hint,
                                           Diagnostics diagnostics) {
        if (!has(key)) {
            return Optional.empty();
        }
        JsonNode value = root.get(key);
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            diagnostics.error(code, positionOf(key), "`" + key + "` must be a whole number from " + min + " to " + max
                    + ", found `" + value.asText() + "`", hint);
            return Optional.empty();
        }
        return Optional.of(value.intValue());
    }

    public Optional<Boolean> flag(String key, Diagnostics diagnostics) {
        if (!has(key)) {
            return Optional.empty();
        }
        JsonNode value = root.get(key);
        if (!value.isBoolean()) {
            diagnostics.error("YAML005", positionOf(key), "`" + key + "` must be true or false", null);
            return Optional.empty();
        }
        return Optional.of(value.booleanValue());
    }

    /** A list of texts; a single text is accepted as a list of one. */
    public List<String> textList(String key, Diagnostics diagnostics) {
        if (!has(key)) {
            return List.of();
        }
        JsonNode value = root.get(key);
        if (reportedYesNo(key, "`" + key + "`", value, diagnostics)) {
            return List.of();
        }
        if (value.isValueNode()) {
            return List.of(value.asText().strip());
        }
        if (!value.isArray()) {
            diagnostics.error("YAML006", positionOf(key), "`" + key + "` must be a list",
                    "write one `- item` per line under `" + key + ":`");
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (reportedYesNo(key, "an item of `" + key + "`", item, diagnostics)) {
                return List.of();
            }
            if (!item.isValueNode()) {
                diagnostics.error("YAML006", positionOf(key), "every item of `" + key + "` must be text", null);
                return List.of();
            }
            items.add(item.asText().strip());
        }
        return List.copyOf(items);
    }

    /** Reports text that YAML read as a yes/no value (YAML008); true when it did. */
    private boolean reportedYesNo(String key, String what, JsonNode value, Diagnostics diagnostics) {
        if (!value.isBoolean()) {
            return false;
        }
        diagnostics.error("YAML008", positionOf(key), what + " reads as the yes/no value `" + value.asText() + "`", QUOTE_YES_NO);
        return true;
    }

    /** The raw value of a key, for structures the typed getters do not cover (lists of mappings). */
    public Optional<JsonNode> raw(String key) {
        return has(key) ? Optional.of(root.get(key)) : Optional.empty();
    }

    /** A nested mapping, as its own document sharing this one's positions. */
    public Optional<YamlDocument> mapping(String key, Diagnostics diagnostics) {
        if (!has(key)) {
            return Optional.empty();
        }
        JsonNode value = root.get(key);
        if (!value.isObject()) {
            diagnostics.error("YAML007", positionOf(key), "`" + key + "` must be a mapping of keys to values", null);
            return Optional.empty();
        }
        return Optional.of(new YamlDocument((ObjectNode) value, Map.of(), positionOf(key)));
    }
}
