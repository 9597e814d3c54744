package io.github.ghidanh.core.validation.internal;

import io.github.ghidanh.core.text.TextChecks;

/** Display of invalid values: what {@link TextChecks} rejects is shown as U+FFFD. Not part of the API. */
public final class TextRules {
    private TextRules() {
    }

    /**
     * {@code s} with every code point {@link TextChecks} rejects in a multi-line text replaced by
     * U+FFFD (a lone surrogate counts as one); tabs and line breaks are kept.
     */
    public static String sanitize(CharSequence s) {
        String text = s.toString();
        if (TextChecks.firstProblemMultiline(text).isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            boolean keep = cp == '\n' || cp == '\r' || cp == '\t' || cp == 0xFFFD
                    || TextChecks.classify(cp).isEmpty();
            if (keep) {
                sb.appendCodePoint(cp);
            } else {
                sb.append('\uFFFD');
            }
            i += len;
        }
        return sb.toString();
    }
}
