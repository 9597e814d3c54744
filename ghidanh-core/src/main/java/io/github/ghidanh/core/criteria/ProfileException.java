package io.github.ghidanh.core.criteria;

import io.github.ghidanh.core.GhidanhException;

/**
 * A criteria profile could not be built or read: an unknown rule type, an unknown or invalid
 * parameter, a malformed JSON file, a clause id that does not match the rule type. The message
 * names the profile and the place in it (e.g. {@code rules[2].parameters.threshold}).
 */
public final class ProfileException extends GhidanhException {
    private static final long serialVersionUID = 1L;

    public ProfileException(String code, String messageVi, String messageEn) {
        super(code, messageVi, messageEn, null);
    }

    public ProfileException(String code, String messageVi, String messageEn, Throwable cause) {
        super(code, messageVi, messageEn, cause);
    }
}
