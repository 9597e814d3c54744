package io.github.ghidanh.report;

import io.github.ghidanh.core.GhidanhException;

/**
 * Every failure of the reporting module: an unsupported document or format, a bad option, a template
 * or font problem, an I/O error while writing. The message says what failed in Vietnamese and in
 * English; {@link #code()} is stable (e.g. {@code report.format.unsupported}).
 */
public final class ReportException extends GhidanhException {
    private static final long serialVersionUID = 1L;

    public ReportException(String code, String messageVi, String messageEn) {
        super(code, messageVi, messageEn, null);
    }

    public ReportException(String code, String messageVi, String messageEn, Throwable cause) {
        super(code, messageVi, messageEn, cause);
    }
}
