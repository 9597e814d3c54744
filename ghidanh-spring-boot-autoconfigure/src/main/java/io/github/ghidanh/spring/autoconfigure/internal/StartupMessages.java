package io.github.ghidanh.spring.autoconfigure.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The messages of a failed start-up, in English and Vietnamese in one text: they reach the
 * application's log and its operator, whose language the library cannot know.
 */
public final class StartupMessages {
    private static final String BUNDLE = "io.github.ghidanh.spring.autoconfigure.internal.StartupMessages";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private StartupMessages() {
    }

    /** "English message (Vietnamese message)" for {@code key} with {@code args}. */
    public static String format(String key, Object... args) {
        return one(Locale.ROOT, key, args) + " (" + one(VIETNAMESE, key, args) + ")";
    }

    private static String one(Locale locale, String key, Object... args) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(b.getString(key), locale).format(args);
    }
}
