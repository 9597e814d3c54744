package io.github.ghidanh.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The schema and the reader agree on every example file (the documentation's and the tests') and
 * every case of the fuzz suites. The schema here is docs/ghidanh.schema.json itself, read from the
 * docs folder and run by the validator directly; the reader is {@link JsonInterchange#read}. For each
 * input:
 *
 * <ul>
 *   <li>the text is JSON for both or for neither;
 *   <li>a file the schema accepts is read without a structural problem;
 *   <li>every structural problem the reader reports is at a place where the schema has an error, and
 *       every schema error in the part of the file the reader examined is reported by the reader at
 *       its place (a file whose organisations or campaign cannot be used stops the reader before the
 *       nominees).
 * </ul>
 *
 * Structural problems are those of {@link #STRUCTURAL}: a missing value, a wrong type, a value
 * outside its set or range, a field the format does not have. The reader's other problems (ids that
 * must exist or be unique, the organisation tree, the campaign's dates, legacy encodings) are beyond
 * what a schema can say.
 */
class SchemaAgreementTest {
    static final Set<String> STRUCTURAL = Set.of("json.required", "json.missing", "json.unknownField", "json.expectedObject",
            "json.expectedArray", "json.expectedText", "json.expectedInteger", "json.expectedBoolean", "json.expectedDate",
            "json.enum", "json.format", "json.range", "json.tooFew", "json.duplicateItem", "json.invalid", "json.badValue", "json.returnReason",
            "model.required");
    /** The parts of a file the reader always examines; the record lists only when the file is usable. */
    static final Set<String> ALWAYS_EXAMINED = Set.of("organisations", "campaign");
    static final Path DOCS = Path.of("..", "docs");

    static final Schema SCHEMA = docsSchema();

    static Schema docsSchema() {
        try {
            JsonNode node = JsonInterchange.MAPPER.readTree(Files.readString(DOCS.resolve("ghidanh.schema.json")));
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
                    .getSchema(SchemaLocation.of(node.path("$id").asText()), node);
            schema.initializeValidators();
            return schema;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    int notJson;
    int accepted;
    int refused;
    final List<String> disagreements = new ArrayList<>();

    @Test
    void theJarCarriesTheDocumentedSchemaUnchanged() throws IOException {
        try (InputStream in = JsonInterchange.class.getResourceAsStream(InterchangeSchema.RESOURCE)) {
            assertThat(in).as("the schema in the jar").isNotNull();
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(DOCS.resolve("ghidanh.schema.json")));
        }
    }

    @Test
    void schemaAndReaderAgreeOnEveryExampleFile() throws IOException {
        List<FuzzInputs.Input> examples = new ArrayList<>(documentedExamples());
        assertThat(examples).as("complete example files in docs/*.md").isNotEmpty();
        examples.addAll(testExamples());
        examples.add(new FuzzInputs.Input("the demo's file", FuzzInputs.SAMPLE_JSON.getBytes(StandardCharsets.UTF_8)));
        for (FuzzInputs.Input in : examples) {
            check(in);
            if (in.label().startsWith("valid-") || !in.label().endsWith(".json")) {
                // the documented examples, the valid test files and the demo's file are read without any problem
                JsonInterchange.ReadResult r = JsonInterchange.read(in.bytes(), "x.json");
                assertThat(r.problems()).as(in.label()).isEmpty();
            }
        }
        finish("examples", examples.size());
        assertThat(refused).as("example files the schema refuses").isPositive();
    }

    @Test
    void schemaAndReaderAgreeOnEveryFuzzCase() {
        List<FuzzInputs.Input> cases = new ArrayList<>(FuzzInputs.importFuzzJson());
        cases.addAll(FuzzInputs.hostileInputJson());
        cases.forEach(this::check);
        finish("fuzz cases", cases.size());
        assertThat(notJson).as("cases that are not JSON").isPositive();
        assertThat(accepted).as("cases the schema accepts").isPositive();
        assertThat(refused).as("cases the schema refuses").isPositive();
    }

    private void check(FuzzInputs.Input in) {
        JsonNode root = parse(in.bytes());
        InterchangeException failure = null;
        JsonInterchange.ReadResult result = null;
        try {
            result = JsonInterchange.read(in.bytes(), "x.json");
        } catch (InterchangeException e) {
            failure = e;
        }
        boolean readerSaysNotJson = failure != null && Set.of("json.syntax", "json.notUtf8").contains(failure.code());
        if (root == null) {
            notJson++;
            if (!readerSaysNotJson) {
                disagreements.add(in.label() + ": not JSON, yet the reader says " + (failure == null ? "nothing" : failure.code()));
            }
            return;
        }
        if (readerSaysNotJson) {
            disagreements.add(in.label() + ": JSON, yet the reader says " + failure.getMessage());
            return;
        }
        Set<String> schemaPlaces = new TreeSet<>();
        for (Error e : SCHEMA.validate(root)) {
            schemaPlaces.add(place(e));
        }
        Set<String> readerPlaces = new TreeSet<>();
        List<ImportProblem> problems = failure != null ? failure.problems() : result.problems();
        for (ImportProblem p : problems) {
            if (STRUCTURAL.contains(p.code())) {
                readerPlaces.add(p.location());
            }
        }
        if (failure != null && failure.code().equals("json.notObject")) {
            readerPlaces.add("");
        }
        boolean usable = result != null;
        Set<String> examinedSchemaPlaces = new TreeSet<>();
        for (String place : schemaPlaces) {
            if (usable || !isRecordList(place)) {
                examinedSchemaPlaces.add(place);
            }
        }
        if (schemaPlaces.isEmpty()) {
            accepted++;
        } else {
            refused++;
        }
        if (!examinedSchemaPlaces.equals(readerPlaces)) {
            Set<String> onlyReader = new TreeSet<>(readerPlaces);
            onlyReader.removeAll(examinedSchemaPlaces);
            Set<String> onlySchema = new TreeSet<>(examinedSchemaPlaces);
            onlySchema.removeAll(readerPlaces);
            disagreements.add(in.label() + ": structural problems only the reader reports " + onlyReader
                    + ", schema errors the reader does not report " + onlySchema);
        }
    }

    private void finish(String what, int count) {
        String summary = "schema agreement on " + count + " " + what + ": " + notJson + " not JSON, " + accepted
                + " accepted by the schema, " + refused + " refused; " + disagreements.size() + " disagreements";
        System.out.println(summary);
        assertThat(disagreements).as(summary).isEmpty();
    }

    /** A schema error's place as the reader names places: the value's path, or the missing or unknown field's. */
    private static String place(Error e) {
        List<Object> path = new ArrayList<>();
        for (int i = 0; i < e.getInstanceLocation().getNameCount(); i++) {
            path.add(e.getInstanceLocation().getElement(i));
        }
        if (e.getProperty() != null && Set.of("required", "additionalProperties").contains(e.getKeyword())) {
            path.add(e.getProperty());
        }
        return InterchangeSchema.display(path);
    }

    private static boolean isRecordList(String place) {
        return Stream.of("nominees", "submissions", "reviews").anyMatch(s -> place.equals(s) || place.startsWith(s + "["));
    }

    /** The parsed document, or null when the bytes are not UTF-8 JSON (then no schema can judge them). */
    private static JsonNode parse(byte[] bytes) {
        int off = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, off, bytes.length - off)).toString();
            JsonNode root = JsonInterchange.MAPPER.readTree(text);
            return root == null || root.isMissingNode() ? null : root;
        } catch (CharacterCodingException | JsonProcessingException e) {
            return null;
        }
    }

    /** The ```json blocks of docs/*.md that are whole interchange files (skeletons with "…" are not). */
    static List<FuzzInputs.Input> documentedExamples() throws IOException {
        List<FuzzInputs.Input> out = new ArrayList<>();
        Pattern block = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL);
        try (Stream<Path> docs = Files.list(DOCS)) {
            for (Path md : docs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Matcher m = block.matcher(Files.readString(md));
                for (int k = 1; m.find(); k++) {
                    String json = m.group(1);
                    if (json.contains("\"organisations\"") && !json.contains("…")) {
                        out.add(new FuzzInputs.Input(md.getFileName() + " example " + k, json.getBytes(StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        return out;
    }

    /** src/test/resources/…/examples: valid-*.json are read without any problem; the others show what is refused. */
    static List<FuzzInputs.Input> testExamples() throws IOException {
        Path dir = Path.of("src", "test", "resources", "io", "github", "ghidanh", "interchange", "examples");
        try (Stream<Path> files = Files.list(dir)) {
            List<FuzzInputs.Input> out = new ArrayList<>();
            for (Path f : files.sorted().toList()) {
                out.add(new FuzzInputs.Input(f.getFileName().toString(), Files.readAllBytes(f)));
            }
            return out;
        }
    }
}
