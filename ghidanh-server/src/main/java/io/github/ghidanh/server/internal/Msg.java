package io.github.ghidanh.server.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The service's own texts (problem titles and details, the page), Vietnamese and English. */
public final class Msg {
    private static final String BUNDLE = "io.github.ghidanh.server.internal.ServerMessages";
    public static final Locale VI = Locale.forLanguageTag("vi-VN");

    private Msg() {
    }

    public static String get(Locale locale, String key, Object... args) {
        Locale l = locale != null && locale.getLanguage().equals("en") ? Locale.ROOT : Locale.forLanguageTag("vi");
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, l,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = b.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, l).format(args);
    }

    /** "en" for English, else Vietnamese (the default of the service). */
    public static Locale locale(String lang, Locale fallback) {
        if (lang == null || lang.isBlank()) {
            return fallback;
        }
        return lang.trim().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : VI;
    }
}
