package io.github.ghidanh.core.text;

import java.text.Normalizer;

/**
 * Vietnamese-correct text handling: NFC normalisation, canonical tone placement for comparison,
 * accent folding for search, and the Vietnamese order of personal names.
 *
 * <p>All methods are pure and thread-safe.
 */
public final class VietnameseText {

    private VietnameseText() {
    }

    /**
     * Returns {@code s} in Unicode Normalization Form C, or {@code null} for {@code null}.
     * Every string that enters the model passes through here (BRIEF §6).
     */
    public static String nfc(String s) {
        if (s == null) {
            return null;
        }
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
