package io.github.ghidanh.interchange.internal;

import io.github.ghidanh.interchange.InterchangeException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading an input file whole, for the JSON and spreadsheet readers. Not part of the API. */
public final class InputFiles {
    private InputFiles() {
    }

    /**
     * The bytes of an input file, or the exception that says why there are none: the file is missing
     * ({@code io.notFound}) or cannot be read ({@code io.unreadable}).
     */
    public static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InterchangeException(Messages.of("io.notFound", file), e);
        } catch (AccessDeniedException e) {
            throw new InterchangeException(Messages.of("io.accessDenied", file), e);
        } catch (IOException e) {
            // the operating system's own reason ("Is a directory"), never the exception's class name
            String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
            throw new InterchangeException(Messages.of("io.unreadable", file, reason), e);
        }
    }
}
