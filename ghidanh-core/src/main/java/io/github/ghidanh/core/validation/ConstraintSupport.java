package io.github.ghidanh.core.validation;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.criteria.internal.Messages;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** What the constraint validators share: the payload, the evaluation date, and how a problem is reported. */
final class ConstraintSupport {
    private ConstraintSupport() {
    }

    /** The {@link CriteriaPayload} the validator was given, or null. */
    static CriteriaPayload payload(ConstraintValidatorContext ctx) {
        HibernateConstraintValidatorContext h = hibernate(ctx);
        return h == null ? null : h.getConstraintValidatorPayload(CriteriaPayload.class);
    }

    /** The payload's profile, else the default profile. */
    static CriteriaProfile profile(CriteriaPayload p) {
        return p == null ? CriteriaProfile.defaultProfile() : p.profile();
    }

    /** The payload's evaluation date, else today by the validator's {@code ClockProvider}. */
    static LocalDate date(CriteriaPayload p, ConstraintValidatorContext ctx) {
        if (p != null && p.evaluationDate() != null) {
            return p.evaluationDate();
        }
        return LocalDate.now(ctx.getClockProvider().getClock());
    }

    private static HibernateConstraintValidatorContext hibernate(ConstraintValidatorContext ctx) {
        try {
            return ctx.unwrap(HibernateConstraintValidatorContext.class);
        } catch (RuntimeException e) {
            return null; // another Bean Validation provider: messages still work, without payload
        }
    }

    /** A {@link FieldChecks.Report} that turns each problem into a violation of {@code ctx}. */
    static FieldChecks.Report reportTo(ConstraintValidatorContext ctx) {
        boolean[] first = {true};
        return (key, values, property) -> {
            if (first[0]) {
                ctx.disableDefaultConstraintViolation();
                first[0] = false;
            }
            report(ctx, null, key, values, property);
        };
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
