package io.github.ghidanh.core.model;

import io.github.ghidanh.core.GhidanhException;

/**
 * A value of the domain model could not be built because a structural argument is missing or
 * inconsistent (for example a {@code null} identifier, a cycle in an organisation tree, a campaign
 * whose deadline precedes its period). Content rules of the letter (CV-…) are not reported this
 * way: they are validation violations, so that a draft may be incomplete.
 */
public final class ModelException extends GhidanhException {
    private static final long serialVersionUID = 1L;

    public ModelException(String code, String messageVi, String messageEn) {
        super(code, messageVi, messageEn, null);
    }

    static ModelException required(String type, String field) {
        return new ModelException("model.required",
                "Thiếu giá trị bắt buộc: " + type + "." + field + " không được để trống.",
                "Missing required value: " + type + "." + field + " must not be null.");
    }
}
