package io.github.ghidanh.core.criteria;

import io.github.ghidanh.core.GhidanhException;

/**
 * The criteria engine was called with a missing argument (no nominee, no profile or no evaluation
 * date). Content problems of a nominee are never reported this way: they are {@link Reason}s.
 */
public final class CriteriaException extends GhidanhException {
    private static final long serialVersionUID = 1L;

    public CriteriaException(String code, String messageVi, String messageEn) {
        super(code, messageVi, messageEn, null);
    }

    static CriteriaException missing(String argumentVi, String argumentEn) {
        return new CriteriaException("criteria.argument",
                "Không thể đánh giá: thiếu " + argumentVi + ".",
                "Cannot evaluate: the " + argumentEn + " is missing.");
    }
}
