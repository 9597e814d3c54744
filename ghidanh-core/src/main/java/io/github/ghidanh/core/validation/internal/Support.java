package io.github.ghidanh.core.validation.internal;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.criteria.internal.Messages;
import io.github.ghidanh.core.validation.CriteriaPayload;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Shared by the constraint validators. Not part of the API. */
final class Support {
    private Support() {
    }

    static CriteriaPayload payload(ConstraintValidatorContext ctx) {
        HibernateConstraintValidatorContext h = hibernate(ctx);
        CriteriaPayload p = h == null ? null : h.getConstraintValidatorPayload(CriteriaPayload.class);
        return p;
    }

    static CriteriaProfile profile(CriteriaPayload p) {
        return p == null ? CriteriaProfile.defaultProfile() : p.profile();
    }

    static LocalDate date(CriteriaPayload p, ConstraintValidatorContext ctx) {
        if (p != null && p.evaluationDate() != null) {
            return p.evaluationDate();
        }
        return LocalDate.now(ctx.getClockProvider().getClock());
    }

    static HibernateConstraintValidatorContext hibernate(ConstraintValidatorContext ctx) {
        try {
            return ctx.unwrap(HibernateConstraintValidatorContext.class);
        } catch (RuntimeException e) {
            return null; // another Bean Validation provider: messages still work, without payload
        }
    }

    /**
     * Adds one violation with our message key, its parameters and the {@link Finding}; on
     * {@code property} when not null.
     */
    static void report(ConstraintValidatorContext ctx, String clauseId, String key, Map<String, Object> values,
            String property) {
        HibernateConstraintValidatorContext h = hibernate(ctx);
        if (h != null) {
            for (Map.Entry<String, String> e : Messages.parameters(values).entrySet()) {
                h.addMessageParameter(e.getKey(), e.getValue());
            }
            h.withDynamicPayload(new Finding(clauseId, key, values));
        }
        ConstraintValidatorContext.ConstraintViolationBuilder b = ctx.buildConstraintViolationWithTemplate("{" + key + "}");
        if (property != null) {
            b.addPropertyNode(property).addConstraintViolation();
        } else {
            b.addConstraintViolation();
        }
    }
}
