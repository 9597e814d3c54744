package io.github.ghidanh.core.validation.internal;

/**
 * The character rules of {@code @CleanText}. (Kept here until the text component offers the same
 * check; then this delegates.) Not part of the API.
 */
public final class TextRules {
    private TextRules() {
    }

    /**
     * The index of the first character that must not be stored, or -1: a control character (Cc;
     * CR, LF and TAB allowed when {@code multiline}), a lone surrogate, a bidirectional embedding,
     * override or isolate (U+202A–U+202E, U+2066–U+2069), U+FFFD, or a noncharacter U+FFFE/U+FFFF.
     */
    public static int firstForbidden(CharSequence s, boolean multiline) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                if (multiline && (c == '\n' || c == '\r' || c == '\t')) {
                    continue;
                }
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
            if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0xFFFD || c == 0xFFFE
                    || c == 0xFFFF) {
                return i;
            }
        }
        return -1;
    }

    /** "U+202E" for the character at {@code i}. */
    public static String codePointLabel(CharSequence s, int i) {
        return String.format(java.util.Locale.ROOT, "U+%04X", (int) s.charAt(i));
    }

    /** {@code s} with every character {@link #firstForbidden} rejects (line breaks and tabs kept) replaced by U+FFFD. */
    public static String sanitize(CharSequence s) {
        StringBuilder sb = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean bad;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (sb != null) {
                    sb.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            bad = ((c < 0x20 || (c >= 0x7F && c <= 0x9F)) && c != '\n' && c != '\r' && c != '\t')
                    || Character.isSurrogate(c) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                    || c == 0xFFFE || c == 0xFFFF;
            if (bad && sb == null) {
                sb = new StringBuilder(n);
                sb.append(s, 0, i);
            }
            if (sb != null) {
                sb.append(bad ? '\uFFFD' : c);
            }
        }
        return sb == null ? s.toString() : sb.toString();
    }
}
