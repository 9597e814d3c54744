package io.github.ghidanh.core.criteria;

import io.github.ghidanh.core.GhidanhException;
import io.github.ghidanh.core.internal.CoreMessages;

/**
 * The criteria engine was called with a missing argument (no nominee, no profile or no evaluation
 * date). Content problems of a nominee are never reported this way: they are {@link Reason}s.
 */
public final class CriteriaException extends GhidanhException {
    private static final long serialVersionUID = 1L;

    public CriteriaException(String code, String messageVi, String messageEn) {
        super(code, messageVi, messageEn, null);
    }

    /** The argument {@code argumentKey} ({@code criteria.argument.*} of the core messages) is missing. */
    static CriteriaException missing(String argumentKey) {
        CoreMessages.Text t = CoreMessages.of("criteria.argument", "argument", CoreMessages.of(argumentKey));
        return new CriteriaException("criteria.argument", t.vi(), t.en());
    }
}
