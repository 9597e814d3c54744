package io.github.ghidanh.report.internal;

import io.github.ghidanh.core.text.VietnameseText;
import io.github.ghidanh.report.ReportException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The failure messages of the report module, from the {@code Messages} bundles: Vietnamese (the root
 * bundle) and English side by side in two files, so that a wording is changed in both languages at
 * once and a test can hold them to the same keys and placeholders. A key is the failure's stable
 * code, or the code and a variant ({@code report.data.row}) where one code has several wordings.
 *
 * <p>Arguments are printed with {@link String#valueOf}, never formatted for a locale (a count or a
 * path reads the same in both messages), except {@link Phrase}s, which are worded per language.
 */
public final class Messages {
    static final String BUNDLE = "io.github.ghidanh.report.internal.Messages";
    private static final ResourceBundle VI = bundle(Locale.ROOT);
    private static final ResourceBundle EN = bundle(Locale.ENGLISH);

    /** A part of a message that has its own wording in each language, e.g. "mục số 5" / "entry no. 5". */
    public record Phrase(String key, Object... args) {
    }

    private Messages() {
    }

    /** The failure {@code code}, worded by the key {@code code}. */
    public static ReportException error(String code, Object... args) {
        return new ReportException(code, text(VI, code, args), text(EN, code, args));
    }

    /** The failure {@code code} caused by {@code cause}, worded by the key {@code code}. */
    public static ReportException error(String code, Throwable cause, Object... args) {
        return new ReportException(code, text(VI, code, args), text(EN, code, args), cause);
    }

    /** The failure {@code code} caused by {@code cause} (may be null), worded by the key {@code code.variant}. */
    public static ReportException errorVariant(String code, String variant, Throwable cause, Object... args) {
        String key = code + "." + variant;
        return new ReportException(code, text(VI, key, args), text(EN, key, args), cause);
    }

    public static Phrase phrase(String key, Object... args) {
        return new Phrase(key, args);
    }

    /** "IllegalArgumentException: its message", the way the messages name a cause. */
    public static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static String text(ResourceBundle b, String key, Object[] args) {
        Object[] printed = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            printed[i] = args[i] instanceof Phrase p ? text(b, p.key(), p.args()) : String.valueOf(args[i]);
        }
        // apostrophes are text here ("document's"), not MessageFormat quotes
        String pattern = b.getString(key).replace("'", "''");
        return VietnameseText.nfc(new MessageFormat(pattern, Locale.ROOT).format(printed));
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
