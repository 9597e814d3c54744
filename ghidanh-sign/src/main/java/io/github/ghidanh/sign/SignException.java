package io.github.ghidanh.sign;

import io.github.ghidanh.core.GhidanhException;

/**
 * Every failure of signing and verifying: an unreadable PDF or image, a signature that does not fit
 * the space reserved for it, a CMS signature that is not over the prepared digest, a time-stamp
 * authority that does not answer. The message is in Vietnamese and in English; {@link #code()} is
 * stable (e.g. {@code sign.cms.digest}).
 */
public final class SignException extends GhidanhException {
    private static final long serialVersionUID = 1L;

    /**
     * A failure.
     *
     * @param code the stable code
     * @param messageVi the message in Vietnamese
     * @param messageEn the message in English
     * @param cause the cause, or null
     */
    public SignException(String code, String messageVi, String messageEn, Throwable cause) {
        super(code, messageVi, messageEn, cause);
    }
}
