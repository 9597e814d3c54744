package io.github.ghidanh.interchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.github.ghidanh.interchange.internal.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * docs/ghidanh.schema.json, as the build copies it into the jar, and what its errors mean for the
 * user. Every file the reader reads is checked against it first; each error becomes a
 * {@link Violation}: the path of the value (the same path an {@link ImportProblem} names) and a
 * message of this module's bundles. The validator's own words and class names never reach the user:
 * the message is chosen from the failed keyword and the schema around it (a {@code type} error on a
 * date says "expected a date"), and the arguments are the value and the allowed values.
 *
 * <p>Immutable and thread-safe; the schema is loaded once, on first use.
 */
final class InterchangeSchema {
    /** The schema's name in the jar, next to this class. */
    static final String RESOURCE = "ghidanh.schema.json";

    /** One schema error: where (path elements: field names and list indexes) and what. */
    record Violation(List<Object> path, BilingualMessage message) {
        Violation {
            path = List.copyOf(path);
        }
    }

    private static final class Loaded {
        static final InterchangeSchema SCHEMA = load();
    }

    private final JsonNode schemaNode;
    private final Schema schema;

    private InterchangeSchema(JsonNode schemaNode, Schema schema) {
        this.schemaNode = schemaNode;
        this.schema = schema;
    }

    static InterchangeSchema get() {
        return Loaded.SCHEMA;
    }

    private static InterchangeSchema load() {
        JsonNode node;
        try (InputStream in = InterchangeSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            node = JsonInterchange.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // format "date" is only an annotation in draft 2020-12 unless asserted: the reader needs it checked
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        Schema schema = registry.getSchema(SchemaLocation.of(node.path("$id").asText()), node);
        schema.initializeValidators();
        return new InterchangeSchema(node, schema);
    }

    /** Every schema error of {@code root}, at most one per path and message, in the order of the file. */
    List<Violation> check(JsonNode root) {
        Set<Violation> out = new LinkedHashSet<>();
        for (Error e : schema.validate(root)) {
            Violation v = translate(e);
            if (v != null) {
                out.add(v);
            }
        }
        List<Violation> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparing(Violation::path, new DocumentOrder(root)));
        return sorted;
    }

    private Violation translate(Error e) {
        List<Object> path = elements(e.getInstanceLocation());
        JsonNode value = e.getInstanceNode();
        JsonNode around = containingSchema(e); // the schema object holding the failed keyword
        boolean reasonOfReturn = e.getEvaluationPath().toString().contains("/reviews/items/$ref/then/");
        switch (e.getKeyword()) {
            case "required" -> {
                path.add(e.getProperty());
                return new Violation(path, reasonOfReturn ? Messages.of("json.returnReason") : Messages.of("json.required"));
            }
            case "additionalProperties" -> {
                path.add(e.getProperty());
                List<String> allowed = new ArrayList<>();
                around.path("properties").fieldNames().forEachRemaining(allowed::add);
                return new Violation(path, Messages.of("json.unknownField", e.getProperty(), String.join(", ", allowed)));
            }
            case "type" -> {
                if (value == null || value.isNull()) {
                    return new Violation(path, reasonOfReturn ? Messages.of("json.returnReason") : Messages.of("json.required"));
                }
                return new Violation(path, expectedType(expected(e.getSchemaNode()), around, value));
            }
            case "enum", "const" -> {
                if (path.equals(List.of("format"))) {
                    return new Violation(path, Messages.of("json.format", shown(value), JsonInterchange.FORMAT));
                }
                List<String> allowed = new ArrayList<>();
                JsonNode values = e.getSchemaNode();
                for (JsonNode v : values.isArray() ? values : List.of(values)) {
                    if (!v.isNull()) {
                        allowed.add(v.asText());
                    }
                }
                return new Violation(path, Messages.of("json.enum", shown(value), String.join(", ", allowed)));
            }
            case "pattern", "format", "minLength" -> {
                if (around.has("format")) {
                    return new Violation(path, Messages.of("json.expectedDate", shown(value)));
                }
                // the only other patterns are those of a required text: at least one character that is not a space
                return new Violation(path, reasonOfReturn ? Messages.of("json.returnReason") : Messages.of("json.required"));
            }
            case "minimum", "maximum" -> {
                return new Violation(path, Messages.of("json.range", value.asText(), around.path("minimum").asText(),
                        around.path("maximum").asText()));
            }
            case "minItems" -> {
                return new Violation(path, Messages.of("json.tooFew", around.path("minItems").asInt(), value.size()));
            }
            case "uniqueItems" -> {
                return new Violation(path, Messages.of("json.duplicateItem", firstRepeated(value)));
            }
            default -> {
                // a keyword this translation does not know yet: say where in the schema, in our words
                return new Violation(path, Messages.of("json.invalid", e.getSchemaLocation().getFragment().toString()));
            }
        }
    }

