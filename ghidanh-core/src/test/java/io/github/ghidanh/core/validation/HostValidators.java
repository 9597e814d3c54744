package io.github.ghidanh.core.validation;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * A host's own Hibernate Validator, configured as a host would (no EL, the nominee rules registered
 * with {@link NomineeConstraints}), messages fixed to one locale.
 */
final class HostValidators {
    private HostValidators() {
    }

    static final ValidatorFactory FACTORY = NomineeConstraints.addTo(Validation.byProvider(HibernateValidator.class)
            .configure()).messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();

    static Validator inLocale(Locale locale, CriteriaPayload payload) {
        MessageInterpolator base = new ParameterMessageInterpolator(Set.of(Locale.forLanguageTag("vi"), Locale.ENGLISH),
                Locale.forLanguageTag("vi"), false);
        MessageInterpolator fixed = new MessageInterpolator() {
            @Override
            public String interpolate(String t, Context c) {
                return base.interpolate(t, c, locale);
            }

            @Override
            public String interpolate(String t, Context c, Locale l) {
                return base.interpolate(t, c, locale);
            }
        };
        var ctx = FACTORY.unwrap(HibernateValidatorFactory.class).usingContext().messageInterpolator(fixed);
        if (payload != null) {
            ctx.constraintValidatorPayload(payload);
        }
        return ctx.getValidator();
    }
}
