package io.github.ghidanh.examples.interchange;

import io.github.ghidanh.core.GhidanhException;
import io.github.ghidanh.examples.internal.Messages;
import java.util.List;

/**
 * An input file could not be used at all: missing, not readable, not JSON / CSV / XLSX, truncated,
 * not in the expected shape, or without a usable organisation tree and campaign. Problems with
 * individual records are not thrown: they are reported as {@link ImportProblem}s so that good
 * records are kept.
 */
public final class InterchangeException extends GhidanhException {
    private static final long serialVersionUID = 1L;

    private final transient List<ImportProblem> problems;

    public InterchangeException(Messages.Text text, Throwable cause) {
        this(text, cause, List.of());
    }

    public InterchangeException(Messages.Text text, Throwable cause, List<ImportProblem> problems) {
        super(text.key(), text.vi(), text.en(), cause);
        this.problems = List.copyOf(problems);
    }

    public static InterchangeException of(Throwable cause, String key, Object... args) {
        return new InterchangeException(Messages.of(key, args), cause);
    }

    /** The problems that made the file unusable, when known (each naming its path); else empty. */
    public List<ImportProblem> problems() {
        return problems == null ? List.of() : problems;
    }
}
