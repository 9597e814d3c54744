package io.github.ghidanh.core.criteria;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ghidanh.core.model.NomineeKind;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.model.SubjectCategory;
import io.github.ghidanh.core.text.VietnameseText;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A criteria profile: an ordered list of {@link Rule}s (built-in rule types with their clause,
 * applicability and parameters) that decides who is eligible. A profile is data: build one in code
 * ({@link #builder(String)}, {@link #toBuilder(String)}) or read one from JSON ({@link #fromJson});
 * the engine is never subclassed. Immutable and thread-safe.
 *
 * <p>The {@linkplain #defaultProfile() default profile} is the source letter's (Đảng ủy phường
 * Duyên Hải, Lào Cai, first half of 2022).
 */
public final class CriteriaProfile {
    /** The id of the {@linkplain #defaultProfile() default profile}. */
    public static final String DEFAULT_ID = "lao-cai-duyen-hai-2022-h1";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();

    private final String id;
    private final String nameVi;
    private final String nameEn;
    private final List<Rule> rules;

    private CriteriaProfile(String id, String nameVi, String nameEn, List<Rule> rules) {
        this.id = id;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.rules = rules;
    }

    private static final class Default {
        static final CriteriaProfile INSTANCE = builder(DEFAULT_ID)
                .name("Tiêu chí ghi danh theo Công văn của Đảng ủy phường Duyên Hải (Lào Cai), 6 tháng đầu năm 2022",
                        "Honour-roll criteria of the letter of the Party Committee of Duyên Hải ward (Lào Cai), first half of 2022")
                .rule(Rule.of(RuleType.SUBJECT_CATEGORY))
                .rule(Rule.of(RuleType.CONCRETE_ACHIEVEMENT))
                .rule(Rule.of(RuleType.MODEL_CONTENT))
                .rule(Rule.of(RuleType.COLLECTIVE_CHANGE))
                .rule(Rule.of(RuleType.INDIVIDUAL_RESULTS))
                .rule(Rule.of(RuleType.RECOGNITION_BY_COLLECTIVE))
                .rule(Rule.of(RuleType.PARTY_MEMBER_RATING))
                .rule(Rule.of(RuleType.AGENCY_PROPOSED_EXEMPLARY))
                .build();
    }

    /**
     * The profile of the source letter (Duyên Hải ward, Lào Cai, first half of 2022), id
     * {@value #DEFAULT_ID}: CV-1.a, CV-1.b, CV-1.c, CV-1.d, CV-1.e (results, recognition),
     * CV-1.e.party (threshold HTXSNV), CV-2 (HTXSNV and exemplary), in that order.
     */
    public static CriteriaProfile defaultProfile() {
        return Default.INSTANCE;
    }

    public String id() {
        return id;
    }

    /** The Vietnamese name, e.g. for the directive letter; may be empty. */
    public String nameVi() {
        return nameVi;
    }

    /** The English name; may be empty. */
    public String nameEn() {
        return nameEn;
    }

    /** The rules in evaluation order (the order of a decision's reasons). */
    public List<Rule> rules() {
        return rules;
    }

    /** The rules that cite {@code clauseId}, in order. */
    public List<Rule> rulesFor(String clauseId) {
        List<Rule> out = new ArrayList<>(2);
        for (Rule r : rules) {
            if (r.clauseId().equals(clauseId)) {
                out.add(r);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The rules of {@code type}, in order. */
    public List<Rule> rulesOf(RuleType type) {
        List<Rule> out = new ArrayList<>(2);
        for (Rule r : rules) {
            if (r.type() == type) {
                out.add(r);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The threshold of the (first) party-member rating rule (CV-1.e.party), or null when the profile has none. */
    public Rating partyMemberThreshold() {
        List<Rule> r = rulesOf(RuleType.PARTY_MEMBER_RATING);
        return r.isEmpty() ? null : (Rating) r.get(0).parameters().get("threshold");
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** A builder with this profile's names and rules under a new id. */
    public Builder toBuilder(String newId) {
        Builder b = new Builder(newId).name(nameVi, nameEn);
        b.rules.addAll(rules);
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CriteriaProfile p && p.id.equals(id) && p.nameVi.equals(nameVi) && p.nameEn.equals(nameEn)
                && p.rules.equals(rules);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, rules);
    }

    @Override
    public String toString() {
        return "CriteriaProfile[" + id + ", " + rules.size() + " rules]";
    }

    /** Builds a {@link CriteriaProfile}; {@link #build()} throws {@link ProfileException}. */
    public static final class Builder {
        private final String id;
        private String nameVi = "";
        private String nameEn = "";
        private final List<Rule> rules = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        public Builder name(String vi, String en) {
            this.nameVi = vi == null ? "" : VietnameseText.nfc(vi.strip());
            this.nameEn = en == null ? "" : VietnameseText.nfc(en.strip());
            return this;
        }

        /** Appends a rule (rules are evaluated in the order added). */
        public Builder rule(Rule rule) {
            this.rules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /** Appends a rule of {@code type} with its defaults. */
        public Builder rule(RuleType type) {
            return rule(Rule.of(type));
        }

        /** Appends a rule of {@code type} with these parameters (the others default). */
        public Builder rule(RuleType type, Map<String, ?> parameters) {
            Rule.Builder b = Rule.builder(type);
            if (parameters != null) {
                parameters.forEach(b::parameter);
            }
            return rule(b.build(id, "rules[" + rules.size() + "]"));
        }

        /** Removes every rule of {@code type}. */
        public Builder without(RuleType type) {
            rules.removeIf(r -> r.type() == type);
            return this;
        }

        /**
         * Sets a parameter on every rule of {@code type}, e.g. {@code parameter(PARTY_MEMBER_RATING,
         * "threshold", Rating.HTTNV)}; fails when the profile has no such rule.
         */
        public Builder parameter(RuleType type, String name, Object value) {
            boolean found = false;
            for (int i = 0; i < rules.size(); i++) {
                Rule r = rules.get(i);
                if (r.type() == type) {
                    rules.set(i, r.toBuilder().parameter(name, value).build(id, "rules[" + i + "]"));
                    found = true;
                }
            }
            if (!found) {
                throw Problems.fail(id, "", "profile.rule.absent",
                        "không có quy tắc \"" + type.id() + "\" để đặt tham số \"" + name + "\"",
                        "there is no rule \"" + type.id() + "\" to set parameter \"" + name + "\" on");
            }
            return this;
        }

        public CriteriaProfile build() {
            if (id == null || !ID.matcher(id).matches()) {
                throw Problems.fail("", "id", "profile.id",
                        "mã hồ sơ \"" + id + "\" không hợp lệ; cần 1–100 ký tự chữ Latin không dấu, số, '.', '_' hoặc '-'",
                        "the profile id \"" + id + "\" is invalid; use 1–100 ASCII letters, digits, '.', '_' or '-'");
            }
            if (rules.isEmpty()) {
                throw Problems.fail(id, "rules", "profile.rules.empty", "hồ sơ phải có ít nhất một quy tắc",
                        "a profile needs at least one rule");
            }
            return new CriteriaProfile(id, nameVi, nameEn, List.copyOf(rules));
        }
    }

    // ---------------------------------------------------------------- JSON

    /** Reads a profile from a JSON file (UTF-8). See {@code docs/criteria.md} for the format. */
    public static CriteriaProfile fromJson(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return fromJson(in, file.toString());
        } catch (IOException e) {
            throw new ProfileException("profile.io", "Không đọc được tệp hồ sơ tiêu chí " + file + ": " + e.getMessage() + ".",
                    "Cannot read the criteria profile file " + file + ": " + e.getMessage() + ".", e);
        }
    }

    /** Reads a profile from a JSON stream (UTF-8); the stream is not closed. */
    public static CriteriaProfile fromJson(InputStream in) {
        return fromJson(in, "JSON");
    }

    /** Reads a profile from JSON text. */
    public static CriteriaProfile fromJson(String json) {
        Objects.requireNonNull(json, "json");
        return fromJson(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "JSON");
    }

    /** Reads a profile from a JSON reader; the reader is not closed. */
    public static CriteriaProfile fromJson(Reader reader) {
        Objects.requireNonNull(reader, "reader");
        JsonNode root;
        try {
            root = JSON.readTree(reader);
        } catch (JsonProcessingException e) {
            throw malformed("JSON", e);
        } catch (IOException e) {
            throw new ProfileException("profile.io", "Không đọc được hồ sơ tiêu chí: " + e.getMessage() + ".",
                    "Cannot read the criteria profile: " + e.getMessage() + ".", e);
        }
        return fromTree(root);
    }

    private static CriteriaProfile fromJson(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw malformed(source, e);
        } catch (IOException e) {
            throw new ProfileException("profile.io", "Không đọc được hồ sơ tiêu chí " + source + ": " + e.getMessage() + ".",
                    "Cannot read the criteria profile " + source + ": " + e.getMessage() + ".", e);
        }
        return fromTree(root);
    }

    private static ProfileException malformed(String source, JsonProcessingException e) {
        String locVi = e.getLocation() == null ? ""
                : " (dòng " + e.getLocation().getLineNr() + ", cột " + e.getLocation().getColumnNr() + ")";
        String locEn = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        String detail = String.valueOf(e.getOriginalMessage());
        int cut = detail.indexOf(" (start marker");
        if (cut < 0) {
            cut = detail.indexOf("\n");
        }
        if (cut > 0) {
            detail = detail.substring(0, cut);
        }
        return new ProfileException("profile.json",
                "Hồ sơ tiêu chí " + source + " không phải JSON hợp lệ" + locVi + ": " + detail + ".",
                "The criteria profile " + source + " is not valid JSON" + locEn + ": " + detail + ".", e);
    }

    private static final Set<String> PROFILE_FIELDS = Set.of("id", "nameVi", "nameEn", "rules");
    private static final Set<String> RULE_FIELDS = Set.of("type", "clause", "kinds", "categories", "parameters");

    private static CriteriaProfile fromTree(JsonNode root) {
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw Problems.fail("", "", "profile.json", "tệp phải là một đối tượng JSON { … }",
                    "the file must be one JSON object { … }");
        }
        String id = root.path("id").isTextual() ? root.get("id").asText() : null;
        if (id == null) {
            throw Problems.fail("", "id", "profile.id", "thiếu mã hồ sơ (\"id\", một chuỗi)",
                    "the profile id (\"id\", a string) is missing");
        }
        unknownFields(id, "", root, PROFILE_FIELDS);
        Builder b = builder(id).name(text(id, root, "nameVi"), text(id, root, "nameEn"));
        JsonNode rules = root.get("rules");
        if (rules == null || !rules.isArray()) {
            throw Problems.fail(id, "rules", "profile.rules", "thiếu danh sách quy tắc (\"rules\", một mảng)",
                    "the list of rules (\"rules\", an array) is missing");
        }
        for (int i = 0; i < rules.size(); i++) {
            String where = "rules[" + i + "]";
            JsonNode r = rules.get(i);
            if (!r.isObject()) {
                throw Problems.fail(id, where, "profile.rule", "mỗi quy tắc phải là một đối tượng JSON",
                        "each rule must be a JSON object");
            }
            unknownFields(id, where, r, RULE_FIELDS);
            JsonNode t = r.get("type");
            RuleType type = t != null && t.isTextual() ? RuleType.byId(t.asText()) : null;
            if (type == null) {
                StringBuilder known = new StringBuilder();
                for (RuleType rt : RuleType.values()) {
                    known.append(known.length() == 0 ? "" : ", ").append(rt.id());
                }
                throw Problems.fail(id, where + ".type", "profile.rule.type",
                        "loại quy tắc " + (t == null ? "(thiếu)" : t.toString()) + " không tồn tại; các loại có sẵn: " + known,
                        "unknown rule type " + (t == null ? "(missing)" : t.toString()) + "; the built-in types are: " + known);
            }
            Rule.Builder rb = Rule.builder(type);
            JsonNode clause = r.get("clause");
            if (clause != null) {
                rb.clauseId(clause.isTextual() ? clause.asText() : clause.toString());
            }
            if (r.has("kinds")) {
                List<NomineeKind> kinds = new ArrayList<>();
                for (String s : strings(id, where + ".kinds", r.get("kinds"))) {
                    NomineeKind k = null;
                    for (NomineeKind nk : NomineeKind.values()) {
                        if (nk.name().equals(s.strip().toUpperCase(Locale.ROOT))) {
                            k = nk;
                        }
                    }
                    if (k == null) {
                        throw Problems.fail(id, where + ".kinds", "profile.rule.kinds",
                                "loại đối tượng \"" + s + "\" không tồn tại; dùng MODEL, COLLECTIVE hoặc INDIVIDUAL",
                                "unknown nominee kind \"" + s + "\"; use MODEL, COLLECTIVE or INDIVIDUAL");
                    }
                    kinds.add(k);
                }
                rb.kinds(kinds);
            }
            if (r.has("categories")) {
                List<SubjectCategory> cats = new ArrayList<>();
                for (String s : strings(id, where + ".categories", r.get("categories"))) {
                    SubjectCategory c = io.github.ghidanh.core.criteria.internal.Param.category(s);
                    if (c == null) {
                        throw Problems.fail(id, where + ".categories", "profile.rule.categories",
                                "đối tượng \"" + s + "\" không tồn tại; dùng CAN_BO, DANG_VIEN, CONG_CHUC, VIEN_CHUC, CHIEN_SI_LLVT hoặc NHAN_DAN",
                                "unknown subject category \"" + s + "\"; use CAN_BO, DANG_VIEN, CONG_CHUC, VIEN_CHUC, CHIEN_SI_LLVT or NHAN_DAN");
                    }
                    cats.add(c);
                }
                rb.categories(cats);
            }
            JsonNode params = r.get("parameters");
            if (params != null) {
                if (!params.isObject()) {
                    throw Problems.fail(id, where + ".parameters", "profile.parameters",
                            "\"parameters\" phải là một đối tượng JSON", "\"parameters\" must be a JSON object");
                }
                Iterator<Map.Entry<String, JsonNode>> it = params.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    rb.parameter(e.getKey(), value(e.getValue()));
                }
            }
            b.rule(rb.build(id, where));
        }
        return b.build();
    }

    private static String text(String id, JsonNode root, String field) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw Problems.fail(id, field, "profile.name", "\"" + field + "\" phải là một chuỗi",
                    "\"" + field + "\" must be a string");
        }
        return n.asText();
    }

    private static void unknownFields(String id, String where, JsonNode node, Set<String> known) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!known.contains(n)) {
                throw Problems.fail(id, where.isEmpty() ? n : where + "." + n, "profile.field.unknown",
                        "trường \"" + n + "\" không được hỗ trợ; các trường hợp lệ: " + String.join(", ", new java.util.TreeSet<>(known)),
                        "field \"" + n + "\" is not supported; valid fields: " + String.join(", ", new java.util.TreeSet<>(known)));
            }
        }
    }

    private static List<String> strings(String id, String where, JsonNode n) {
        if (n == null || !n.isArray()) {
            throw Problems.fail(id, where, "profile.list", "cần một mảng chuỗi", "expected an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : n) {
            if (!e.isTextual()) {
                throw Problems.fail(id, where, "profile.list", "cần một mảng chuỗi, có " + e, "expected an array of strings, found " + e);
            }
            out.add(e.asText());
        }
        return out;
    }

    private static Object value(JsonNode n) {
        if (n.isTextual()) {
            return n.asText();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isInt() || n.isLong()) {
            return n.longValue();
        }
        if (n.isArray()) {
            List<Object> out = new ArrayList<>();
            for (JsonNode e : n) {
                out.add(value(e));
            }
            return out;
        }
        return n.toString();
    }

    /** This profile as JSON in the format {@link #fromJson} reads (every parameter written out). */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", id);
        root.put("nameVi", nameVi);
        root.put("nameEn", nameEn);
        ArrayNode rs = root.putArray("rules");
        for (Rule r : rules) {
            ObjectNode o = rs.addObject();
            o.put("type", r.type().id());
            o.put("clause", r.clauseId());
            ArrayNode k = o.putArray("kinds");
            r.kinds().forEach(x -> k.add(x.name()));
            ArrayNode c = o.putArray("categories");
            r.categories().forEach(x -> c.add(x.name()));
            ObjectNode p = o.putObject("parameters");
            for (Map.Entry<String, Object> e : r.parameters().entrySet()) {
                Object v = e.getValue();
                if (v instanceof Integer i) {
                    p.put(e.getKey(), i);
                } else if (v instanceof Boolean bo) {
                    p.put(e.getKey(), bo);
                } else if (v instanceof Collection<?> col) {
                    ArrayNode a = p.putArray(e.getKey());
                    col.forEach(x -> a.add(String.valueOf(x)));
                } else {
                    p.put(e.getKey(), String.valueOf(v));
                }
            }
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
