package io.github.ghidanh.cli;

/** Exit codes of the CLI. */
final class Exit {
    /** Success; for validate: no violation. */
    static final int OK = 0;
    /** validate: the input has violations (each printed). */
    static final int VIOLATIONS = 1;
    /** The input cannot be read, an option is wrong, or the document cannot be produced. */
    static final int UNUSABLE = 2;

    private Exit() {
    }
}
