package io.github.ghidanh.core.criteria;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.ghidanh.core.criteria.internal.Param;
import io.github.ghidanh.core.internal.CoreMessages;
import io.github.ghidanh.core.model.NomineeKind;
import io.github.ghidanh.core.model.SubjectCategory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The JSON form of a {@link CriteriaProfile} ({@code docs/criteria.md}): Jackson binds a file onto
 * {@link ProfileFile} and {@link RuleEntry}, then the profile and rule builders check the values.
 * Every problem is a {@link ProfileException} that names the profile and the place in the file
 * ({@code rules[1].type}) in Vietnamese and English; Jackson's own words appear only to describe
 * a file that is not JSON at all.
 */
final class ProfileJson {
    /**
     * Jackson's "Unexpected character ('x' (code 120))" and "Unrecognized token 'tru'": the text at
     * fault, to name it in our words.
     */
    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile("(?:Unexpected character \\(|Unrecognized token )'(.+?)'");

    private ProfileJson() {
    }

    /** A profile file. */
    record ProfileFile(String id, String nameVi, String nameEn, List<RuleEntry> rules) {
    }

    /** One rule of a profile file; a parameter value is a string, number, boolean or list. */
    record RuleEntry(String type, String clause, List<String> kinds, List<String> categories,
            Map<String, Object> parameters) {
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            // an id, a rule type or a kind typed as a number or a boolean is a mistake to report, not to convert
            .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    /** Reads a profile; {@code source} names it in messages (a file name, or "JSON"). The stream is not closed. */
    static CriteriaProfile read(InputStream in, String source) {
        JsonNode tree;
        try {
            tree = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw malformed(source, e);
        } catch (IOException e) {
            throw io("profile.io.source", e, "source", source);
        }
        return bind(tree);
    }

    /** Reads a profile from a reader, which is not closed. */
    static CriteriaProfile read(Reader reader) {
        JsonNode tree;
        try {
            tree = JSON.readTree(reader);
        } catch (JsonProcessingException e) {
            throw malformed("JSON", e);
        } catch (IOException e) {
            throw io("profile.io", e);
        }
        return bind(tree);
    }

    /** A file that cannot be read at all. */
    static ProfileException io(String key, IOException e, Object... namesAndValues) {
        Object[] all = Arrays.copyOf(namesAndValues, namesAndValues.length + 2);
        all[namesAndValues.length] = "error";
        all[namesAndValues.length + 1] = e.getMessage();
        CoreMessages.Text t = CoreMessages.of(key, all);
        return new ProfileException("profile.io", t.vi(), t.en(), e);
    }

    /** The profile as JSON in the format {@link #read} reads, every parameter written out. */
    static String write(CriteriaProfile profile) {
        List<RuleEntry> rules = new ArrayList<>();
        for (Rule r : profile.rules()) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            r.parameters().forEach((name, v) -> parameters.put(name, jsonValue(v)));
            rules.add(new RuleEntry(r.type().id(), r.clauseId(), names(r.kinds()), names(r.categories()), parameters));
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(new ProfileFile(profile.id(), profile.nameVi(), profile.nameEn(), rules));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object jsonValue(Object v) {
        if (v instanceof Integer || v instanceof Boolean) {
            return v;
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return String.valueOf(v);
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }

    // ---------------------------------------------------------------- from the bound records to a profile

    private static CriteriaProfile bind(JsonNode tree) {
        if (tree == null || !tree.isObject()) {
            throw Problems.fail("", "", "profile.json", "profile.json.object");
        }
        ProfileFile file;
        try {
            file = JSON.treeToValue(tree, ProfileFile.class);
        } catch (UnrecognizedPropertyException e) {
            throw unknownField(tree, e);
        } catch (JsonMappingException e) {
            throw wrongType(tree, e);
        } catch (JsonProcessingException e) {
            throw Problems.fail(idOf(tree), "", "profile.json", "profile.value");
        }
        return build(file);
    }

    private static CriteriaProfile build(ProfileFile file) {
        String id = file.id();
        if (id == null) {
            throw Problems.fail("", "id", "profile.id", "profile.id.missing");
        }
        CriteriaProfile.Builder b = CriteriaProfile.builder(id).name(file.nameVi(), file.nameEn());
        if (file.rules() == null) {
            throw Problems.fail(id, "rules", "profile.rules", "profile.rules.missing");
        }
        for (int i = 0; i < file.rules().size(); i++) {
            String where = "rules[" + i + "]";
            RuleEntry r = file.rules().get(i);
            if (r == null) {
                throw Problems.fail(id, where, "profile.rule", "profile.rule.object");
            }
            RuleType type = RuleType.byId(r.type());
            if (type == null) {
                throw unknownType(id, where + ".type",
                        r.type() == null ? CoreMessages.of("profile.rule.type.missing") : literal(r.type()));
            }
            Rule.Builder rb = Rule.builder(type);
            if (r.clause() != null) {
                rb.clauseId(r.clause());
            }
            if (r.kinds() != null) {
                rb.kinds(kinds(id, where + ".kinds", r.kinds()));
            }
            if (r.categories() != null) {
                rb.categories(categories(id, where + ".categories", r.categories()));
            }
            if (r.parameters() != null) {
                r.parameters().forEach(rb::parameter);
            }
            b.rule(rb.build(id, where));
        }
        return b.build();
    }

    private static List<NomineeKind> kinds(String id, String where, List<String> names) {
        List<NomineeKind> out = new ArrayList<>();
        for (String s : strings(id, where, names)) {
            NomineeKind kind = Arrays.stream(NomineeKind.values())
                    .filter(k -> k.name().equals(s.strip().toUpperCase(Locale.ROOT))).findFirst().orElse(null);
            if (kind == null) {
                throw Problems.fail(id, where, "profile.rule.kinds", "profile.rule.kinds.unknown", "kind", s);
            }
            out.add(kind);
        }
        return out;
    }

    private static List<SubjectCategory> categories(String id, String where, List<String> names) {
        List<SubjectCategory> out = new ArrayList<>();
        for (String s : strings(id, where, names)) {
            SubjectCategory c = Param.category(s);
            if (c == null) {
                throw Problems.fail(id, where, "profile.rule.categories", "profile.rule.categories.unknown", "category", s);
            }
            out.add(c);
        }
        return out;
    }

    /** The list, which must hold no null. */
    private static List<String> strings(String id, String where, List<String> list) {
        if (list.contains(null)) {
            throw Problems.fail(id, where, "profile.list", "profile.list.found", "found", "null");
        }
        return list;
    }

    // ---------------------------------------------------------------- Jackson's failures in our words

    /**
     * A syntax error, told in our words: what kind of fault and where, never the parser's own
     * message (it names the parser's internals and is in English only).
     */
    private static ProfileException malformed(String source, JsonProcessingException e) {
        CoreMessages.Text detail;
        Matcher unexpected = UNEXPECTED_CHARACTER.matcher(String.valueOf(e.getOriginalMessage()));
        if (e instanceof com.fasterxml.jackson.core.io.JsonEOFException) {
            detail = CoreMessages.of("profile.json.endOfFile");
        } else if (unexpected.find()) {
            detail = CoreMessages.of("profile.json.unexpected", "text", unexpected.group(1));
        } else {
            detail = CoreMessages.of("profile.json.syntax");
        }
        CoreMessages.Text t = e.getLocation() == null
                ? CoreMessages.of("profile.json.malformed", "source", source, "detail", detail)
                : CoreMessages.of("profile.json.malformed.at", "source", source, "line", e.getLocation().getLineNr(),
                        "column", e.getLocation().getColumnNr(), "detail", detail);
        return new ProfileException("profile.json", t.vi(), t.en(), e);
    }

    private static ProfileException unknownField(JsonNode tree, UnrecognizedPropertyException e) {
        TreeSet<String> known = new TreeSet<>();
        e.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
        String valid = String.join(", ", known);
        return Problems.fail(idOf(tree), where(e.getPath()), "profile.field.unknown", "profile.field.unknown",
                "field", e.getPropertyName(), "valid", valid);
    }

    /** A value of the wrong JSON type, told by where it is. */
    private static ProfileException wrongType(JsonNode tree, JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        String id = idOf(tree);
        String where = where(path);
        String shape = where.replaceAll("\\[\\d+]", "[]");
        return switch (shape) {
            case "id" -> Problems.fail("", "id", "profile.id", "profile.id.missing");
            case "nameVi", "nameEn" -> Problems.fail(id, where, "profile.name", "profile.field.string", "field", shape);
            case "rules" -> Problems.fail(id, where, "profile.rules", "profile.rules.missing");
            case "rules[]" -> Problems.fail(id, where, "profile.rule", "profile.rule.object");
            case "rules[].type" -> unknownType(id, where, nodeAt(tree, path).toString());
            case "rules[].clause" -> Problems.fail(id, where, "profile.rule.clause", "profile.field.string", "field", "clause");
            case "rules[].kinds", "rules[].categories" -> Problems.fail(id, where, "profile.list", "profile.list");
            case "rules[].kinds[]", "rules[].categories[]" -> Problems.fail(id, where.substring(0, where.lastIndexOf('[')),
                    "profile.list", "profile.list.found", "found", nodeAt(tree, path).toString());
            case "rules[].parameters" -> Problems.fail(id, where, "profile.parameters", "profile.parameters.object");
            default -> Problems.fail(id, where, "profile.json", "profile.value");
        };
    }

    private static ProfileException unknownType(String id, String where, Object given) {
        String known = Arrays.stream(RuleType.values()).map(RuleType::id).collect(Collectors.joining(", "));
        return Problems.fail(id, where, "profile.rule.type", "profile.rule.type", "given", given, "known", known);
    }

    /** The profile's id for messages, when the file has one. */
    private static String idOf(JsonNode tree) {
        JsonNode id = tree.path("id");
        return id.isTextual() ? id.asText() : "";
    }

    /** {@code rules[1].type} for a path of Jackson references. */
    private static String where(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** The value at {@code path}, to quote it as written. */
    private static JsonNode nodeAt(JsonNode tree, List<JsonMappingException.Reference> path) {
        JsonNode n = tree;
        for (JsonMappingException.Reference r : path) {
            n = r.getFieldName() != null ? n.path(r.getFieldName()) : n.path(r.getIndex());
        }
        return n;
    }

    /** A string as a JSON literal, quotes and escapes included. */
    private static String literal(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
