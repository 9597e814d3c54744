package io.github.ghidanh.core.criteria;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Why a nominee is not eligible: the clause of the letter, the message key, the offending values
 * and the message in Vietnamese and English.
 *
 * @param clauseId the clause id, e.g. "CV-1.e.party"
 * @param messageKey the message key, e.g. "io.github.ghidanh.cv_1_e.party.rating"
 * @param values the offending values by name (ordered), e.g. {@code rating=HTTNV, threshold=HTXSNV}
 * @param messageVi the message in Vietnamese
 * @param messageEn the message in English
 */
public record Reason(String clauseId, String messageKey, Map<String, Object> values, String messageVi,
        String messageEn) {
    public Reason {
        Objects.requireNonNull(clauseId, "clauseId");
        Objects.requireNonNull(messageKey, "messageKey");
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The message in the given locale: Vietnamese for "vi", English otherwise. */
    public String message(java.util.Locale locale) {
        return locale != null && "vi".equals(locale.getLanguage()) ? messageVi : messageEn;
    }
}
