package io.github.ghidanh.interchange;

import io.github.ghidanh.core.GhidanhException;
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

    public InterchangeException(BilingualMessage message, Throwable cause) {
        this(message, cause, List.of());
    }

    /**
     * @param problems the problems that made the file unusable, each naming where it is
     */
    public InterchangeException(BilingualMessage message, Throwable cause, List<ImportProblem> problems) {
        super(message.code(), message.vi(), message.en(), cause);
        this.problems = List.copyOf(problems);
    }

    /** The problems that made the file unusable, when known (each naming its path); else empty. */
    public List<ImportProblem> problems() {
        return problems == null ? List.of() : problems;
    }
}
