package io.github.ghidanh.core;

import java.util.Locale;
import java.util.Objects;

/**
 * Base of every exception ghidanh throws. Each failure family has its own subclass; each instance
 * carries a stable {@link #code() code} and a message in Vietnamese and in English that a
 * government IT officer can act on. {@link #getMessage()} gives both, Vietnamese first.
 */
public abstract class GhidanhException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String messageVi;
    private final String messageEn;

    protected GhidanhException(String code, String messageVi, String messageEn, Throwable cause) {
        super(Objects.requireNonNull(messageVi, "messageVi") + " / " + Objects.requireNonNull(messageEn, "messageEn"), cause);
        this.code = Objects.requireNonNull(code, "code");
        this.messageVi = messageVi;
        this.messageEn = messageEn;
    }

    /** A stable, machine-readable code such as {@code model.required}. */
    public String code() {
        return code;
    }

    /** The message in the given locale: Vietnamese for {@code vi}, English otherwise. */
    public String message(Locale locale) {
        return locale != null && "vi".equals(locale.getLanguage()) ? messageVi : messageEn;
    }

    public String messageVi() {
        return messageVi;
    }

    public String messageEn() {
        return messageEn;
    }
}
