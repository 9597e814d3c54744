package io.github.ghidanh.core.text;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;

/**
 * A precomputed sort key of a personal name in {@link VietnameseText#nameOrder() Vietnamese name
 * order}: given name, then middle names word by word, then family name, each as a "vi" collation
 * key, then the NFC text. Immutable and thread-safe; compares exactly as
 * {@link VietnameseText#nameOrder()}. Obtain one with {@link VietnameseText#nameSortKey(String)}.
 */
public final class NameSortKey implements Comparable<NameSortKey> {

    /** The parts of a name after NFC, canonical tone placement and splitting on white space. */
    record Parts(String nfc, String family, List<String> middle, String given) {
        static Parts of(String name) {
            String nfc = VietnameseText.nfc(name);
            List<String> w = VietnameseText.words(VietnameseText.canonicalToneForm(nfc));
            if (w.isEmpty()) {
                return new Parts(nfc, "", List.of(), "");
            }
            if (w.size() == 1) {
                return new Parts(nfc, "", List.of(), w.get(0));
            }
            return new Parts(nfc, w.get(0), List.copyOf(w.subList(1, w.size() - 1)), w.get(w.size() - 1));
        }
    }

    private final String name;
    private final String nfc;
    private final CollationKey given;
    private final CollationKey[] middle;
    private final CollationKey family;

    private NameSortKey(String name, String nfc, CollationKey given, CollationKey[] middle, CollationKey family) {
        this.name = name;
        this.nfc = nfc;
        this.given = given;
        this.middle = middle;
        this.family = family;
    }

    static NameSortKey of(String name, Collator collator) {
        if (name == null) {
            return new NameSortKey(null, null, null, null, null);
        }
        Parts p = Parts.of(name);
        List<CollationKey> m = new ArrayList<>(p.middle().size());
        for (String w : p.middle()) {
            m.add(collator.getCollationKey(w));
        }
        return new NameSortKey(name, p.nfc(), collator.getCollationKey(p.given()), m.toArray(new CollationKey[0]),
                collator.getCollationKey(p.family()));
    }

    /** The name this key was made from, as given (may be {@code null}). */
    public String name() {
        return name;
    }

    @Override
    public int compareTo(NameSortKey o) {
        if (nfc == null || o.nfc == null) {
            return nfc == null ? (o.nfc == null ? 0 : -1) : 1;
        }
        int r = Integer.signum(given.compareTo(o.given));
        if (r != 0) {
            return r;
        }
        int m = Math.min(middle.length, o.middle.length);
        for (int i = 0; i < m; i++) {
            r = Integer.signum(middle[i].compareTo(o.middle[i]));
            if (r != 0) {
                return r;
            }
        }
        r = Integer.compare(middle.length, o.middle.length);
        if (r != 0) {
            return r;
        }
        r = Integer.signum(family.compareTo(o.family));
        if (r != 0) {
            return r;
        }
        return Integer.signum(nfc.compareTo(o.nfc));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NameSortKey k && compareTo(k) == 0;
    }

    @Override
    public int hashCode() {
        return nfc == null ? 0 : nfc.hashCode();
    }

    @Override
    public String toString() {
        return "NameSortKey[" + name + "]";
    }
}
