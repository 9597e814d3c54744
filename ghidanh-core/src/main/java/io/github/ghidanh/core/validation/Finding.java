package io.github.ghidanh.core.validation;

import java.util.Map;

/**
 * Attached to each violation our constraints raise (Hibernate Validator's dynamic payload): the
 * clause (null for a field rule), the message key and the values the message is made from, so that
 * {@link NomineeValidator} renders the message in any locale without interpolating again.
 */
record Finding(String clauseId, String messageKey, Map<String, Object> values) {
    Finding {
        values = values == null ? Map.of() : values;
    }
}
