package io.github.ghidanh.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Detection and conversion of Vietnamese text typed in the legacy 8-bit encodings TCVN3 (ABC,
 * TCVN 5712:1993 VN3) and VNI-Windows and then read as if it were Latin-1 / windows-1252, e.g.
 * "B¶o Th¾ng" (TCVN3) or "Baûo Thaéng" (VNI) for "Bảo Thắng".
 *
 * <p>Detection is conservative: a text is reported only if it contains no Unicode Vietnamese
 * letter at all, some words mix ASCII letters with legacy characters, are not Vietnamese syllables
 * as they stand but are after conversion (one such word if it has a character Unicode Vietnamese
 * never uses, such as ¶ or û; two if its legacy characters are letters like é or ù), and words that
 * convert to non-syllables are rare (fewer than a third of the evidence). Ordinary Unicode Vietnamese, NFD
 * text, ASCII and English/French/German text with accented letters are not reported. See
 * {@code docs/vietnamese-text.md}.
 *
 * <p>Conversion uses the full tables: TCVN3 has 67 lower-case letters and the 7 capitals Ă Â Ê Ô
 * Ơ Ư Đ (capitals with tone marks were drawn by the separate ".VnTimeH" fonts from the lower-case
 * codes); VNI-Windows writes a base letter followed by a mark byte. Pure and thread-safe.
 */
public final class LegacyEncoding {

    /** The legacy encodings recognised. */
    public enum Kind {
        /** TCVN 5712:1993 VN3, the "ABC" fonts (.VnTime, .VnArial…). */
        TCVN3,
        /** VNI-Windows, the "VNI-" fonts (VNI-Times…). */
        VNI
    }

    /** TCVN3 byte (as the Latin-1 char it is read as) → Unicode, 0 where VN3 assigns nothing. */
    private static final char[] TCVN3 = new char[256];

    static {
        int[] pairs = {
            0xA1, 0x0102, 0xA2, 0x00C2, 0xA3, 0x00CA, 0xA4, 0x00D4, 0xA5, 0x01A0, 0xA6, 0x01AF, 0xA7, 0x0110,
            0xA8, 0x0103, 0xA9, 0x00E2, 0xAA, 0x00EA, 0xAB, 0x00F4, 0xAC, 0x01A1, 0xAD, 0x01B0, 0xAE, 0x0111,
            0xB5, 0x00E0, 0xB6, 0x1EA3, 0xB7, 0x00E3, 0xB8, 0x00E1, 0xB9, 0x1EA1,
            0xBB, 0x1EB1, 0xBC, 0x1EB3, 0xBD, 0x1EB5, 0xBE, 0x1EAF, 0xC6, 0x1EB7,
            0xC7, 0x1EA7, 0xC8, 0x1EA9, 0xC9, 0x1EAB, 0xCA, 0x1EA5, 0xCB, 0x1EAD,
            0xCC, 0x00E8, 0xCE, 0x1EBB, 0xCF, 0x1EBD, 0xD0, 0x00E9, 0xD1, 0x1EB9,
            0xD2, 0x1EC1, 0xD3, 0x1EC3, 0xD4, 0x1EC5, 0xD5, 0x1EBF, 0xD6, 0x1EC7,
            0xD7, 0x00EC, 0xD8, 0x1EC9, 0xDC, 0x0129, 0xDD, 0x00ED, 0xDE, 0x1ECB,
            0xDF, 0x00F2, 0xE1, 0x1ECF, 0xE2, 0x00F5, 0xE3, 0x00F3, 0xE4, 0x1ECD,
            0xE5, 0x1ED3, 0xE6, 0x1ED5, 0xE7, 0x1ED7, 0xE8, 0x1ED1, 0xE9, 0x1ED9,
            0xEA, 0x1EDD, 0xEB, 0x1EDF, 0xEC, 0x1EE1, 0xED, 0x1EDB, 0xEE, 0x1EE3,
            0xEF, 0x00F9, 0xF1, 0x1EE7, 0xF2, 0x0169, 0xF3, 0x00FA, 0xF4, 0x1EE5,
            0xF5, 0x1EEB, 0xF6, 0x1EED, 0xF7, 0x1EEF, 0xF8, 0x1EE9, 0xF9, 0x1EF1,
            0xFA, 0x1EF3, 0xFB, 0x1EF7, 0xFC, 0x1EF9, 0xFD, 0x00FD, 0xFE, 0x1EF5,
        };
        for (int i = 0; i < pairs.length; i += 2) {
            TCVN3[pairs[i]] = (char) pairs[i + 1];
        }
    }

    private LegacyEncoding() {
    }

