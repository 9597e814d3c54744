package io.github.ghidanh.core.validation;

/** The stage a nominee is validated for, see {@link Stages}. */
public enum Stage {
    /** An incomplete record being typed in: shape only. */
    DRAFT(Stages.Draft.class),
    /** A record submitted to a roll or proposed upward: complete, and meeting every clause. */
    SUBMISSION(Stages.AtSubmission.class);

    private final Class<?> group;

    Stage(Class<?> group) {
        this.group = group;
    }

    /** The validation group of this stage. */
    public Class<?> group() {
        return group;
    }
}
