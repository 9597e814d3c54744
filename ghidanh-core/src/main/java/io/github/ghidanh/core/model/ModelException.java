package io.github.ghidanh.core.model;

import io.github.ghidanh.core.GhidanhException;
import io.github.ghidanh.core.internal.CoreMessages;

/**
 * A value of the domain model could not be built because a structural argument is missing or
 * inconsistent (for example a {@code null} identifier, a cycle in an organisation tree, a campaign
 * whose deadline precedes its period). Content rules of the letter (CV-…) are not reported this
 * way: they are validation violations, so that a draft may be incomplete.
 *
 * <p>Only the model throws it; its texts are the {@code model.*} messages of the core's bundles.
 */
public final class ModelException extends GhidanhException {
    private static final long serialVersionUID = 1L;

    /**
     * A failure with the stable {@code code} (e.g. {@code tree.empty}) and its texts from the core
     * messages (e.g. {@code CoreMessages.of("model.tree.empty")}).
     */
    ModelException(String code, CoreMessages.Text message) {
        super(code, message.vi(), message.en(), null);
    }

    static ModelException required(String type, String field) {
        return new ModelException("model.required", CoreMessages.of("model.required", "type", type, "field", field));
    }
}
