package io.github.ghidanh.cli;

import io.github.ghidanh.cli.internal.Messages;
import java.util.Locale;

/** A failure the CLI reports as one localised line and an exit code (never a stack trace). */
final class CliFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int exitCode;
    final String vi;
    final String en;

    CliFailure(int exitCode, String vi, String en) {
        super(en, null, false, false);
        this.exitCode = exitCode;
        this.vi = vi;
        this.en = en;
    }

    static CliFailure of(int exitCode, Messages.Text t) {
        return new CliFailure(exitCode, t.vi(), t.en());
    }

    static CliFailure of(int exitCode, String key, Object... args) {
        return of(exitCode, Messages.of(key, args));
    }

    String message(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? vi : en;
    }
}
