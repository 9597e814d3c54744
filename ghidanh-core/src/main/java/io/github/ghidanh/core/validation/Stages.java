package io.github.ghidanh.core.validation;

import jakarta.validation.groups.Default;

/**
 * Validation groups for the stages of a nominee's record. A {@link Draft} may be incomplete: only
 * the shape of what is there is checked (clean text, citizen-ID shape, year of birth, score vs
 * rating). A record {@link AtSubmission} (to the cell's roll or to the level above) must be
 * complete: it adds the required fields and every clause constraint (CV-1.a … CV-2) of the profile
 * in force. (Not named {@code Submission}: that is the workflow's record of a cell submitting.)
 * {@code Draft} extends {@link Default}, so a plain {@code validator.validate(nominee)} checks the
 * shape.
 */
public final class Stages {
    private Stages() {
    }

    /** Shape constraints only. */
    public interface Draft extends Default {
    }

    /** Shape constraints, required fields and the clause constraints. */
    public interface AtSubmission extends Draft {
    }
}
