package io.github.ghidanh.cli.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command line's own messages, in Vietnamese and English (UTF-8 bundles). Not part of the API. */
public final class Messages {
    private static final String BUNDLE = "io.github.ghidanh.cli.Messages";
    public static final Locale VI = Locale.forLanguageTag("vi");
    public static final Locale EN = Locale.ENGLISH;

    private Messages() {
    }

    /** A message in both languages. */
    public record Text(String key, String vi, String en) {
        public String in(Locale locale) {
            return locale != null && "vi".equals(locale.getLanguage()) ? vi : en;
        }
    }

    public static Text of(String key, Object... args) {
        return new Text(key, format(VI, key, args), format(EN, key, args));
    }

    public static String format(Locale locale, String key, Object... args) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, "vi".equals(locale.getLanguage()) ? VI : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = b.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] safe = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // never let MessageFormat format numbers with grouping separators ("1,990")
            safe[i] = args[i] instanceof Number n ? String.valueOf(n) : args[i];
        }
        return new MessageFormat(pattern, locale).format(safe);
    }
}
