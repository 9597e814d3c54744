package io.github.ghidanh.core.criteria;

import io.github.ghidanh.core.criteria.internal.Check;
import io.github.ghidanh.core.criteria.internal.Messages;
import io.github.ghidanh.core.criteria.internal.Param;
import io.github.ghidanh.core.internal.CoreMessages;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.NomineeKind;
import io.github.ghidanh.core.model.SubjectCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One rule of a {@link CriteriaProfile}: a built-in {@link RuleType}, the nominee kinds and subject
 * categories it applies to, and its parameters. Immutable and thread-safe; its check is compiled
 * once, when the rule is built. The Bean Validation constraints of
 * {@code io.github.ghidanh.core.validation} call {@link #check} of the profile's rules, so the
 * engine and the constraints share one implementation of each clause.
 */
public final class Rule {
    private final RuleType type;
    private final Set<NomineeKind> kinds;
    private final Set<SubjectCategory> categories;
    private final Map<String, Object> parameters;
    private final Check check;
    private final Map<String, Messages.Template> templates;

    private Rule(RuleType type, Set<NomineeKind> kinds, Set<SubjectCategory> categories, Map<String, Object> parameters) {
        this.type = type;
        this.kinds = kinds;
        this.categories = categories;
        this.parameters = parameters;
        this.check = type.compile(parameters);
        Map<String, Messages.Template> t = new HashMap<>();
        for (String key : type.messageKeys()) {
            t.put(key, Messages.get().template(key));
        }
        this.templates = t;
    }

    /** A rule of {@code type} with its default applicability and parameters. */
    public static Rule of(RuleType type) {
        return builder(type).build();
    }

    public static Builder builder(RuleType type) {
        return new Builder(Objects.requireNonNull(type, "type"));
    }

    /** A builder starting from this rule. */
    public Builder toBuilder() {
        Builder b = new Builder(type);
        b.kinds = EnumSet.noneOf(NomineeKind.class);
        b.kinds.addAll(kinds);
        b.categories = categories.isEmpty() ? EnumSet.noneOf(SubjectCategory.class) : EnumSet.copyOf(categories);
        b.categoriesSet = true;
        b.parameters.putAll(parameters);
        return b;
    }

    public RuleType type() {
        return type;
    }

    /** The clause the rule cites, e.g. {@code CV-1.e.party}. */
    public String clauseId() {
        return type.clauseId();
    }

    /** The nominee kinds the rule applies to. */
    public Set<NomineeKind> kinds() {
        return kinds;
    }

    /** The subject categories the rule applies to (an individual with any of them); empty: every nominee. */
    public Set<SubjectCategory> categories() {
        return categories;
    }

    /** Every parameter with its value (the type's defaults filled in), in the type's order. */
    public Map<String, Object> parameters() {
        return parameters;
    }

    /** Whether the rule applies to the nominee (its kind and, if the rule names categories, its categories). */
    public boolean appliesTo(Nominee nominee) {
        if (!kinds.contains(nominee.kind())) {
            return false;
        }
        if (categories.isEmpty()) {
            return true;
        }
        if (!(nominee instanceof IndividualNominee i)) {
            return false;
        }
        for (SubjectCategory c : i.categories()) {
            if (categories.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The reasons the nominee fails this rule, in a fixed order; empty when it passes or the rule
     * does not apply. Pure: the evaluation date is a parameter.
     */
    public List<Reason> check(Nominee nominee, LocalDate evaluationDate) {
        List<Reason> out = new ArrayList<>(2);
        checkInto(nominee, evaluationDate, out);
        return out.isEmpty() ? List.of() : Collections.unmodifiableList(out);
    }

    void checkInto(Nominee nominee, LocalDate evaluationDate, List<Reason> out) {
        if (!appliesTo(nominee)) {
            return;
        }
        check.run(nominee, evaluationDate, (key, values) -> {
            Messages.Template t = templates.get(key);
            out.add(new Reason(type.clauseId(), key, values, t.render(true, values), t.render(false, values)));
        });
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rule r && r.type == type && r.kinds.equals(kinds) && r.categories.equals(categories)
                && r.parameters.equals(parameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, kinds, categories, parameters);
    }

    @Override
    public String toString() {
        return type.id() + " (" + type.clauseId() + ") kinds=" + kinds + " categories=" + categories + " " + parameters;
    }

    /** Builds a {@link Rule}; {@link #build()} throws {@link ProfileException} for bad parameters. */
    public static final class Builder {
        private final RuleType type;
        private EnumSet<NomineeKind> kinds;
        private EnumSet<SubjectCategory> categories;
        private boolean categoriesSet;
        private String clauseId;
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        private Builder(RuleType type) {
            this.type = type;
        }

        /** Restricts the rule to these kinds (each must be supported by the type); default: all the type supports. */
        public Builder kinds(Collection<NomineeKind> v) {
            this.kinds = EnumSet.noneOf(NomineeKind.class);
            if (v != null) {
                v.forEach(k -> this.kinds.add(Objects.requireNonNull(k, "kind")));
            }
            return this;
        }

        public Builder kinds(NomineeKind... v) {
            return kinds(List.of(v));
        }

        /** Restricts the rule to individuals of any of these categories; empty: every nominee. Default: the type's. */
        public Builder categories(Collection<SubjectCategory> v) {
            this.categories = EnumSet.noneOf(SubjectCategory.class);
            if (v != null) {
                v.forEach(c -> this.categories.add(Objects.requireNonNull(c, "category")));
            }
            this.categoriesSet = true;
            return this;
        }

        public Builder categories(SubjectCategory... v) {
            return categories(List.of(v));
        }

        /** States the clause id; it must be the type's (a check against a mistyped profile). */
        public Builder clauseId(String v) {
            this.clauseId = v;
            return this;
        }

        /** Sets a parameter: a {@code Rating} or its name/label, an integer, a boolean, or a collection of categories. */
        public Builder parameter(String name, Object value) {
            this.parameters.put(name, value);
            return this;
        }

        public Rule build() {
            return build("", "rule " + type.id());
        }

        Rule build(String profileId, String where) {
            if (clauseId != null && !clauseId.strip().equals(type.clauseId())) {
                throw Problems.fail(profileId, where, "profile.rule.clause", "profile.rule.clause",
                        "type", type.id(), "clause", type.clauseId(), "given", clauseId);
            }
            Set<NomineeKind> k;
            if (kinds == null) {
                k = type.supportedKinds();
            } else {
                if (kinds.isEmpty()) {
                    throw Problems.fail(profileId, where + ".kinds", "profile.rule.kinds", "profile.rule.kinds.empty");
                }
                for (NomineeKind nk : kinds) {
                    if (!type.supportedKinds().contains(nk)) {
                        throw Problems.fail(profileId, where + ".kinds", "profile.rule.kinds",
                                "profile.rule.kinds.unsupported", "type", type.id(), "kind", nk,
                                "supported", type.supportedKinds());
                    }
                }
                k = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
            }
            Set<SubjectCategory> c;
            if (!categoriesSet) {
                c = type.defaultCategories();
            } else {
                c = categories.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(categories));
            }
            Map<String, Object> canonical = new LinkedHashMap<>();
            for (String name : parameters.keySet()) {
                if (type.params().stream().noneMatch(p -> p.name().equals(name))) {
                    Object valid = type.params().isEmpty() ? CoreMessages.of("profile.parameter.none")
                            : type.params().stream().map(Param::name).collect(Collectors.joining(", "));
                    throw Problems.fail(profileId, where + ".parameters." + name, "profile.parameter.unknown",
                            "profile.parameter.unknown", "type", type.id(), "parameter", name, "valid", valid);
                }
            }
            for (Param p : type.params()) {
                Object value = parameters.containsKey(p.name()) ? parameters.get(p.name()) : p.defaultValue();
                Object v = p.convert(value);
                if (v == null) {
                    throw Problems.fail(profileId, where + ".parameters." + p.name(), "profile.parameter.invalid",
                            "profile.parameter.invalid", "value", value, "parameter", p.name(),
                            "description", new CoreMessages.Text(p.descriptionVi(), p.descriptionEn()),
                            "expected", new CoreMessages.Text(p.expectedVi(), p.expectedEn()));
                }
                canonical.put(p.name(), v);
            }
            return new Rule(type, k, c, Collections.unmodifiableMap(canonical));
        }
    }
}
