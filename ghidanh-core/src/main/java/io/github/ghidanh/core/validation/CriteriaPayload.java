package io.github.ghidanh.core.validation;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the class-level constraints need besides the nominee: the criteria profile in force and the
 * evaluation date. {@link NomineeValidator} passes it as Hibernate Validator's constraint validator
 * payload; a host that validates with its own Hibernate Validator can do the same:
 * <pre>{@code
 * Validator v = factory.unwrap(HibernateValidatorFactory.class).usingContext()
 *         .constraintValidatorPayload(CriteriaPayload.of(myProfile, LocalDate.of(2023, 6, 5)))
 *         .getValidator();
 * }</pre>
 * Without a payload the constraints use {@link CriteriaProfile#defaultProfile()} and the date of
 * the validator's {@code ClockProvider}.
 *
 * <p>Public because a host needs it: a host that validates with its own Hibernate Validator (built
 * with {@link NomineeConstraints}) has no other way to apply a profile other than the default, or
 * to evaluate as of a fixed date (the cell meeting) instead of today.
 *
 * @param profile the profile; required
 * @param evaluationDate the evaluation date, or null for the validator's clock
 */
public record CriteriaPayload(CriteriaProfile profile, LocalDate evaluationDate) {
    public CriteriaPayload {
        Objects.requireNonNull(profile, "profile");
    }

    public static CriteriaPayload of(CriteriaProfile profile, LocalDate evaluationDate) {
        return new CriteriaPayload(profile, evaluationDate);
    }
}
