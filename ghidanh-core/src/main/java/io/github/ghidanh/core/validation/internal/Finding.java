package io.github.ghidanh.core.validation.internal;

import java.util.Map;

/**
 * Attached to each violation our constraints raise (Hibernate Validator's dynamic payload): the
 * clause (null for a field rule), the message key and the values the message is made from, so that
 * {@code NomineeValidator} renders the message in any locale without interpolating again. Not part
 * of the API.
 */
public record Finding(String clauseId, String messageKey, Map<String, Object> values) {
    public Finding {
        values = values == null ? Map.of() : values;
    }
}
