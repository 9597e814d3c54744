package io.github.ghidanh.batch;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The job's own messages, Vietnamese or English. */
final class Messages {
    private static final String BUNDLE = "io.github.ghidanh.batch.Messages";
    static final Locale VI = Locale.forLanguageTag("vi");

    private Messages() {
    }

    /** The language of a {@code --lang} value: English for "en", Vietnamese otherwise. */
    static Locale locale(String lang) {
        return "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : VI;
    }

    static String format(Locale locale, String key, Object... args) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, "vi".equals(locale.getLanguage()) ? VI : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] safe = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // never let MessageFormat group digits ("1,990")
            safe[i] = args[i] instanceof Number n ? String.valueOf(n) : args[i];
        }
        return new MessageFormat(b.getString(key), locale).format(safe);
    }
}
