package io.github.ghidanh.core.model;

import io.github.ghidanh.core.internal.Args;

/**
 * One concrete achievement (CV-1.b).
 *
 * @param type the type from the taxonomy; required
 * @param description what was done, concretely (e.g. "Hiến máu tình nguyện 12 lần")
 * @param otherType the name of the type when {@code type} is OTHER; null otherwise
 */
public record Achievement(AchievementType type, String description, String otherType) {
    public Achievement {
        type = Args.required(type, f -> ModelException.required("Achievement", f), "type");
        description = Args.nfc(description);
        otherType = Args.nfc(otherType);
    }

    public static Achievement of(AchievementType type, String description) {
        return new Achievement(type, description, null);
    }

    public static Achievement other(String otherType, String description) {
        return new Achievement(AchievementType.OTHER, description, otherType);
    }
}