    /**
     * The legacy encoding {@code s} appears to be in, or empty for ordinary Unicode text (and for
     * {@code null}, blank or undecidable text). Never throws.
     */
    public static Optional<Kind> detect(String s) {
        if (s == null || s.isEmpty() || !mayBeLegacy(s)) {
            return Optional.empty();
        }
        int[] tcvn = score(s, Kind.TCVN3);
        int[] vni = score(s, Kind.VNI);
        boolean t = qualifies(tcvn);
        boolean v = qualifies(vni);
        if (t && v) {
            int te = tcvn[0] + tcvn[2];
            int ve = vni[0] + vni[2];
            if (te == ve) {
                return Optional.empty();
            }
            return Optional.of(te > ve ? Kind.TCVN3 : Kind.VNI);
        }
        return t ? Optional.of(Kind.TCVN3) : v ? Optional.of(Kind.VNI) : Optional.empty();
    }

    /**
     * Converts {@code s}, read as Latin-1/windows-1252 from {@code kind}, to Unicode NFC. Characters
     * the encoding does not change (ASCII, punctuation, digits) are kept. Empty if the text cannot
     * be converted exactly: a TCVN3 text with a Latin-1 letter VN3 does not assign, or a VNI text
     * with a mark byte that follows no letter it can combine with. In TCVN3, where a word (or the
     * whole text) is written in capitals – at least two capitals (ASCII or Ă Â Ê Ô Ơ Ư Đ) and no
     * lower-case ASCII letter (three ASCII capitals in the whole text) – its toned letters are made capitals too, as the .VnTimeH fonts
     * showed them ("§¶NG" → "ĐẢNG"). {@code null} gives empty.
     *
     * @throws NullPointerException if {@code kind} is null
     */
    public static Optional<String> toUnicode(String s, Kind kind) {
        if (kind == null) {
            throw new NullPointerException("kind");
        }
        if (s == null) {
            return Optional.empty();
        }
        boolean allCaps = kind == Kind.TCVN3 && allCapitals(s);
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (!isWordChar(c)) {
                out.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < n && isWordChar(s.charAt(j))) {
                j++;
            }
            String w = s.substring(i, j);
            String conv = kind == Kind.TCVN3 ? tcvn3Word(w, allCaps) : vniWord(w);
            if (conv == null) {
                return Optional.empty();
            }
            out.append(conv);
            i = j;
        }
        return Optional.of(Normalizer.normalize(out, Normalizer.Form.NFC));
    }

    /** {@link #detect(String) Detects} and {@link #toUnicode converts}; empty if not detected or not convertible. */
    public static Optional<String> convertIfLegacy(String s) {
        return detect(s).flatMap(k -> toUnicode(s, k));
    }

    // ---------------------------------------------------------------------------------------------

    /** No Unicode Vietnamese letter or combining mark, and at least one Latin-1 upper-half character. */
    private static boolean mayBeLegacy(String s) {
        boolean upperHalf = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0xA1) {
                continue; // ASCII and C1: neither a legacy byte nor a Vietnamese letter (the usual case: one compare)
            }
            if (c <= 0xFF) {
                upperHalf = true;
            } else if (isUnicodeVietnamese(c)) {
                return false;
            }
        }
        return upperHalf;
    }

    private static boolean isUnicodeVietnamese(char c) {
        return c == 0x0102 || c == 0x0103 || c == 0x0110 || c == 0x0111 || c == 0x0128 || c == 0x0129
                || c == 0x0168 || c == 0x0169 || c == 0x01A0 || c == 0x01A1 || c == 0x01AF || c == 0x01B0
                || (c >= 0x1EA0 && c <= 0x1EF9) || (c >= 0x0300 && c <= 0x0323);
    }

    /**
     * At least one strong evidence word or two weak ones, and counter-evidence under a third of the
     * evidence.
     */
    private static boolean qualifies(int[] score) {
        int evidence = score[0] + score[2];
        return (score[0] >= 1 || score[2] >= 2) && evidence > 3 * score[1];
    }

    /** Latin-1 letters that Unicode Vietnamese uses itself: weak evidence of a legacy encoding. */
    private static final String VIETNAMESE_LATIN1 = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ";

    /**
     * {strong evidence, counter-evidence, weak evidence} for reading {@code s} as {@code kind}. An
     * evidence word has ASCII letters, is not a Vietnamese syllable as it stands and is one once
     * converted; it is strong if it has a legacy character that Unicode Vietnamese never uses
     * (¶, ¾, û, ø…), weak if all its legacy characters are Vietnamese letters themselves (é, ù…).
     * A counter-evidence word has legacy characters and does not convert to a syllable.
     */
    private static int[] score(String s, Kind kind) {
        int evidence = 0;
        int weak = 0;
        int counter = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            if (!isWordChar(s.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            boolean legacy = false;
            boolean strong = false;
            boolean ascii = false;
            while (j < n && isWordChar(s.charAt(j))) {
                char c = s.charAt(j);
                if (c >= 0xA1 && c <= 0xFF) {
                    legacy = true;
                    strong |= VIETNAMESE_LATIN1.indexOf(c) < 0;
                }
                ascii |= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                j++;
            }
            if (legacy) {
                String w = s.substring(i, j);
                String conv = kind == Kind.TCVN3 ? tcvn3Word(w, false) : vniWord(w);
                boolean convValid = conv != null && Syllables.isSyllable(conv);
                if (!convValid) {
                    counter++;
                } else if (ascii && !Syllables.isSyllable(w)) {
                    if (strong) {
                        evidence++;
                    } else {
                        weak++;
                    }
                }
            }
            i = j;
        }
        return new int[] {evidence, counter, weak};
    }

    /** Letters, and the Latin-1 upper half except the symbols ° ± ² ³ ´ (which no VN3/VNI letter uses). */
    private static boolean isWordChar(char c) {
        if (c >= 0xA1 && c <= 0xFF) {
            return c < 0xB0 || c > 0xB4;
        }
        return Character.isLetter(c);
    }

    private static boolean allCapitals(String s) {
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return false;
            }
            if (c >= 'A' && c <= 'Z') {
                upper++;
            }
        }
        return upper >= 3;
    }

    private static String tcvn3Word(String w, boolean allCaps) {
        StringBuilder sb = new StringBuilder(w.length());
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= 0xA1 && c <= 0xFF) {
                char v = TCVN3[c];
                if (v == 0) {
                    return null;
                }
                if (Character.isUpperCase(v)) {
                    upper++; // Ă Â Ê Ô Ơ Ư Đ
                }
                sb.append(v);
            } else {
                if (c >= 'A' && c <= 'Z') {
                    upper++;
                } else if (c >= 'a' && c <= 'z') {
                    lower++;
                }
                sb.append(c);
            }
        }
        if (lower == 0 && (upper >= 2 || (allCaps && upper >= 1))) {
            return sb.toString().toUpperCase(Locale.ROOT);
        }
        return sb.toString();
    }

    // VNI-Windows -----------------------------------------------------------------------------------

    private static final String TONE_MARKS = "ùøûõï"; // sắc huyền hỏi ngã nặng
    private static final String CIRCUMFLEX_MARKS = "âáàåãä"; // â, then with sắc huyền hỏi ngã nặng
    private static final String BREVE_MARKS = "êéèúüë"; // ă, then with sắc huyền hỏi ngã nặng
    private static final char[] TONES = {Syllables.ACUTE, Syllables.GRAVE, Syllables.HOOK, Syllables.TILDE,
        Syllables.DOT_BELOW};
    /** VNI single-byte letters → Unicode (lower case; capitals by case mapping). */
    private static final String VNI_SINGLE_FROM = "ôöñíìæóòî";
    private static final String VNI_SINGLE_TO = "ơưđíìỉĩịỵ";

    private static String vniWord(String w) {
        StringBuilder sb = new StringBuilder(w.length());
        int i = 0;
        int n = w.length();
        while (i < n) {
            char c = w.charAt(i);
            char lc = Character.toLowerCase(c);
            boolean upper = c != lc;
            char base = 0;
            char horn = 0;
            switch (lc) {
                case 'a': case 'e': case 'o': case 'u': case 'y':
                    base = lc;
                    break;
                case 'ô':
                    base = 'o';
                    horn = '\u031B';
                    break;
                case 'ö':
                    base = 'u';
                    horn = '\u031B';
                    break;
                default:
                    break;
            }
            if (base != 0 && i + 1 < n) {
                char m = Character.toLowerCase(w.charAt(i + 1));
                String composed = null;
                int t = TONE_MARKS.indexOf(m);
                if (t >= 0) {
                    composed = "" + base + (horn != 0 ? String.valueOf(horn) : "") + TONES[t];
                } else if (horn == 0 && base != 'u' && base != 'y' && CIRCUMFLEX_MARKS.indexOf(m) >= 0) {
                    int k = CIRCUMFLEX_MARKS.indexOf(m);
                    composed = "" + base + '\u0302' + (k == 0 ? "" : String.valueOf(TONES[k - 1]));
                } else if (base == 'a' && BREVE_MARKS.indexOf(m) >= 0) {
                    int k = BREVE_MARKS.indexOf(m);
                    composed = "" + base + '\u0306' + (k == 0 ? "" : String.valueOf(TONES[k - 1]));
                }
                if (composed != null) {
                    String nfc = Normalizer.normalize(composed, Normalizer.Form.NFC);
                    sb.append(upper ? nfc.toUpperCase(Locale.ROOT) : nfc);
                    i += 2;
                    continue;
                }
            }
            int single = VNI_SINGLE_FROM.indexOf(lc);
            if (single >= 0) {
                char v = VNI_SINGLE_TO.charAt(single);
                sb.append(upper ? Character.toUpperCase(v) : v);
                i++;
                continue;
            }
            if (TONE_MARKS.indexOf(lc) >= 0 || CIRCUMFLEX_MARKS.indexOf(lc) >= 0 || BREVE_MARKS.indexOf(lc) >= 0) {
                return null; // a mark byte with nothing to combine with: not exact VNI
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }
}