    private static BilingualMessage expectedType(String expected, JsonNode around, JsonNode value) {
        return switch (expected) {
            case "object" -> Messages.of("json.expectedObject", kindOf(value));
            case "array" -> Messages.of("json.expectedArray", kindOf(value));
            case "integer" -> Messages.of("json.expectedInteger", value.toString());
            case "boolean" -> Messages.of("json.expectedBoolean", value.toString());
            case "string" -> around.has("format") ? Messages.of("json.expectedDate", shown(value))
                    : Messages.of("json.expectedText", kindOf(value));
            default -> Messages.of("json.invalid", expected);
        };
    }

    /** The expected type of a {@code type} keyword, leaving out the "null" that optional fields allow. */
    private static String expected(JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        return type.asText();
    }

    private JsonNode containingSchema(Error e) {
        NodePath fragment = e.getSchemaLocation().getFragment();
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < fragment.getNameCount() - 1; i++) {
            pointer.append('/').append(fragment.getName(i).replace("~", "~0").replace("/", "~1"));
        }
        return schemaNode.at(pointer.toString());
    }

    private static List<Object> elements(NodePath path) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < path.getNameCount(); i++) {
            out.add(path.getElement(i));
        }
        return out;
    }

    /** A value as the messages quote it: a text without its quotes, anything else as JSON. */
    static String shown(JsonNode value) {
        return value == null ? "null" : value.isTextual() ? value.asText() : value.toString();
    }

    private static String firstRepeated(JsonNode array) {
        Set<JsonNode> seen = new HashSet<>();
        for (JsonNode v : array) {
            if (!seen.add(v)) {
                return shown(v);
            }
        }
        return "";
    }

    /** The kind of a JSON value in the words of the messages: "text", "number", "object", … */
    static String kindOf(JsonNode n) {
        return switch (n.getNodeType()) {
            case ARRAY -> "array";
            case OBJECT -> "object";
            case STRING -> "text";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case NULL -> "null";
            default -> n.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    /** The path as problems show it: {@code nominees[3].assessment.rating}. */
    static String display(List<Object> path) {
        StringBuilder b = new StringBuilder();
        for (Object element : path) {
            if (element instanceof Integer i) {
                b.append('[').append(i).append(']');
            } else {
                b.append(b.length() == 0 ? "" : ".").append(element);
            }
        }
        return b.toString();
    }

    /**
     * Paths in the order their values appear in the file; a missing field (a "required" error) after
     * the fields that are there, so that problems read from the top of the file down.
     */
    private static final class DocumentOrder implements Comparator<List<Object>> {
        private final JsonNode root;

        DocumentOrder(JsonNode root) {
            this.root = root;
        }

        @Override
        public int compare(List<Object> a, List<Object> b) {
            JsonNode node = root;
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                Object x = a.get(i);
                Object y = b.get(i);
                if (!x.equals(y)) {
                    return Integer.compare(position(node, x), position(node, y));
                }
                node = node == null ? null : x instanceof Integer n ? node.get(n) : node.get((String) x);
            }
            return Integer.compare(a.size(), b.size());
        }

        private static int position(JsonNode parent, Object element) {
            if (element instanceof Integer i) {
                return i;
            }
            if (parent != null && parent.isObject()) {
                int k = 0;
                for (Iterator<String> it = parent.fieldNames(); it.hasNext(); k++) {
                    if (it.next().equals(element)) {
                        return k;
                    }
                }
            }
            return Integer.MAX_VALUE;
        }
    }
}
