package io.github.ghidanh.core.text;

import java.util.Optional;

/**
 * Detection (and, where exact, conversion) of Vietnamese text typed in the legacy 8-bit encodings
 * TCVN3 (ABC) and VNI and then read as if it were Unicode, e.g. "B¶o Th¾ng" for "Bảo Thắng".
 * STUB: the text helper implements detection and conversion; the signatures stay.
 */
public final class LegacyEncoding {
    private LegacyEncoding() {
    }

    /** The legacy encodings recognised. */
    public enum Kind {
        TCVN3,
        VNI
    }

    /** The legacy encoding {@code s} appears to be in, or empty for ordinary Unicode text. */
    public static Optional<Kind> detect(String s) {
        return Optional.empty();
    }
}
