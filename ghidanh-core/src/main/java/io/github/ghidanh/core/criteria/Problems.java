package io.github.ghidanh.core.criteria;

import io.github.ghidanh.core.internal.CoreMessages;

/** Builds the bilingual {@link ProfileException}s of profile building and reading. */
final class Problems {
    private Problems() {
    }

    /**
     * A problem of profile {@code profileId} (empty when unknown) at {@code where} (e.g.
     * {@code rules[2].parameters.threshold}; empty for the whole profile): "Criteria profile "x",
     * where: detail." with the detail {@code detailKey} of the core messages.
     */
    static ProfileException fail(String profileId, String where, String code, String detailKey, Object... namesAndValues) {
        CoreMessages.Text subject = profileId == null || profileId.isEmpty() ? CoreMessages.of("profile.subject")
                : CoreMessages.of("profile.subject.named", "profile", profileId);
        CoreMessages.Text detail = CoreMessages.of(detailKey, namesAndValues);
        CoreMessages.Text t = where == null || where.isEmpty()
                ? CoreMessages.of("profile.problem", "subject", subject, "detail", detail)
                : CoreMessages.of("profile.problem.at", "subject", subject, "where", where, "detail", detail);
        return new ProfileException(code, t.vi(), t.en());
    }
}
