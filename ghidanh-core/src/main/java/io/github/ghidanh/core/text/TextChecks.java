package io.github.ghidanh.core.text;

import java.util.Optional;

/**
 * Finds characters that have no place in the honour roll's texts and that break documents, logs or
 * comparisons while being invisible on screen: control characters, lone surrogates, bidirectional
 * overrides (which can make a name display as something else), zero-width and other invisible
 * characters, the replacement character and noncharacters. Used by the validation constraints.
 * Pure and thread-safe; never throws; {@code null} has no problem (it is for {@code @NotNull}).
 */
public final class TextChecks {

    private TextChecks() {
    }

    /** The first problem of a single-line text (names, titles): every control character counts, tab and line breaks too. */
    public static Optional<TextProblem> firstProblem(String s) {
        return first(s, false);
    }

    /** The first problem of a multi-line text (descriptions): like {@link #firstProblem(String)} but tab, LF and CR are allowed. */
    public static Optional<TextProblem> firstProblemMultiline(String s) {
        return first(s, true);
    }

    /** Whether {@link #firstProblem(String)} finds nothing. */
    public static boolean isClean(String s) {
        return first(s, false).isEmpty();
    }

    /** The kind of problem {@code codePoint} is in a single-line text, or empty if it is fine. */
    public static Optional<TextProblem.Kind> classify(int codePoint) {
        return Optional.ofNullable(kind(codePoint, false));
    }

    private static Optional<TextProblem> first(String s, boolean multiline) {
        if (s == null) {
            return Optional.empty();
        }
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(i + 1));
                    TextProblem.Kind k = kind(cp, multiline);
                    if (k != null) {
                        return Optional.of(new TextProblem(i, cp, k));
                    }
                    i++;
                    continue;
                }
                return Optional.of(new TextProblem(i, c, TextProblem.Kind.LONE_SURROGATE));
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of(new TextProblem(i, c, TextProblem.Kind.LONE_SURROGATE));
            }
            TextProblem.Kind k = kind(c, multiline);
            if (k != null) {
                return Optional.of(new TextProblem(i, c, k));
            }
        }
        return Optional.empty();
    }

    private static TextProblem.Kind kind(int cp, boolean multiline) {
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
            if (multiline && (cp == '\t' || cp == '\n' || cp == '\r')) {
                return null;
            }
            return TextProblem.Kind.CONTROL_CHARACTER;
        }
        if (cp < 0xA0) {
            return null; // printable ASCII: the common case, fast
        }
        if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
            return TextProblem.Kind.LONE_SURROGATE;
        }
        if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
                || cp == 0x061C) {
            return TextProblem.Kind.BIDI_CONTROL;
        }
        if (cp == 0xFFFD) {
            return TextProblem.Kind.REPLACEMENT_CHARACTER;
        }
        if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) {
            return TextProblem.Kind.NONCHARACTER;
        }
        if (Character.getType(cp) == Character.FORMAT // U+00AD, U+200B–U+200D, U+2060–U+2064, U+FEFF, tags…
                || cp == 0x034F // combining grapheme joiner
                || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 // Hangul fillers
                || cp == 0x2800 // braille blank
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)) { // variation selectors
            return TextProblem.Kind.INVISIBLE_CHARACTER;
        }
        return null;
    }
}
