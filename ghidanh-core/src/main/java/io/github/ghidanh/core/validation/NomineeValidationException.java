package io.github.ghidanh.core.validation;

import io.github.ghidanh.core.GhidanhException;

/**
 * Validation itself could not run: Bean Validation could not be bootstrapped, or the host's
 * {@code Validator} (or one of the host's own constraints) failed. Problems of a nominee are never
 * reported this way: they are {@link Violation}s.
 */
public final class NomineeValidationException extends GhidanhException {
    private static final long serialVersionUID = 1L;

    public NomineeValidationException(String code, String messageVi, String messageEn, Throwable cause) {
        super(code, messageVi, messageEn, cause);
    }
}
