package io.github.ghidanh.core.text;

import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Vietnamese-correct text handling: NFC normalisation, canonical tone placement for comparison,
 * accent folding for search, and the Vietnamese order of personal names.
 *
 * <p>All methods are pure and thread-safe. None throws on {@code null}, empty, very long or
 * malformed input (lone surrogates, control characters): text methods return {@code null} for
 * {@code null} and leave what they do not understand unchanged. See {@code docs/vietnamese-text.md}.
 */
public final class VietnameseText {

    /** The locale of the Vietnamese collation (CLDR "vi"). */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /**
     * The collator every name comparison clones. Configured once here and never used directly:
     * {@link Collator} instances are not safe to share between threads, clones are cheap (they share
     * the immutable tables).
     */
    private static final Collator PROTOTYPE;

    static {
        Collator c = Collator.getInstance(VIETNAMESE);
        c.setStrength(Collator.TERTIARY);
        c.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        PROTOTYPE = c;
    }

    private static final Comparator<String> NAME_ORDER = VietnameseText::compareNames;

    private VietnameseText() {
    }

    /** Where the tone mark goes in an open syllable whose nucleus is oa, oe or uy. */
    public enum ToneStyle {
        /**
         * Kiểu cũ (traditional): hòa, khỏe, thủy, Tỉnh ủy. The style of the state document templates
         * of Nghị định 30/2020/NĐ-CP ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") and of most names on
         * identity documents. The canonical style of {@link #canonicalToneForm(String)}.
         */
        OLD,
        /** Kiểu mới: hoà, khoẻ, thuỷ, Tỉnh uỷ. */
        NEW
    }

