package io.github.ghidanh.interchange;

import io.github.ghidanh.core.GhidanhException;
import io.github.ghidanh.interchange.internal.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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

    /**
     * The bytes of an input file, or the exception that says why there are none: the file is missing
     * ({@code io.notFound}) or cannot be read ({@code io.unreadable}).
     */
    public static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw of(e, "io.notFound", file);
        } catch (IOException e) {
            throw of(e, "io.unreadable", file, e.getMessage());
        }
    }

    /** The problems that made the file unusable, when known (each naming its path); else empty. */
    public List<ImportProblem> problems() {
        return problems == null ? List.of() : problems;
    }
}
