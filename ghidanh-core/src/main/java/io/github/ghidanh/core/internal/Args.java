package io.github.ghidanh.core.internal;

import io.github.ghidanh.core.text.VietnameseText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Argument helpers shared by the model's factories. Not part of the API. */
public final class Args {
    private Args() {
    }

    /** Throws the given exception factory's result when {@code value} is null. */
    public static <T> T required(T value, Function<String, ? extends RuntimeException> failure, String field) {
        if (value == null) {
            throw failure.apply(field);
        }
        return value;
    }

    /** {@code s} in Unicode normalisation form C (NFC), or null; see {@link VietnameseText#nfc}. */
    public static String nfc(String s) {
        return VietnameseText.nfc(s);
    }

    /** An immutable copy of the list with every string in NFC (a null element becomes ""); null becomes empty. */
    public static List<String> nfcList(Collection<String> list) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(list.size());
        for (String s : list) {
            out.add(s == null ? "" : VietnameseText.nfc(s));
        }
        return Collections.unmodifiableList(out);
    }

    /** An immutable copy without nulls; null becomes empty. */
    public static <T> List<T> list(Collection<? extends T> list) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        List<T> out = new ArrayList<>(list.size());
        for (T t : list) {
            if (t != null) {
                out.add(t);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** An immutable, ordered (by ordinal) copy; null becomes empty. */
    public static <E extends Enum<E>> Set<E> enums(Collection<E> set, Class<E> type) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        if (set != null) {
            for (E e : set) {
                if (e != null) {
                    copy.add(e);
                }
            }
        }
        return Collections.unmodifiableSet(copy);
    }
}
