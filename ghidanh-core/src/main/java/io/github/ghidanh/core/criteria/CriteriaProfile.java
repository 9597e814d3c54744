package io.github.ghidanh.core.criteria;

import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.text.VietnameseText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
                throw Problems.fail(id, "", "profile.rule.absent", "profile.rule.absent", "type", type.id(),
                        "parameter", name);
            }
            return this;
        }

        public CriteriaProfile build() {
            if (id == null || !ID.matcher(id).matches()) {
                throw Problems.fail("", "id", "profile.id", "profile.id.invalid", "id", id);
            }
            if (rules.isEmpty()) {
                throw Problems.fail(id, "rules", "profile.rules.empty", "profile.rules.empty");
            }
            return new CriteriaProfile(id, nameVi, nameEn, List.copyOf(rules));
        }
    }

    // ---------------------------------------------------------------- JSON

    /** Reads a profile from a JSON file (UTF-8). See {@code docs/criteria.md} for the format. */
    public static CriteriaProfile fromJson(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return ProfileJson.read(in, file.toString());
        } catch (IOException e) {
            throw ProfileJson.io("profile.io.file", e, "file", file);
        }
    }

    /** Reads a profile from a JSON stream (UTF-8); the stream is not closed. */
    public static CriteriaProfile fromJson(InputStream in) {
        return ProfileJson.read(Objects.requireNonNull(in, "in"), "JSON");
    }

    /** Reads a profile from JSON text. */
    public static CriteriaProfile fromJson(String json) {
        Objects.requireNonNull(json, "json");
        return ProfileJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "JSON");
    }

    /** Reads a profile from a JSON reader; the reader is not closed. */
    public static CriteriaProfile fromJson(Reader reader) {
        return ProfileJson.read(Objects.requireNonNull(reader, "reader"));
    }

    /** This profile as JSON in the format {@link #fromJson} reads (every parameter written out). */
    public String toJson() {
        return ProfileJson.write(this);
    }
}
