package io.github.ghidanh.core.text;

import java.util.Locale;
import java.util.Objects;

/**
 * The first character that makes a text unsafe to store or print, as found by {@link TextChecks}.
 *
 * @param index the UTF-16 index of the character in the checked string
 * @param codePoint the offending code point (for a lone surrogate, the surrogate itself)
 * @param kind what is wrong with it
 */
public record TextProblem(int index, int codePoint, Kind kind) {

    /** The families of unsafe characters. */
    public enum Kind {
        /** An ISO control character (U+0000–U+001F, U+007F–U+009F), tab and line breaks included unless allowed. */
        CONTROL_CHARACTER,
        /** A high surrogate without its low surrogate or a low surrogate without its high one. */
        LONE_SURROGATE,
        /** A bidirectional embedding, override, isolate or mark (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C). */
        BIDI_CONTROL,
        /** A zero-width or otherwise invisible character (U+200B–U+200D, U+2060, U+FEFF, soft hyphen, other format characters, fillers, variation selectors). */
        INVISIBLE_CHARACTER,
        /** U+FFFD REPLACEMENT CHARACTER: the text was decoded with the wrong character set somewhere. */
        REPLACEMENT_CHARACTER,
        /** A Unicode noncharacter (U+FDD0–U+FDEF, U+xxFFFE, U+xxFFFF). */
        NONCHARACTER
    }

    public TextProblem {
        Objects.requireNonNull(kind, "kind");
    }

    /** "U+202E (RIGHT-TO-LEFT OVERRIDE) at index 5: BIDI_CONTROL" – for logs and messages. */
    public String describe() {
        String name = Character.getName(codePoint);
        return String.format(Locale.ROOT, "U+%04X%s at index %d: %s", codePoint, name == null ? "" : " (" + name + ")",
                index, kind);
    }
}
