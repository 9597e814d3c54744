/**
 * Validation of nominees. The entry point {@link io.github.ghidanh.core.validation.NomineeValidator}
 * returns {@link io.github.ghidanh.core.validation.Violation}s in Vietnamese or English for a
 * {@link io.github.ghidanh.core.validation.Stage} (draft or submission). The rules are declared once,
 * in a table of field rules plus the criteria profile's clause rules; the validator runs them
 * directly, and {@link io.github.ghidanh.core.validation.NomineeConstraints} registers the same rules
 * with Hibernate Validator (Jakarta Bean Validation constraints {@code @CleanText},
 * {@code @CitizenIdShape}, {@code @YearOfBirth}, {@code @ScoreMatchesRating}, {@code @MeetsClause}
 * in the groups of {@link io.github.ghidanh.core.validation.Stages}) for a host's own
 * {@code Validator}; the model's records carry no annotations. Messages are in
 * {@code ContributorValidationMessages[_vi].properties}. See {@code docs/criteria.md}.
 */
package io.github.ghidanh.core.validation;
