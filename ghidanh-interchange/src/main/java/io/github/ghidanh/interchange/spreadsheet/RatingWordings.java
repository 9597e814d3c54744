package io.github.ghidanh.interchange.spreadsheet;

import io.github.ghidanh.core.model.Rating;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The explicit table of rating wordings accepted on import (docs/json-format.md, "Rating wordings").
 * Matching ignores case, accents, spaces and punctuation, but never guesses: a wording that is not
 * in the table is rejected. Organisation ratings from before 2017 ("Trong sạch, vững mạnh" …) are
 * recognised only to be rejected with a clear message.
 */
public final class RatingWordings {
    private static final Map<String, Rating> INDIVIDUAL;
    private static final List<String> ORGANISATION_ONLY = List.of(
            "Trong sạch, vững mạnh tiêu biểu",
            "Trong sạch, vững mạnh",
            "Hoàn thành tốt nhiệm vụ (tổ chức cơ sở đảng)",
            "Yếu kém");

    static {
        Map<String, Rating> m = new LinkedHashMap<>();
        for (Rating r : Rating.values()) {
            m.put(r.labelVi(), r);        // current wordings (Quy định 124-QĐ/TW 2018, Nghị định 90/2020)
            m.put(r.name(), r);           // abbreviations HTXSNV, HTTNV, HTNV, KHTNV
        }
        // civil servants and public employees before Nghị định 90/2020 (Nghị định 56/2015): the third level
        m.put("Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực", Rating.HTNV);
        m.put("HTNV nhưng còn hạn chế về năng lực", Rating.HTNV);
        // party members before Quy định 132-QĐ/TW (2018) / Hướng dẫn 2017: "đủ tư cách, …"
        m.put("Đủ tư cách, hoàn thành xuất sắc nhiệm vụ", Rating.HTXSNV);
        m.put("Đảng viên đủ tư cách, hoàn thành xuất sắc nhiệm vụ", Rating.HTXSNV);
        m.put("Đủ tư cách, hoàn thành tốt nhiệm vụ", Rating.HTTNV);
        m.put("Đảng viên đủ tư cách, hoàn thành tốt nhiệm vụ", Rating.HTTNV);
        m.put("Đủ tư cách, hoàn thành nhiệm vụ", Rating.HTNV);
        m.put("Đảng viên đủ tư cách, hoàn thành nhiệm vụ", Rating.HTNV);
        m.put("Vi phạm tư cách hoặc không hoàn thành nhiệm vụ", Rating.KHTNV);
        m.put("Đảng viên vi phạm tư cách hoặc không hoàn thành nhiệm vụ", Rating.KHTNV);
        Map<String, Rating> folded = new LinkedHashMap<>();
        m.forEach((k, v) -> folded.put(Fold.key(k), v));
        INDIVIDUAL = Collections.unmodifiableMap(folded);
    }

    private RatingWordings() {
    }

    /** The outcome of looking up one wording. */
    public sealed interface Lookup permits Mapped, OrganisationOnly, Unknown {
    }

    /** A wording of the table, mapped to the current scale. */
    public record Mapped(Rating rating) implements Lookup {
    }

    /** A rating of party organisations (before 2017): never given to an individual, a model or a collective. */
    public record OrganisationOnly(String wording) implements Lookup {
    }

    /** Not in the table: rejected. */
    public record Unknown(String wording) implements Lookup {
    }

    /** Looks a wording up in the table. */
    public static Lookup lookup(String wording) {
        String k = Fold.key(wording);
        Rating r = INDIVIDUAL.get(k);
        if (r != null) {
            return new Mapped(r);
        }
        if (k.startsWith("trong sach") || k.equals("yeu kem")) {
            return new OrganisationOnly(wording);
        }
        return new Unknown(wording);
    }

    /** Every wording of the table with the rating it maps to, for documentation. */
    public static Optional<Rating> map(String wording) {
        return lookup(wording) instanceof Mapped m ? Optional.of(m.rating()) : Optional.empty();
    }

    /** The organisation-only wordings (rejected on import). */
    public static List<String> organisationOnly() {
        return ORGANISATION_ONLY;
    }
}
