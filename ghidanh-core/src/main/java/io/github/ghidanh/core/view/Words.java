package io.github.ghidanh.core.view;

import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.model.OrganisationTree;
import io.github.ghidanh.core.model.Signatory;
import io.github.ghidanh.core.text.VietnameseText;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Vietnamese wording helpers of the read-model builders. Package-private. */
final class Words {
    /** Bodies that a signature's authority names by their abbreviation, spelled out for a sentence. */
    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "UBND", "Ủy ban nhân dân",
            "HĐND", "Hội đồng nhân dân",
            "UBMTTQ", "Ủy ban Mặt trận Tổ quốc",
            "BCH", "Ban Chấp hành",
            "BTV", "Ban Thường vụ");

    static final Locale VI = Locale.forLanguageTag("vi");

    private Words() {
    }

    static String upper(String s) {
        return s == null ? null : s.toUpperCase(VI);
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(VI);
    }

    static String capitalise(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first)).append(s.substring(Character.charCount(first))).toString();
    }

    /** "10/06/2022". */
    static String ddMMyyyy(LocalDate d) {
        return String.format(Locale.ROOT, "%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    /** The administrative short date: day padded, month padded only for 1 and 2 ("17/01/2022", "08/3/2022"). */
    static String shortDate(LocalDate d) {
        int m = d.getMonthValue();
        return String.format(Locale.ROOT, "%02d/%s/%04d", d.getDayOfMonth(), m <= 2 ? "0" + m : String.valueOf(m), d.getYear());
    }

    /** "A", "A và B", "A; B và C". */
    static String joinVi(List<String> parts, String sep) {
        if (parts.isEmpty()) {
            return "";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(sep, parts.subList(0, parts.size() - 1)) + " và " + parts.get(parts.size() - 1);
    }

    /** The level of the issuer's children in lower case, e.g. "chi bộ"; "đơn vị" when unknown. */
    static String childLevel(OrganisationTree tree, Organisation issuer) {
        for (Organisation c : tree.children(issuer.id())) {
            if (c.levelName() != null && !c.levelName().isBlank()) {
                return lower(c.levelName().strip());
            }
        }
        return "đơn vị";
    }

    /**
     * How the letter names its own issuing body: from the signature's authority line ("T/M ĐẢNG ỦY" →
     * "Đảng ủy", "TM. ỦY BAN NHÂN DÂN" → "Ủy ban nhân dân"), else the level name, else the name.
     */
    static String shortName(Organisation o) {
        Signatory s = o.signatory();
        if (s != null && s.authority() != null) {
            String a = s.authority().strip();
            for (String prefix : new String[] {"T/M", "TM.", "TM", "KT.", "KT"}) {
                if (a.toUpperCase(VI).startsWith(prefix + " ")) {
                    String body = a.substring(prefix.length()).strip();
                    String spelled = ABBREVIATIONS.get(body.toUpperCase(VI));
                    // "TM. UBND" is the people's committee, never "Ubnd"; "T/M ĐẢNG ỦY" reads "Đảng ủy"
                    return spelled != null ? VietnameseText.toneForm(spelled, o.toneStyle()) : capitalise(lower(body));
                }
            }
        }
        if (o.levelName() != null && !o.levelName().isBlank()) {
            return o.levelName().strip();
        }
        return o.name();
    }

    /** "cấp phường" for a "Đảng ủy phường"; "cấp " + level name otherwise. */
    static String levelPhrase(Organisation o) {
        String level = o.levelName() == null ? "" : o.levelName().strip();
        String shortName = shortName(o);
        if (!level.isEmpty() && shortName != null && lower(level).startsWith(lower(shortName) + " ")) {
            return "cấp " + lower(level.substring(shortName.length()).strip());
        }
        return level.isEmpty() ? "cấp trên" : "cấp " + lower(level);
    }

    /** "Thành ủy Lào Cai" → "Thành ủy": a party committee named with its place keeps its first two words. */
    static String bodyWithoutPlace(String issuer) {
        String[] w = issuer.split("\\s+");
        if (w.length > 2 && (w[1].equals("ủy") || w[1].equals("uỷ"))) {
            return w[0] + " " + w[1];
        }
        return issuer;
    }
}
