package io.github.ghidanh.core.validation;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.criteria.Reason;
import io.github.ghidanh.core.criteria.Rule;
import io.github.ghidanh.core.model.Nominee;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Validates a nominee without Bean Validation, fast: the rows of {@link FieldRules} that apply to its
 * record and to the records inside it, then, on submission, the profile's {@link Rule}s. The table's
 * getters are method references, so nothing is looked up reflectively. Each problem is described as
 * Hibernate Validator describes the violation of the same row (path, leaf property, invalid value),
 * so that {@link NomineeValidator} turns both into the same {@link Violation}.
 *
 * <p>One instance per validation: it remembers the row being checked while the check reports.
 */
final class DirectValidation implements FieldChecks.Report {

    /** One problem found, as a Hibernate Validator violation would describe it. */
    record Found(String path, String leaf, String clauseId, String key, Map<String, Object> values,
            Object invalidValue) {
    }

    private final List<Found> out;
    private final Stage stage;
    private final LocalDate date;
    /** The row being checked, the path of the record it is on ("" or "achievements[0].") and its value. */
    private FieldRule rule;
    private String prefix;
    private Object value;

    private DirectValidation(List<Found> out, Stage stage, LocalDate date) {
        this.out = out;
        this.stage = stage;
        this.date = date;
    }

    /** Adds to {@code out} every problem of {@code nominee} at {@code stage}. */
    static void validate(Nominee nominee, Stage stage, CriteriaProfile profile, LocalDate date, List<Found> out) {
        new DirectValidation(out, stage, date).check(nominee, "");
        if (stage != Stage.SUBMISSION) {
            return;
        }
        for (Rule rule : profile.rules()) {
            if (!rule.appliesTo(nominee)) {
                continue;
            }
            for (Reason reason : rule.check(nominee, date)) {
                String property = FieldRules.propertyOf(reason.messageKey());
                out.add(new Found(property == null ? "" : property, property, reason.clauseId(), reason.messageKey(),
                        reason.values(), nominee));
            }
        }
    }

    private void check(Object record, String path) {
        FieldRules.Plan plan = FieldRules.plan(record.getClass());
        for (FieldRule r : plan.rules()) {
            if (!r.appliesAt(stage)) {
                continue;
            }
            Object v = r.value().apply(record);
            if (v == null && !r.check().checksNull()) {
                continue;
            }
            this.rule = r;
            this.prefix = path;
            this.value = v;
            r.check().run(v, date, this);
        }
        for (FieldRules.Cascade c : plan.cascades()) {
            Object v = c.value().apply(record);
            if (v == null) {
                continue;
            }
            if (c.elements()) {
                List<?> list = (List<?>) v;
                for (int i = 0; i < list.size(); i++) {
                    Object element = list.get(i);
                    if (element != null) {
                        check(element, path + c.property() + "[" + i + "].");
                    }
                }
            } else {
                check(v, path + c.property() + ".");
            }
        }
    }

    /** A problem of the row being checked, on {@code property} of the value when the check names one. */
    @Override
    public void add(String key, Map<String, Object> values, String property) {
        String leaf = property != null ? property : rule.property();
        String path = leaf != null ? prefix + leaf
                : prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1);
        out.add(new Found(path, leaf, null, key, values, value));
    }
}
