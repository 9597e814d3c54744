package io.github.ghidanh.core.validation;

/**
 * The length limits of the model's texts, used by the {@link CleanText} annotations on the model's
 * records and by {@link NomineeValidator}'s own checks (one definition for both). The letter sets no
 * limits; these fit the official forms (a name cell, a one-page summary of achievements).
 */
public final class Limits {
    private Limits() {
    }

    /** Identifiers (nominee id, cell id). */
    public static final int ID = 100;
    /** A person's full name. */
    public static final int PERSON_NAME = 200;
    /** A model's or collective's name, a unit, a position, a meeting. */
    public static final int NAME = 500;
    /** A free-text type or field name ("Khác: …"). */
    public static final int OTHER_NAME = 200;
    /** The description of one achievement. */
    public static final int DESCRIPTION = 2000;
    /** Content, novelty, change, effect, spread, results. */
    public static final int LONG_TEXT = 4000;
    /** The earliest year of birth accepted. */
    public static final int YEAR_OF_BIRTH_MIN = 1900;
}
