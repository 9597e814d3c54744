package io.github.ghidanh.core.validation;

/**
 * One problem found in a nominee.
 *
 * @param nomineeId the nominee's id (null when the nominee itself is missing)
 * @param path the property path, e.g. {@code citizenId}, {@code achievements[0].description},
 *             {@code assessment}; empty for the nominee as a whole
 * @param clauseId the clause of the letter, e.g. {@code CV-1.e.party}; null for a field rule that
 *                 the letter does not state (text shape, citizen-ID shape, …)
 * @param messageKey the message key, e.g. {@code io.github.ghidanh.cv_1_e.party.rating}
 * @param message the message in the requested locale
 * @param invalidValue the offending value as text: citizen IDs masked ({@code 0011******45}),
 *                     long texts cut to 100 characters, for a clause the offending values
 *                     ({@code rating=HTTNV, threshold=HTXSNV}); may be null
 */
public record Violation(String nomineeId, String path, String clauseId, String messageKey, String message,
        String invalidValue) {
}
