package io.github.ghidanh.core.validation.internal;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.criteria.Reason;
import io.github.ghidanh.core.criteria.Rule;
import io.github.ghidanh.core.model.Achievement;
import io.github.ghidanh.core.model.Assessment;
import io.github.ghidanh.core.model.CollectiveNominee;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.ModelNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.Recognition;
import io.github.ghidanh.core.validation.Limits;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Validates a nominee without Hibernate Validator, fast: the same checks ({@link FieldChecks} and the
 * profile's {@link Rule}s), on the same properties, with the same limits ({@link Limits}) and groups
 * as the annotations on the model's records. A test runs both paths on thousands of nominees and
 * requires identical results; change the annotations and this class together. Not part of the API.
 */
public final class DirectPath {
    private DirectPath() {
    }

    /** One problem found: as a Hibernate Validator violation would describe it. */
    public record Found(String path, String leaf, String clauseId, String key, Map<String, Object> values,
            Object invalidValue) {
    }

    public static void validate(Nominee n, boolean submission, CriteriaProfile profile, LocalDate date, List<Found> out) {
        text(out, "id", "id", n.id(), Limits.ID, false);
        text(out, "cellId", "cellId", n.cellId(), Limits.ID, false);
        if (n instanceof ModelNominee m) {
            name(out, m.name(), Limits.NAME, submission);
            text(out, "unit", "unit", m.unit(), Limits.NAME, false);
            text(out, "otherField", "otherField", m.otherField(), Limits.OTHER_NAME, false);
            text(out, "content", "content", m.content(), Limits.LONG_TEXT, true);
            text(out, "novelty", "novelty", m.novelty(), Limits.LONG_TEXT, true);
        } else if (n instanceof CollectiveNominee c) {
            name(out, c.name(), Limits.NAME, submission);
            text(out, "unit", "unit", c.unit(), Limits.NAME, false);
            text(out, "changeVsPrevious", "changeVsPrevious", c.changeVsPrevious(), Limits.LONG_TEXT, true);
            text(out, "effect", "effect", c.effect(), Limits.LONG_TEXT, true);
            text(out, "spread", "spread", c.spread(), Limits.LONG_TEXT, true);
        } else if (n instanceof IndividualNominee i) {
            name(out, i.name(), Limits.PERSON_NAME, submission);
            Integer y = i.yearOfBirth();
            if (y != null) {
                FieldChecks.yearOfBirth(y, Limits.YEAR_OF_BIRTH_MIN, date.getYear(),
                        (k, v, p) -> out.add(new Found("yearOfBirth", "yearOfBirth", null, k, v, y)));
            }
            String cid = i.citizenId();
            if (cid != null) {
                FieldChecks.citizenId(cid, (k, v, p) -> out.add(new Found("citizenId", "citizenId", null, k, v, cid)));
            }
            text(out, "position", "position", i.position(), Limits.NAME, false);
            text(out, "unit", "unit", i.unit(), Limits.NAME, false);
            text(out, "results", "results", i.results(), Limits.LONG_TEXT, true);
            Recognition r = i.recognition();
            if (r != null) {
                text(out, "recognition.body", "body", r.body(), Limits.NAME, false);
            }
        }
        List<Achievement> as = n.achievements();
        for (int k = 0; k < as.size(); k++) {
            Achievement a = as.get(k);
            String prefix = "achievements[" + k + "].";
            if (a.description() != null) {
                text(out, prefix + "description", "description", a.description(), Limits.DESCRIPTION, true);
            }
            if (a.otherType() != null) {
                text(out, prefix + "otherType", "otherType", a.otherType(), Limits.OTHER_NAME, false);
            }
        }
        Assessment as2 = n.assessment();
        if (as2 != null && as2.score() != null) {
            FieldChecks.score(as2, (k, v, p) -> out.add(new Found("assessment." + p, p, null, k, v, as2)));
        }
        if (submission) {
            List<Rule> rules = profile.rules();
            for (int k = 0; k < rules.size(); k++) {
                Rule rule = rules.get(k);
                if (!rule.appliesTo(n)) {
                    continue;
                }
                for (Reason reason : rule.check(n, date)) {
                    String property = ClauseValidators.propertyOf(reason.messageKey());
                    out.add(new Found(property == null ? "" : property, property, reason.clauseId(), reason.messageKey(),
                            reason.values(), n));
                }
            }
        }
    }

    private static void name(List<Found> out, String name, int max, boolean submission) {
        if (submission && !FieldChecks.notBlank(name)) {
            out.add(new Found("name", "name", null, FieldChecks.NAME_REQUIRED, Map.of(), name));
        }
        text(out, "name", "name", name, max, false);
    }

    private static void text(List<Found> out, String path, String leaf, String s, int max, boolean multiline) {
        if (s == null) {
            return;
        }
        FieldChecks.cleanText(s, max, multiline, (k, v, p) -> out.add(new Found(path, leaf, null, k, v, s)));
    }
}
