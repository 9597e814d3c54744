package io.github.ghidanh.core.validation;

import static io.github.ghidanh.core.validation.FieldRule.on;
import static io.github.ghidanh.core.validation.FieldRule.onRecord;

import io.github.ghidanh.core.criteria.RuleType;
import io.github.ghidanh.core.criteria.internal.Keys;
import io.github.ghidanh.core.model.Achievement;
import io.github.ghidanh.core.model.Assessment;
import io.github.ghidanh.core.model.CollectiveNominee;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.ModelNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.NomineeKind;
import io.github.ghidanh.core.model.Recognition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Every validation rule of the nominee records, declared once; the records themselves carry no
 * annotations. Two paths read this table: {@link DirectValidation} runs it without reflection
 * ({@link NomineeValidator}'s default), and {@link NomineeConstraints} registers the same rows with
 * Hibernate Validator as a programmatic constraint mapping (for {@code usingBeanValidation()} and for
 * a host's own {@code Validator}). {@code DirectPathTest} proves the two give identical violations.
 *
 * <ul>
 * <li>{@link #RULES}: the field rules (record, property, check, stage); the message keys are the
 *     check's ({@link FieldChecks}).
 * <li>{@link #CASCADES}: the records inside a nominee whose own rules apply (achievements, the
 *     assessment, the recognition), and the path they are reported under.
 * <li>The clause rules: a nominee record has the clauses of every {@link RuleType} that can apply to
 *     its kind ({@link #clausesOf}); the rules themselves and their message keys come from the
 *     criteria profile in force; {@link #propertyOf} names the property each key is reported on.
 * </ul>
 *
 * <p>The letter sets no length limits; these fit the official forms (a name cell, a one-page summary
 * of achievements).
 */
final class FieldRules {
    private FieldRules() {
    }

    /** Identifiers (nominee id, cell id). */
    static final int ID = 100;
    /** A person's full name. */
    static final int PERSON_NAME = 200;
    /** A model's or collective's name, a unit, a position, a meeting. */
    static final int NAME = 500;
    /** A free-text type or field name ("Khác: …"). */
    static final int OTHER_NAME = 200;
    /** The description of one achievement. */
    static final int DESCRIPTION = 2000;
    /** Content, novelty, change, effect, spread, results. */
    static final int LONG_TEXT = 4000;
    /** The earliest year of birth accepted (the letter sets no age limit: CV-1.a includes "Nhân dân"). */
    static final int YEAR_OF_BIRTH_MIN = 1900;

    private static final List<Class<? extends Nominee>> NOMINEES = List.of(ModelNominee.class,
            CollectiveNominee.class, IndividualNominee.class);

    /** The field rules. */
    static final List<FieldRule> RULES = List.of(
            on(NOMINEES, "id", Nominee::id, text(ID)),
            on(NOMINEES, "cellId", Nominee::cellId, text(ID)),
            on(NOMINEES, "name", Nominee::name, new FieldRule.Required(FieldChecks.NAME_REQUIRED)).atSubmission(),
            on(List.of(ModelNominee.class, CollectiveNominee.class), "name", Nominee::name, text(NAME)),
            on(IndividualNominee.class, "name", IndividualNominee::name, text(PERSON_NAME)),
            on(NOMINEES, "unit", Nominee::unit, text(NAME)),
            on(ModelNominee.class, "otherField", ModelNominee::otherField, text(OTHER_NAME)),
            on(ModelNominee.class, "content", ModelNominee::content, multiline(LONG_TEXT)),
            on(ModelNominee.class, "novelty", ModelNominee::novelty, multiline(LONG_TEXT)),
            on(CollectiveNominee.class, "changeVsPrevious", CollectiveNominee::changeVsPrevious, multiline(LONG_TEXT)),
            on(CollectiveNominee.class, "effect", CollectiveNominee::effect, multiline(LONG_TEXT)),
            on(CollectiveNominee.class, "spread", CollectiveNominee::spread, multiline(LONG_TEXT)),
            on(IndividualNominee.class, "yearOfBirth", IndividualNominee::yearOfBirth,
                    new FieldRule.BirthYear(YEAR_OF_BIRTH_MIN)),
            on(IndividualNominee.class, "citizenId", IndividualNominee::citizenId, new FieldRule.CitizenId()),
            on(IndividualNominee.class, "position", IndividualNominee::position, text(NAME)),
            on(IndividualNominee.class, "results", IndividualNominee::results, multiline(LONG_TEXT)),
            on(Achievement.class, "description", Achievement::description, multiline(DESCRIPTION)),
            on(Achievement.class, "otherType", Achievement::otherType, text(OTHER_NAME)),
            on(Recognition.class, "body", Recognition::body, text(NAME)),
            onRecord(Assessment.class, new FieldRule.ScoreBand()));

    /**
     * A record inside a nominee whose rules apply too, reported under {@code property.} (or
     * {@code property[i].} for each element of a list), as Bean Validation's {@code @Valid} does.
     */
    record Cascade(List<Class<?>> owners, String property, Function<Object, Object> value, boolean elements) {
        Cascade {
            owners = List.copyOf(owners);
        }
    }

    /** The records inside a nominee. */
    static final List<Cascade> CASCADES = List.of(
            cascade(NOMINEES, "achievements", Nominee::achievements, true),
            cascade(NOMINEES, "assessment", Nominee::assessment, false),
            cascade(List.of(IndividualNominee.class), "recognition", IndividualNominee::recognition, false));

    /** The property each clause reason is reported on, by message key; a key not here is on the nominee itself. */
    private static final Map<String, String> CLAUSE_PROPERTY = Map.ofEntries(
            Map.entry(Keys.CV_1_A_CATEGORY_REQUIRED, "categories"),
            Map.entry(Keys.CV_1_B_ACHIEVEMENT_REQUIRED, "achievements"),
            Map.entry(Keys.CV_1_B_ACHIEVEMENT_DESCRIPTION, "achievements"),
            Map.entry(Keys.CV_1_B_ACHIEVEMENT_OTHER_TYPE, "achievements"),
            Map.entry(Keys.CV_1_C_CONTENT_REQUIRED, "content"),
            Map.entry(Keys.CV_1_C_NOVELTY_REQUIRED, "novelty"),
            Map.entry(Keys.CV_1_C_FIELD_REQUIRED, "field"),
            Map.entry(Keys.CV_1_C_FIELD_OTHER_NAME, "otherField"),
            Map.entry(Keys.CV_1_D_CHANGE_REQUIRED, "changeVsPrevious"),
            Map.entry(Keys.CV_1_D_EFFECT_REQUIRED, "effect"),
            Map.entry(Keys.CV_1_D_SPREAD_REQUIRED, "spread"),
            Map.entry(Keys.CV_1_E_RESULTS_REQUIRED, "results"),
            Map.entry(Keys.CV_1_E_RECOGNITION_REQUIRED, "recognition"),
            Map.entry(Keys.CV_1_E_RECOGNITION_MEETING_DATE, "recognition"),
            Map.entry(Keys.CV_1_E_RECOGNITION_MEETING_AFTER, "recognition"),
            Map.entry(Keys.CV_1_E_RECOGNITION_VOTE, "recognition"),
            Map.entry(Keys.CV_1_E_RECOGNITION_VOTE_INVALID, "recognition"),
            Map.entry(Keys.CV_1_E_RECOGNITION_MAJORITY, "recognition"),
            Map.entry(Keys.CV_1_E_PARTY_RATING, "assessment"),
            Map.entry(Keys.CV_1_E_PARTY_RATING_MISSING, "assessment"),
            Map.entry(Keys.CV_2_RATING, "assessment"),
            Map.entry(Keys.CV_2_RATING_MISSING, "assessment"),
            Map.entry(Keys.CV_2_EXEMPLARY, "exemplary"));

    /** The property a clause violation with {@code key} is reported on, or null for the nominee itself. */
    static String propertyOf(String key) {
        return CLAUSE_PROPERTY.get(key);
    }

    /** The record class of a nominee kind. */
    static Class<? extends Nominee> recordOf(NomineeKind kind) {
        return switch (kind) {
            case MODEL -> ModelNominee.class;
            case COLLECTIVE -> CollectiveNominee.class;
            case INDIVIDUAL -> IndividualNominee.class;
        };
    }

    /** The clauses whose rule types can apply to {@code kind}, in rule-type order, each once. */
    static Set<String> clausesOf(NomineeKind kind) {
        Set<String> out = new LinkedHashSet<>();
        for (RuleType t : RuleType.values()) {
            if (t.supportedKinds().contains(kind)) {
                out.add(t.clauseId());
            }
        }
        return out;
    }

    /** The rows and cascades of one record class, resolved once for the direct path. */
    record Plan(FieldRule[] rules, Cascade[] cascades) {
    }

    private static final Plan NONE = new Plan(new FieldRule[0], new Cascade[0]);
    private static final Map<Class<?>, Plan> PLANS = plans();

    /** The rules and cascades of {@code type}; none for a type the table does not name. */
    static Plan plan(Class<?> type) {
        return PLANS.getOrDefault(type, NONE);
    }

    private static Map<Class<?>, Plan> plans() {
        Map<Class<?>, List<FieldRule>> rules = new LinkedHashMap<>();
        Map<Class<?>, List<Cascade>> cascades = new LinkedHashMap<>();
        for (FieldRule r : RULES) {
            for (Class<?> owner : r.owners()) {
                rules.computeIfAbsent(owner, k -> new ArrayList<>()).add(r);
                cascades.computeIfAbsent(owner, k -> new ArrayList<>());
            }
        }
        for (Cascade c : CASCADES) {
            for (Class<?> owner : c.owners()) {
                rules.computeIfAbsent(owner, k -> new ArrayList<>());
                cascades.computeIfAbsent(owner, k -> new ArrayList<>()).add(c);
            }
        }
        Map<Class<?>, Plan> out = new LinkedHashMap<>();
        rules.forEach((type, rs) -> out.put(type,
                new Plan(rs.toArray(new FieldRule[0]), cascades.get(type).toArray(new Cascade[0]))));
        return Map.copyOf(out);
    }

    private static FieldRule.Text text(int max) {
        return new FieldRule.Text(max, false);
    }

    private static FieldRule.Text multiline(int max) {
        return new FieldRule.Text(max, true);
    }

    @SuppressWarnings("unchecked")
    private static <T> Cascade cascade(List<Class<? extends T>> owners, String property, Function<? super T, ?> value,
            boolean elements) {
        return new Cascade(List.<Class<?>>copyOf(owners), property, (Function<Object, Object>) value, elements);
    }
}
