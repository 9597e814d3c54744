package io.github.ghidanh.interchange.internal;

import io.github.ghidanh.interchange.BilingualMessage;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The module's own messages, in Vietnamese and English (UTF-8 bundles). Not part of the API. */
public final class Messages {
    private static final String BUNDLE = "io.github.ghidanh.interchange.Messages";
    public static final Locale VI = Locale.forLanguageTag("vi");
    public static final Locale EN = Locale.ENGLISH;

    private Messages() {
    }

    /**
     * The message {@code key} in both languages. An argument that is itself a {@link BilingualMessage}
     * is put in each language's text in that language.
     */
    public static BilingualMessage of(String key, Object... args) {
        return new BilingualMessage(key, format(VI, key, args), format(EN, key, args));
    }

    public static String format(Locale locale, String key, Object... args) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, "vi".equals(locale.getLanguage()) ? VI : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = b.getString(key);
        Object[] safe = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // never let MessageFormat format numbers with grouping separators ("1,990")
            safe[i] = args[i] instanceof Number n ? String.valueOf(n)
                    : args[i] instanceof BilingualMessage m ? m.in(locale) : args[i];
        }
        return new MessageFormat(pattern, locale).format(safe);
    }
}
