package io.github.ghidanh.interchange;

import java.util.Locale;
import java.util.Objects;

/**
 * A message for the user in Vietnamese and in English, with a stable code (e.g. {@code json.enum})
 * that programs can test instead of the wording.
 *
 * @param code a stable, machine-readable code
 * @param vi the message in Vietnamese
 * @param en the message in English
 */
public record BilingualMessage(String code, String vi, String en) {
    public BilingualMessage {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(vi, "vi");
        Objects.requireNonNull(en, "en");
    }

    /** The message in {@code locale}: Vietnamese for {@code vi}, English otherwise. */
    public String in(Locale locale) {
        return locale != null && "vi".equals(locale.getLanguage()) ? vi : en;
    }
}
