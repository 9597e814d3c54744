package io.github.ghidanh.interchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.github.ghidanh.interchange.internal.InputFiles;
import io.github.ghidanh.interchange.internal.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the JSON interchange format of docs/json-format.md (format id
 * {@value #FORMAT}). Every file read is checked against the JSON Schema docs/ghidanh.schema.json
 * (copied into this jar); what the schema cannot say (ids that must exist or be unique, the tree,
 * the campaign's dates, legacy encodings) is checked after it. Reading never stops at the first
 * problem: every bad value is reported as an {@link ImportProblem} naming its path (e.g.
 * {@code nominees[3].assessment.rating}), records with problems are left out, and good records are
 * kept. Only a file that cannot be read at all (missing, not JSON, not an object, no usable
 * organisations or campaign) throws {@link InterchangeException}.
 *
 * <p>Thread-safe; the model classes stay free of Jackson annotations (the JSON shape is a separate
 * set of records, mapped to and from the model).
 */
public final class JsonInterchange {
    /** The format identifier written in the {@code "format"} field. */
    public static final String FORMAT = "ghidanh-interchange/1";

    /**
     * The reader's and writer's Jackson configuration: strict where a lenient parse would hide a typo
     * (duplicate fields, trailing text, "1985" for a number, 3 for an enum), dates as YYYY-MM-DD,
     * null fields left out of the written file.
     */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .addModule(new SimpleModule("ghidanh-interchange")
                    .addSerializer(LocalDate.class, ToStringSerializer.instance)
                    .addDeserializer(LocalDate.class, new IsoDate())
                    .addDeserializer(Integer.class, new WholeNumber()))
            .build();

    private JsonInterchange() {
    }

    /** The result of reading: the usable content and every problem found. */
    public record ReadResult(Interchange content, List<ImportProblem> problems, Map<String, Integer> nomineeIndex) {
        public ReadResult {
            problems = List.copyOf(problems);
            nomineeIndex = Map.copyOf(nomineeIndex);
        }

        /** The position of a nominee in the file's "nominees" array, for paths like {@code nominees[3]}. */
        public int indexOf(String nomineeId) {
            Integer i = nomineeIndex.get(nomineeId);
            return i == null ? -1 : i;
        }

        public boolean hasProblems() {
            return !problems.isEmpty();
        }
    }

    /** Reads a file; the file name is used in problems. */
    public static ReadResult read(Path file) {
        return read(InputFiles.readAll(file), file.getFileName().toString());
    }

    public static ReadResult read(InputStream in, String fileName) throws IOException {
        return read(in.readAllBytes(), fileName);
    }

    public static ReadResult read(byte[] bytes, String fileName) {
        String text = utf8(bytes, fileName);
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw syntaxError(text, e, fileName);
        }
        if (root == null || root.isMissingNode()) {
            // Jackson reads an empty text as "no value"; JSON requires one: the file ends before its object
            throw syntaxError(text, null, fileName);
        }
        if (!root.isObject()) {
            throw new InterchangeException(Messages.of("json.notObject", fileName), null);
        }
        return new JsonFileReader(fileName).read((ObjectNode) root);
    }

    /** The text of a UTF-8 file, with or without BOM; anything else is refused, never guessed. */
    private static String utf8(byte[] bytes, String fileName) {
        int off = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, off, bytes.length - off)).toString();
        } catch (CharacterCodingException e) {
            throw new InterchangeException(Messages.of("json.notUtf8", fileName), e);
        }
    }

    /** Line, column and what was expected there, in the user's words (never Jackson's). */
    private static InterchangeException syntaxError(String text, JsonProcessingException e, String fileName) {
        JsonSyntax.Fault fault = JsonSyntax.firstFault(text);
        if (fault == null) {
            // Jackson refused something the scan accepts (e.g. an escaped duplicate name): its place, our words
            JsonLocation at = e == null ? null : e.getLocation();
            fault = new JsonSyntax.Fault(at == null ? 1 : Math.max(1, at.getLineNr()), at == null ? 1 : Math.max(1, at.getColumnNr()),
                    Messages.of("json.syntax.other"));
        }
        return new InterchangeException(Messages.of("json.syntax", fileName, fault.line(), fault.column(), fault.what()), e);
    }

    // ------------------------------------------------------------------ writing

    /** The interchange content as JSON text (UTF-8, two-space indent, fields in a fixed order, nulls left out). */
    public static String toJson(Interchange doc) {
        try {
            return MAPPER.writeValueAsString(JsonRecords.FileJson.of(doc)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the content to {@code out} (UTF-8). */
    public static void write(Interchange doc, OutputStream out) throws IOException {
        out.write(toJson(doc).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the content to a file atomically (a temporary file in the same folder, then a move). */
    public static void write(Interchange doc, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".ghidanh-", ".tmp");
        try {
            Files.writeString(tmp, toJson(doc), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    // ------------------------------------------------------------------ value types

    /** YYYY-MM-DD and nothing else: "2022-02-30" and 20220610 are refused. */
    private static final class IsoDate extends StdScalarDeserializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        IsoDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                try {
                    return LocalDate.parse(p.getText());
                } catch (DateTimeParseException e) {
                    return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, p.getText(), "not a date");
                }
            }
            return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
        }
    }

    /**
     * A whole number that fits an {@code int}. JSON Schema counts 2.0 as an integer, so does this;
     * 2.5 or a number beyond the int range is refused rather than cut.
     */
    private static final class WholeNumber extends StdScalarDeserializer<Integer> {
        private static final long serialVersionUID = 1L;

        WholeNumber() {
            super(Integer.class);
        }

        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_NUMBER_INT) && p.getNumberType() == JsonParser.NumberType.INT) {
                return p.getIntValue();
            }
            if (p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                double d = p.getDoubleValue();
                if (d == Math.rint(d) && d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE) {
                    return (int) d;
                }
            }
            return (Integer) ctxt.handleUnexpectedToken(Integer.class, p);
        }
    }
}
