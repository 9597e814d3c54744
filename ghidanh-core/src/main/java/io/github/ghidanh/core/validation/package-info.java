/**
 * Validation of nominees: Jakarta Bean Validation constraints on the model (field rules and one
 * class-level constraint per clause of the letter, the latter running the criteria profile's rules),
 * the stages {@link io.github.ghidanh.core.validation.Stages} (draft, submission), and the entry
 * point {@link io.github.ghidanh.core.validation.NomineeValidator} that returns
 * {@link io.github.ghidanh.core.validation.Violation}s in Vietnamese or English. Messages are in
 * {@code ContributorValidationMessages[_vi].properties}. See {@code docs/criteria.md}.
 */
package io.github.ghidanh.core.validation;
