package io.github.ghidanh.core.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The structure of one written Vietnamese syllable: initial consonant, vowel nucleus (with its
 * medial), final consonant, and the one tone mark. Used to place tone marks canonically and to
 * recognise text that is (or is not) Vietnamese. Package-private: not API.
 */
final class Syllables {

    static final char GRAVE = '\u0300'; // huyền
    static final char HOOK = '\u0309'; // hỏi
    static final char TILDE = '\u0303'; // ngã
    static final char ACUTE = '\u0301'; // sắc
    static final char DOT_BELOW = '\u0323'; // nặng

    private static final String VOWELS = "aăâeêioôơuưy";
    private static final String MODIFIED_VOWELS = "ăâêôơư";
    private static final String CONSONANTS = "bcdđghklmnpqrstvx";

    /** Initials, longest first. "qu" and "gi" are handled specially. */
    private static final String[] INITIALS = {"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"};

    private static final Set<String> FINALS = Set.of("c", "ch", "m", "n", "ng", "nh", "p", "t");
    private static final Set<String> STOP_FINALS = Set.of("c", "ch", "p", "t");

    private static final Set<String> NUCLEI = Set.of(
            "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
            "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "oo",
            "ôi", "ơi", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ưu", "ươ", "yê",
            "iêu", "yêu", "oai", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu");
    /** Nuclei that occur only before a final consonant. */
    private static final Set<String> NEED_FINAL = Set.of("ă", "â", "iê", "yê", "uô", "ươ", "uâ", "oă", "uyê", "oo");
    /** Nuclei that end in a semivowel or a glide and so never take a final consonant. */
    private static final Set<String> NO_FINAL = Set.of("ia", "ua", "ưa", "uơ", "ai", "ao", "au", "ay", "âu", "ây",
            "eo", "êu", "iu", "oi", "ôi", "ơi", "ui", "ưi", "ưu", "iêu", "yêu", "oai", "oay", "oeo", "uây", "uôi",
            "uya", "uyu", "ươi", "ươu");

    /** For chars below {@link #TABLE_SIZE}: the letter without its tone mark (itself if it has none). */
    private static final char[] TONELESS;
    /** For chars below {@link #TABLE_SIZE}: the tone mark (combining char) of the letter, or 0. */
    private static final char[] TONE_OF;
    /** (toneless letter, tone) → precomposed letter. */
    private static final java.util.Map<Integer, Character> COMPOSE = new java.util.HashMap<>();
    static final int TABLE_SIZE = 0x1F00;

    static {
        TONELESS = new char[TABLE_SIZE];
        TONE_OF = new char[TABLE_SIZE];
        for (char c = 0; c < TABLE_SIZE; c++) {
            TONELESS[c] = c;
            if (c < 0xC0 || !Character.isLetter(c)) {
                continue;
            }
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char tone = 0;
            StringBuilder rest = new StringBuilder();
            for (int i = 0; i < d.length(); i++) {
                char m = d.charAt(i);
                if (isTone(m) && tone == 0) {
                    tone = m;
                } else {
                    rest.append(m);
                }
            }
            if (tone == 0) {
                continue;
            }
            String t = Normalizer.normalize(rest, Normalizer.Form.NFC);
            if (t.length() == 1 && t.charAt(0) < TABLE_SIZE) {
                TONELESS[c] = t.charAt(0);
                TONE_OF[c] = tone;
                COMPOSE.put(t.charAt(0) * 8 + toneIndex(tone), c);
            }
        }
    }

    private Syllables() {
    }

    private static int toneIndex(char tone) {
        switch (tone) {
            case GRAVE: return 1;
            case HOOK: return 2;
            case TILDE: return 3;
            case ACUTE: return 4;
            default: return 5;
        }
    }

    /** The letter without its tone mark; {@code c} itself if it has none or is not in the table. */
    static char toneless(char c) {
        return c < TABLE_SIZE ? TONELESS[c] : c;
    }

    /** The tone mark of a precomposed letter, or 0. */
    static char toneOf(char c) {
        return c < TABLE_SIZE ? TONE_OF[c] : 0;
    }

    /** The precomposed letter for a toneless letter and a tone mark, or 0 if there is none. */
    static char compose(char toneless, char tone) {
        Character c = COMPOSE.get(toneless * 8 + toneIndex(tone));
        return c == null ? 0 : c;
    }

    /**
     * One letter of a word: its NFD text without the tone mark (base letter in its original case
     * plus vowel modifiers), its lower-case NFC key (one char for every Vietnamese letter) and its
     * tone mark (0 for none).
     */
    record Letter(String text, String key, char tone) {
        boolean isVowel() {
            return key.length() == 1 && VOWELS.indexOf(key.charAt(0)) >= 0;
        }
    }

    /** The parsed structure: indexes into the letter list. */
    record Parse(int nucleusStart, int nucleusEnd, String nucleus, String coda) {
    }

    /**
     * Splits an NFD word (letters and combining marks only) into letters; {@code null} if a letter
     * carries two tone marks or the word starts with a mark.
     */
    static List<Letter> letters(String nfdWord) {
        List<Letter> out = new ArrayList<>(nfdWord.length());
        int i = 0;
        int n = nfdWord.length();
        while (i < n) {
            int cp = nfdWord.codePointAt(i);
            if (!Character.isLetter(cp)) {
                return null;
            }
            StringBuilder text = new StringBuilder().appendCodePoint(cp);
            i += Character.charCount(cp);
            char tone = 0;
            while (i < n) {
                int m = nfdWord.codePointAt(i);
                if (Character.getType(m) != Character.NON_SPACING_MARK) {
                    break;
                }
                if (isTone(m)) {
                    if (tone != 0) {
                        return null;
                    }
                    tone = (char) m;
                } else {
                    text.appendCodePoint(m);
                }
                i += Character.charCount(m);
            }
            String t = text.toString();
            String key = Normalizer.normalize(t, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
            out.add(new Letter(t, key, tone));
        }
        return out;
    }

    static boolean isTone(int cp) {
        return cp == GRAVE || cp == HOOK || cp == TILDE || cp == ACUTE || cp == DOT_BELOW;
    }

    /** Parses letters as one Vietnamese syllable; {@code null} if they are not one. */
    static Parse parse(List<Letter> letters) {
        if (letters == null || letters.isEmpty() || letters.size() > 8) {
            return null;
        }
        StringBuilder sb = new StringBuilder(letters.size());
        for (Letter l : letters) {
            if (l.key().length() != 1) {
                return null;
            }
            sb.append(l.key().charAt(0));
        }
        return parse(sb.toString());
    }

    /**
     * Parses a word given as its lower-case letters without tone marks, one char per letter (e.g.
     * "nguyên"); {@code null} if it is not one Vietnamese syllable.
     */
    static Parse parse(String w) {
        if (w.isEmpty() || w.length() > 8) {
            return null;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (VOWELS.indexOf(c) < 0 && CONSONANTS.indexOf(c) < 0) {
                return null;
            }
        }
        int start = initialLength(w);
        if (start < 0) {
            return null;
        }
        int end = start;
        while (end < w.length() && VOWELS.indexOf(w.charAt(end)) >= 0) {
            end++;
        }
        if (end == start) {
            return null;
        }
        String nucleus = w.substring(start, end);
        String coda = w.substring(end);
        if (!NUCLEI.contains(nucleus)) {
            return null;
        }
        if (!coda.isEmpty() && !FINALS.contains(coda)) {
            return null;
        }
        if (coda.isEmpty() && NEED_FINAL.contains(nucleus)) {
            return null;
        }
        if (!coda.isEmpty() && NO_FINAL.contains(nucleus)) {
            return null;
        }
        return new Parse(start, end, nucleus, coda);
    }

    private static int initialLength(String w) {
        for (String init : INITIALS) {
            if (!w.startsWith(init)) {
                continue;
            }
            boolean vowelFollows = w.length() > init.length() && VOWELS.indexOf(w.charAt(init.length())) >= 0;
            if (init.equals("qu")) {
                return vowelFollows ? 2 : -1;
            }
            if (init.equals("gi") && !vowelFollows) {
                continue; // "gì", "gìn": the i is the vowel, the initial is g
            }
            return init.length();
        }
        if (w.charAt(0) == 'q' || w.charAt(0) == 'f' || w.charAt(0) == 'j' || w.charAt(0) == 'w' || w.charAt(0) == 'z') {
            return -1;
        }
        return 0;
    }

    /** The index (into the letter list) where the tone mark belongs. */
    static int tonePosition(Parse p, VietnameseText.ToneStyle style) {
        String n = p.nucleus();
        int s = p.nucleusStart();
        int horn = n.indexOf("ươ");
        if (horn >= 0) {
            return s + horn + 1;
        }
        for (int i = n.length() - 1; i >= 0; i--) {
            if (MODIFIED_VOWELS.indexOf(n.charAt(i)) >= 0) {
                return s + i;
            }
        }
        if (!p.coda().isEmpty()) {
            return s + n.length() - 1;
        }
        switch (n.length()) {
            case 1:
                return s;
            case 2:
                if (style == VietnameseText.ToneStyle.NEW && (n.equals("oa") || n.equals("oe") || n.equals("uy"))) {
                    return s + 1;
                }
                return s;
            default:
                return s + 1;
        }
    }

    /**
     * Whether {@code word} (any normalisation form, any case) is one well-formed Vietnamese syllable
     * with at most one tone mark on a vowel, and only sắc or nặng before a stop final (c, ch, p, t).
     * The tone may sit on any vowel (old or new placement, even a misplaced one).
     */
    static boolean isSyllable(String word) {
        if (word == null || word.isEmpty() || word.length() > 16) {
            return false;
        }
        List<Letter> letters = letters(Normalizer.normalize(word, Normalizer.Form.NFD));
        Parse p = parse(letters);
        if (p == null) {
            return false;
        }
        char tone = 0;
        for (Letter l : letters) {
            if (l.tone() != 0) {
                if (tone != 0 || !l.isVowel()) {
                    return false;
                }
                tone = l.tone();
            }
        }
        return !STOP_FINALS.contains(p.coda()) || tone == ACUTE || tone == DOT_BELOW;
    }
}
