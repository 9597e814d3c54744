package io.github.ghidanh.core.criteria.internal;

import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.model.SubjectCategory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The definition of one parameter of a built-in rule type: its name, kind, default and bounds, and
 * the conversion of a value given in code or read from JSON to its canonical form (Rating, Integer,
 * Boolean or an immutable set of SubjectCategory). Not part of the API.
 */
public record Param(String name, Kind kind, Object defaultValue, int min, int max, String descriptionVi,
        String descriptionEn) {

    public enum Kind {
        RATING("một mức xếp loại (HTXSNV, HTTNV, HTNV, KHTNV)", "a rating level (HTXSNV, HTTNV, HTNV, KHTNV)"),
        INTEGER("một số nguyên", "an integer"),
        BOOLEAN("true hoặc false", "true or false"),
        CATEGORIES("một danh sách đối tượng (CAN_BO, DANG_VIEN, CONG_CHUC, VIEN_CHUC, CHIEN_SI_LLVT, NHAN_DAN)",
                "a list of subject categories (CAN_BO, DANG_VIEN, CONG_CHUC, VIEN_CHUC, CHIEN_SI_LLVT, NHAN_DAN)");

        final String vi;
        final String en;

        Kind(String vi, String en) {
            this.vi = vi;
            this.en = en;
        }
    }

    public static Param rating(String name, Rating def, String vi, String en) {
        return new Param(name, Kind.RATING, def, 0, 0, vi, en);
    }

    public static Param integer(String name, int def, int min, int max, String vi, String en) {
        return new Param(name, Kind.INTEGER, def, min, max, vi, en);
    }

    public static Param bool(String name, boolean def, String vi, String en) {
        return new Param(name, Kind.BOOLEAN, def, 0, 0, vi, en);
    }

    public static Param categories(String name, Set<SubjectCategory> def, String vi, String en) {
        return new Param(name, Kind.CATEGORIES, Collections.unmodifiableSet(EnumSet.copyOf(def)), 0, 0, vi, en);
    }

    /** What the kind accepts, for error messages. */
    public String expectedVi() {
        return kind == Kind.INTEGER ? "một số nguyên từ " + min + " đến " + max : kind.vi;
    }

    public String expectedEn() {
        return kind == Kind.INTEGER ? "an integer from " + min + " to " + max : kind.en;
    }

    /**
     * The canonical value, or null when {@code value} does not fit (the caller reports it).
     */
    public Object convert(Object value) {
        if (value == null) {
            return null;
        }
        switch (kind) {
            case RATING:
                if (value instanceof Rating) {
                    return value;
                }
                if (value instanceof String s) {
                    return Rating.fromLabel(s);
                }
                return null;
            case INTEGER:
                if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
                    long l = ((Number) value).longValue();
                    return l >= min && l <= max ? Integer.valueOf((int) l) : null;
                }
                return null;
            case BOOLEAN:
                return value instanceof Boolean ? value : null;
            case CATEGORIES:
                if (!(value instanceof Collection<?> c)) {
                    return null;
                }
                List<SubjectCategory> out = new ArrayList<>();
                for (Object o : c) {
                    if (o instanceof SubjectCategory sc) {
                        out.add(sc);
                    } else if (o instanceof String s) {
                        SubjectCategory sc = category(s);
                        if (sc == null) {
                            return null;
                        }
                        out.add(sc);
                    } else {
                        return null;
                    }
                }
                EnumSet<SubjectCategory> set = EnumSet.noneOf(SubjectCategory.class);
                set.addAll(out);
                return Collections.unmodifiableSet(set);
            default:
                throw new AssertionError(kind);
        }
    }

    /** The subject category named exactly (any case), or null. */
    public static SubjectCategory category(String s) {
        String n = s.strip().toUpperCase(Locale.ROOT);
        for (SubjectCategory c : SubjectCategory.values()) {
            if (c.name().equals(n)) {
                return c;
            }
        }
        return null;
    }
}