    /**
     * Returns {@code s} in Unicode Normalization Form C, or {@code null} for {@code null}.
     * Every string that enters the model passes through here: NFD input (macOS, some keyboards and
     * web forms) would otherwise print with detached marks and compare unequal to the same NFC text.
     */
    public static String nfc(String s) {
        if (s == null) {
            return null;
        }
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * The text in NFC with the tone mark of every Vietnamese syllable in the canonical
     * {@link ToneStyle#OLD old-style} place: "hoà" → "hòa", "thuỷ" → "thủy", "khoẻ" → "khỏe",
     * "qúy" → "quý", "gịa" → "giạ", "Hòang" → "Hoàng". Case, spacing, punctuation and every word
     * that is not a well-formed Vietnamese syllable with exactly one tone mark are left as they are.
     * For comparison and de-duplication; do not rewrite what people typed for display.
     *
     * @return the canonical form, or {@code null} for {@code null}
     */
    public static String canonicalToneForm(String s) {
        return toneForm(s, ToneStyle.OLD);
    }

    /**
     * Like {@link #canonicalToneForm(String)} with the given style; {@link ToneStyle#NEW} gives
     * "hoà", "thuỷ", "khoẻ". The two styles differ only for open syllables in oa, oe and uy.
     *
     * @throws NullPointerException if {@code style} is null
     */
    public static String toneForm(String s, ToneStyle style) {
        Objects.requireNonNull(style, "style");
        if (s == null) {
            return null;
        }
        String n = nfc(s);
        StringBuilder out = null;
        int i = 0;
        int len = n.length();
        while (i < len) {
            char c = n.charAt(i);
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int j = i + 1;
            boolean marks = false;
            while (j < len) {
                char c2 = n.charAt(j);
                if (Character.isLetter(c2)) {
                    j++;
                } else if (Character.getType(c2) == Character.NON_SPACING_MARK) {
                    marks = true;
                    j++;
                } else {
                    break;
                }
            }
            String replaced = marks ? slowWord(n.substring(i, j), style) : fastWord(n, i, j, style);
            if (replaced != null) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.replace(i, j, replaced);
            }
            i = j;
        }
        return out == null ? n : out.toString();
    }

    /** The word n[i, j) (NFC, letters only) with its tone moved, or null if nothing changes. */
    private static String fastWord(String n, int i, int j, ToneStyle style) {
        if (j - i > 8) {
            return null;
        }
        char tone = 0;
        int toneAt = -1;
        char[] key = new char[j - i];
        for (int k = i; k < j; k++) {
            char c = n.charAt(k);
            char t = Syllables.toneOf(c);
            if (t != 0) {
                if (tone != 0) {
                    return null;
                }
                tone = t;
                toneAt = k - i;
            }
            key[k - i] = Character.toLowerCase(Syllables.toneless(c));
        }
        if (tone == 0) {
            return null;
        }
        Syllables.Parse p = Syllables.parse(new String(key));
        if (p == null) {
            return null;
        }
        int target = Syllables.tonePosition(p, style);
        if (target == toneAt) {
            return null;
        }
        char[] word = n.substring(i, j).toCharArray();
        char composed = Syllables.compose(word[target], tone);
        if (composed == 0) {
            return null;
        }
        word[toneAt] = Syllables.toneless(word[toneAt]);
        word[target] = composed;
        return new String(word);
    }

    /** The general path for words that keep combining marks in NFC; null if nothing changes. */
    private static String slowWord(String nfcWord, ToneStyle style) {
        String d = Normalizer.normalize(nfcWord, Normalizer.Form.NFD);
        String placed = placeTone(d, style);
        if (placed.equals(d)) {
            return null;
        }
        return Normalizer.normalize(placed, Normalizer.Form.NFC);
    }

    /** The original NFD-based implementation, kept for words with stray combining marks. */
    static String toneFormByDecomposition(String s, ToneStyle style) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        int i = 0;
        int n = d.length();
        while (i < n) {
            int cp = d.codePointAt(i);
            if (Character.isLetter(cp)) {
                int j = i + Character.charCount(cp);
                while (j < n) {
                    int c2 = d.codePointAt(j);
                    if (Character.isLetter(c2) || Character.getType(c2) == Character.NON_SPACING_MARK) {
                        j += Character.charCount(c2);
                    } else {
                        break;
                    }
                }
                out.append(placeTone(d.substring(i, j), style));
                i = j;
            } else {
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static String placeTone(String nfdWord, ToneStyle style) {
        List<Syllables.Letter> letters = Syllables.letters(nfdWord);
        Syllables.Parse p = Syllables.parse(letters);
        if (p == null) {
            return nfdWord;
        }
        char tone = 0;
        int toneAt = -1;
        for (int k = 0; k < letters.size(); k++) {
            char t = letters.get(k).tone();
            if (t != 0) {
                if (tone != 0) {
                    return nfdWord;
                }
                tone = t;
                toneAt = k;
            }
        }
        if (tone == 0) {
            return nfdWord;
        }
        int target = Syllables.tonePosition(p, style);
        if (target == toneAt) {
            return nfdWord;
        }
        StringBuilder sb = new StringBuilder(nfdWord.length());
        for (int k = 0; k < letters.size(); k++) {
            sb.append(letters.get(k).text());
            if (k == target) {
                sb.append(tone);
            }
        }
        return sb.toString();
    }

    /**
     * The key two texts are compared on: NFC, {@link #canonicalToneForm canonical tone placement},
     * runs of white space (including no-break space) collapsed to one space and trimmed, lower-cased
     * ({@link Locale#ROOT}). Marks are kept: "Hòa" and "Hoa" are different names.
     *
     * @return the key, or {@code null} for {@code null}
     */
    public static String comparisonKey(String s) {
        if (s == null) {
            return null;
        }
        return String.join(" ", words(canonicalToneForm(s))).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether two texts are the same for a Vietnamese reader: equal {@link #comparisonKey keys}, so
     * "Lê Thị Hòa" = "LÊ THỊ HOÀ" = "Lê  Thị Hoà" (NFD or NFC), but "Hòa" ≠ "Hoa". Case-insensitive
     * because names arrive both as typed and in capitals (headers, certificates). {@code null}
     * equals only {@code null}.
     */
    public static boolean equalsForComparison(String a, String b) {
        return Objects.equals(comparisonKey(a), comparisonKey(b));
    }

    /**
     * Accent folding: removes every combining mark (tones, ă/â/ê/ô/ơ/ư modifiers, and marks of any
     * other script) and maps đ → d, Đ → D by hand (Đ has no Unicode decomposition), as well as the
     * look-alikes ð → d, Ð → D (ETH, often typed for Đ). Case is kept: "Đặng Thị Ánh" → "Dang Thi
     * Anh". Result in NFC.
     *
     * @return the folded text, or {@code null} for {@code null}
     */
    public static String fold(String s) {
        if (s == null) {
            return null;
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        int i = 0;
        while (i < d.length()) {
            int cp = d.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                continue;
            }
            switch (cp) {
                case 'đ':
                case 'ð':
                    sb.append('d');
                    break;
                case 'Đ':
                case 'Ð':
                    sb.append('D');
                    break;
                default:
                    sb.appendCodePoint(cp);
            }
        }
        return Normalizer.normalize(sb, Normalizer.Form.NFC);
    }

    /** {@link #fold(String)} then lower-case ({@link Locale#ROOT}): "Đặng" → "dang". Null for null. */
    public static String foldForSearch(String s) {
        String f = fold(s);
        return f == null ? null : f.toLowerCase(Locale.ROOT);
    }

    /**
     * The Vietnamese order of personal names: by given name (the last word), then the middle
     * name(s) word by word, then the family name (the first word), each with the "vi" collation
     * (a &lt; ă &lt; â, d &lt; đ, o &lt; ô &lt; ơ, u &lt; ư; tones ngang &lt; huyền &lt; hỏi &lt; ngã &lt; sắc &lt; nặng as
     * secondary differences; lower case before upper case as tertiary), after NFC and canonical tone
     * placement, so NFD input and "Hoà"/"Hòa" sort together. Names equal on all of that are ordered
     * by their NFC text (code points), so the order is total and does not depend on the input order.
     * {@code null} sorts first. Thread-safe (each comparison uses its own collator clone).
     */
    public static Comparator<String> nameOrder() {
        return NAME_ORDER;
    }

    /**
     * A precomputed key for {@link #nameOrder()}: sorting many names by keys computes each name's
     * collation keys once instead of at every comparison. Keys compare exactly as {@link #nameOrder()}.
     */
    public static NameSortKey nameSortKey(String name) {
        return NameSortKey.of(name, collator());
    }

    /** The names in {@link #nameOrder() Vietnamese name order}, using precomputed keys. Nulls first. */
    public static List<String> sortedByName(Collection<String> names) {
        return sortedByName(names, Function.identity());
    }

    /**
     * The items in {@link #nameOrder() Vietnamese name order} of {@code nameOf(item)}, using
     * precomputed keys; a stable sort. Null items and null names sort first.
     */
    public static <T> List<T> sortedByName(Collection<T> items, Function<? super T, String> nameOf) {
        Objects.requireNonNull(nameOf, "nameOf");
        if (items == null || items.isEmpty()) {
            return new ArrayList<>();
        }
        Collator c = collator();
        List<Object[]> keyed = new ArrayList<>(items.size());
        for (T item : items) {
            keyed.add(new Object[] {NameSortKey.of(item == null ? null : nameOf.apply(item), c), item});
        }
        keyed.sort((x, y) -> ((NameSortKey) x[0]).compareTo((NameSortKey) y[0]));
        List<T> out = new ArrayList<>(keyed.size());
        for (Object[] k : keyed) {
            @SuppressWarnings("unchecked")
            T t = (T) k[1];
            out.add(t);
        }
        return out;
    }

    /** A fresh Vietnamese collator (tertiary strength, canonical decomposition), owned by the caller. */
    public static Collator collator() {
        return (Collator) PROTOTYPE.clone();
    }

    private static int compareNames(String a, String b) {
        if (a == b) {
            return 0;
        }
        if (a == null) {
            return -1;
        }
        if (b == null) {
            return 1;
        }
        NameSortKey.Parts pa = NameSortKey.Parts.of(a);
        NameSortKey.Parts pb = NameSortKey.Parts.of(b);
        Collator c = null;
        int r = 0;
        if (!pa.given().equals(pb.given())) {
            c = collator();
            r = c.compare(pa.given(), pb.given());
            if (r != 0) {
                return r;
            }
        }
        int m = Math.min(pa.middle().size(), pb.middle().size());
        for (int i = 0; i < m; i++) {
            if (!pa.middle().get(i).equals(pb.middle().get(i))) {
                c = c == null ? collator() : c;
                r = c.compare(pa.middle().get(i), pb.middle().get(i));
                if (r != 0) {
                    return r;
                }
            }
        }
        r = Integer.compare(pa.middle().size(), pb.middle().size());
        if (r != 0) {
            return r;
        }
        if (!pa.family().equals(pb.family())) {
            c = c == null ? collator() : c;
            r = c.compare(pa.family(), pb.family());
            if (r != 0) {
                return r;
            }
        }
        return Integer.signum(pa.nfc().compareTo(pb.nfc()));
    }

    /** Splits on white space (including no-break and other Unicode spaces); no empty words. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < n && !isSpace(s.charAt(j))) {
                j++;
            }
            if (j > i) {
                out.add(s.substring(i, j));
            }
            i = j;
        }
        return out;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
