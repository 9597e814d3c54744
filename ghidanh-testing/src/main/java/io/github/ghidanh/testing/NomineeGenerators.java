package io.github.ghidanh.testing;

import io.github.ghidanh.core.model.Achievement;
import io.github.ghidanh.core.model.AchievementType;
import io.github.ghidanh.core.model.Assessment;
import io.github.ghidanh.core.model.CollectiveNominee;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.ModelField;
import io.github.ghidanh.core.model.ModelNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.NomineeKind;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.model.Recognition;
import io.github.ghidanh.core.model.Sex;
import io.github.ghidanh.core.model.SubjectCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Framework-neutral generators of nominees: plain functions of a stream of {@link Choices}, so
 * that the same decisions always give the same value and any property-testing tool (QuickTheories
 * here, a host's own, or none: {@link Choices#random}) can drive them. Every decision's lowest
 * value is its simplest outcome, so shrinking the decisions shrinks the nominee: fewer
 * achievements, the first (simplest) enum constants, the shortest texts, the evaluation date
 * itself for a meeting, optional fields absent, no fault. Every generated string is NFC.
 *
 * <ul>
 * <li>{@link #valid}: a nominee that meets every rule of {@code CriteriaProfile.defaultProfile()}
 * (the source letter) when evaluated on {@code evaluationDate} or later;</li>
 * <li>{@link #breaking}: a nominee that breaks exactly one named clause of that profile and meets
 * all the others;</li>
 * <li>{@link #arbitrary}: any mixture (each field independently right or wrong), eligible or not.</li>
 * </ul>
 *
 * <p>Pure and thread-safe (the {@link Choices} are the caller's).
 */
public final class NomineeGenerators {
    private NomineeGenerators() {
    }

    /** The clauses {@link #breaking} can break, in the order of the letter. */
    public static final List<String> BREAKABLE_CLAUSES = List.of("CV-1.a", "CV-1.b", "CV-1.c", "CV-1.d", "CV-1.e",
            "CV-1.e.party", "CV-2");

    private static final List<String> FAMILY = shortestFirst("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Giàng", "Lò", "Sùng", "Đinh");
    private static final List<String> MIDDLE = shortestFirst("Văn", "Thị", "Đức", "Minh", "Thu", "Hồng", "Quốc", "Ngọc", "Xuân", "Thanh",
        "Hữu", "Thị Thu");
    private static final List<String> GIVEN = shortestFirst("An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hà", "Hải", "Hằng", "Hoa",
        "Hùng", "Hương", "Khải", "Lan", "Linh", "Minh", "Nga", "Nhung", "Phượng", "Quân", "Sơn", "Thắng", "Thủy",
        "Tiến", "Trang", "Tuấn", "Uyên", "Việt", "Xuân", "Yến", "Ánh", "Ổn", "Ưng");
    private static final List<String> POSITIONS = shortestFirst("Tổ trưởng tổ dân phố", "Đảng viên", "Giáo viên", "Công chức Tư pháp – Hộ tịch",
        "Chủ tịch Ủy ban nhân dân phường", "Hiệu trưởng", "Công an viên", "Kinh doanh tự do", "Nhân viên y tế");
    private static final List<String> UNITS = shortestFirst("Tổ dân phố số 1", "Tổ dân phố số 2", "Trường Tiểu học Duyên Hải",
        "Ủy ban nhân dân phường", "Ban Chỉ huy Quân sự phường", "Trạm Y tế phường");
    private static final List<String> DEEDS = shortestFirst("Hiến máu tình nguyện 12 lần", "Vận động Nhân dân hiến 120 m² đất mở rộng ngõ",
        "Sáng kiến số hóa hồ sơ một cửa", "Nhận đỡ đầu 3 cháu có hoàn cảnh khó khăn", "Dẫn đầu phong trào tự quản đường phố",
        "Quyên góp 20 suất quà cho hộ nghèo", "Cải tiến quy trình tiếp dân", "Đi đầu phòng chống dịch Covid-19");
    private static final List<String> TEXTS = shortestFirst("Giữ gìn vệ sinh môi trường, trồng hoa trên tuyến phố",
        "Không còn hộ vi phạm trật tự đô thị so với 6 tháng cuối năm trước",
        "Nâng cao ý thức rèn luyện đạo đức của cán bộ, đảng viên và Nhân dân",
        "Các tổ dân phố khác đến học tập và làm theo", "Hoàn thành xuất sắc các chỉ tiêu được giao",
        "Mỗi hộ nhận chăm sóc một đoạn đường", "Ứng dụng bản đồ số trong quản lý đất đai");

    /** The variants of a missing text the rules must treat as missing, simplest (absent) first. */
    private static final String[] BLANKS = {null, "", "   ", "\t", "\u00A0", "\u200B \u00A0"};

    /** Subject categories, simplest first: a citizen concerns no further rule, a party member two. */
    private static final List<SubjectCategory> CATEGORIES = List.of(SubjectCategory.NHAN_DAN, SubjectCategory.VIEN_CHUC,
            SubjectCategory.CHIEN_SI_LLVT, SubjectCategory.CONG_CHUC, SubjectCategory.CAN_BO, SubjectCategory.DANG_VIEN);

    /** Ratings below the top one, then none: the ways a rating falls short of HTXSNV. */
    private static final Rating[] BELOW_TOP = {Rating.HTTNV, Rating.HTNV, Rating.KHTNV, null};

    private static List<String> shortestFirst(String... texts) {
        String[] copy = texts.clone();
        Arrays.sort(copy, Comparator.comparingInt(String::length)); // stable: ties keep the written order
        return List.of(copy);
    }

    // ------------------------------------------------------------------ building blocks

    /** A Vietnamese full name: family, middle, given. */
    public static String personName(Choices c) {
        return c.pick(FAMILY) + " " + c.pick(MIDDLE) + " " + c.pick(GIVEN);
    }

    /** Some non-blank Vietnamese sentence. */
    public static String text(Choices c) {
        return c.pick(TEXTS);
    }

    /** A missing text in one of its disguises: null, empty, spaces, tab, NBSP, zero-width space. */
    public static String blank(Choices c) {
        return c.pick(BLANKS);
    }

    /** A concrete achievement: described; an OTHER one (the last type, so the least simple) names its type. */
    public static Achievement achievement(Choices c) {
        AchievementType t = c.pick(AchievementType.values());
        return t == AchievementType.OTHER ? Achievement.other("Phòng, chống thiên tai", c.pick(DEEDS))
                : Achievement.of(t, c.pick(DEEDS));
    }

    private static List<Achievement> achievements(Choices c) {
        return c.listOf(1, 3, NomineeGenerators::achievement);
    }

    /** An assessment of that rating, with no score or (less simple) a score in its band. */
    public static Assessment assessment(Choices c, Rating rating) {
        int lo = rating.minScore();
        int hi = rating == Rating.HTXSNV ? 100 : lo + 19;
        return new Assessment(rating, c.optional(x -> x.between(lo, hi)), null);
    }

    /** A 12-digit citizen ID whose sex/century digit and year agree with the person. */
    static String citizenId(Choices c, int yearOfBirth, Sex sex) {
        String[] provinces = {"001", "010", "015", "024", "031", "079", "092"};
        int century = yearOfBirth >= 2000 ? 2 : 0;
        int sexDigit = century + (sex == Sex.FEMALE ? 1 : 0);
        return c.pick(provinces) + sexDigit + String.format("%02d", yearOfBirth % 100)
                + String.format("%06d", c.between(0, 999999));
    }

    private static Recognition recognition(Choices c, LocalDate evaluationDate) {
        int total = 1 + c.between(0, 59);
        int minFor = total / 2 + 1; // strictly more than half
        int votesFor = minFor + c.between(0, total - minFor);
        return new Recognition(evaluationDate.minusDays(c.between(0, 30)), "Hội nghị chi bộ", votesFor, total);
    }

    // ------------------------------------------------------------------ valid nominees

    /** A valid nominee of a random kind. */
    public static Nominee valid(Choices c, String id, String cellId, LocalDate evaluationDate) {
        return valid(c, c.pick(NomineeKind.values()), id, cellId, evaluationDate);
    }

    /** A valid nominee of that kind. */
    public static Nominee valid(Choices c, NomineeKind kind, String id, String cellId, LocalDate evaluationDate) {
        return switch (kind) {
            case MODEL -> validModel(c, id, cellId);
            case COLLECTIVE -> validCollective(c, id, cellId);
            case INDIVIDUAL -> validIndividual(c, id, cellId, evaluationDate);
        };
    }

    /** A valid model (CV-1.b, CV-1.c). */
    public static ModelNominee validModel(Choices c, String id, String cellId) {
        ModelField f = c.pick(ModelField.values());
        return ModelNominee.builder(id, cellId).name("Mô hình \"" + text(c) + "\"").unit(c.pick(UNITS)).field(f)
                .otherField(f == ModelField.OTHER ? "An ninh trật tự" : null).content(text(c)).novelty(text(c))
                .achievements(achievements(c))
                .assessment(c.optional(x -> assessment(x, x.pick(Rating.values())))).build();
    }

    /** A valid collective (CV-1.b, CV-1.d). */
    public static CollectiveNominee validCollective(Choices c, String id, String cellId) {
        return CollectiveNominee.builder(id, cellId).name("Chi hội " + c.pick(UNITS)).unit(c.pick(UNITS))
                .changeVsPrevious(text(c)).effect(text(c)).spread(text(c)).achievements(achievements(c))
                .assessment(c.optional(x -> assessment(x, x.pick(Rating.values())))).build();
    }

    /**
     * A valid individual (CV-1.a, CV-1.b, CV-1.e, CV-1.e.party, CV-2): one or more categories,
     * concrete results, a meeting on or before {@code evaluationDate} with a strict majority, rated
     * HTXSNV if a party member, rated HTXSNV and exemplary if CV-2 concerns them.
     */
    public static IndividualNominee validIndividual(Choices c, String id, String cellId, LocalDate evaluationDate) {
        List<SubjectCategory> cats = c.listOf(1, 3, x -> x.pick(CATEGORIES));
        boolean keyLeader = c.oneIn(5);
        boolean head = c.oneIn(6);
        boolean agency = c.bool();
        boolean cv2 = agency && (keyLeader || head || cats.contains(SubjectCategory.CAN_BO)
                || cats.contains(SubjectCategory.CONG_CHUC));
        boolean party = cats.contains(SubjectCategory.DANG_VIEN);
        Rating rating = party || cv2 ? Rating.HTXSNV : c.optional(x -> x.pick(Rating.values()));
        int year = 1945 + c.between(0, 59);
        Sex sex = c.pick(Sex.values());
        return IndividualNominee.builder(id, cellId).name(personName(c)).yearOfBirth(year).sex(sex)
                .citizenId(c.optional(x -> citizenId(x, year, sex))).position(c.pick(POSITIONS))
                .unit(c.pick(UNITS)).categories(cats).keyLeader(keyLeader).head(head)
                .exemplary(cv2 || c.bool()).proposedByAgency(agency).results(text(c))
                .recognition(recognition(c, evaluationDate)).achievements(achievements(c))
                .assessment(rating == null ? null : assessment(c, rating)).ethnicity(c.optional(x -> x.pick(ETHNICITIES)))
                .build();
    }

    private static final String[] ETHNICITIES = {"Kinh", "Tày", "Dao", "H'Mông", "Giáy", "Nùng"};

    // ------------------------------------------------------------------ breaking one clause

    /**
     * A nominee that breaks exactly {@code clauseId} (one of {@link #BREAKABLE_CLAUSES}) of the
     * default profile and meets every other rule, in one of the clause's ways of being broken.
     */
    public static Nominee breaking(Choices c, String clauseId, String id, String cellId, LocalDate evaluationDate) {
        Objects.requireNonNull(clauseId, "clauseId");
        switch (clauseId) {
            case "CV-1.a": {
                // no category: the party-member rule no longer applies, CV-2 only through leadership
                return validIndividual(c, id, cellId, evaluationDate).toBuilder().categories(List.of()).build();
            }
            case "CV-1.b": {
                Nominee n = valid(c, id, cellId, evaluationDate);
                List<Achievement> a = new ArrayList<>(n.achievements());
                switch (c.between(0, 2)) {
                    case 0 -> a.clear();
                    case 1 -> a.add(c.between(0, a.size()), new Achievement(c.pick(AchievementType.values()), blank(c),
                            "Phòng, chống thiên tai"));
                    default -> a.add(c.between(0, a.size()), new Achievement(AchievementType.OTHER, c.pick(DEEDS), blank(c)));
                }
                return withAchievements(n, a);
            }
            case "CV-1.c": {
                ModelNominee.Builder b = validModel(c, id, cellId).toBuilder();
                switch (c.between(0, 3)) {
                    case 0 -> b.content(blank(c));
                    case 1 -> b.novelty(blank(c));
                    case 2 -> b.field(null).otherField(null);
                    default -> b.field(ModelField.OTHER).otherField(blank(c));
                }
                return b.build();
            }
            case "CV-1.d": {
                CollectiveNominee.Builder b = validCollective(c, id, cellId).toBuilder();
                switch (c.between(0, 2)) {
                    case 0 -> b.changeVsPrevious(blank(c));
                    case 1 -> b.effect(blank(c));
                    default -> b.spread(blank(c));
                }
                return b.build();
            }
            case "CV-1.e": {
                IndividualNominee.Builder b = validIndividual(c, id, cellId, evaluationDate).toBuilder();
                int total = 2 + c.between(0, 39);
                switch (c.between(0, 6)) {
                    case 0 -> b.results(blank(c));
                    case 1 -> b.recognition(null);
                    case 2 -> b.recognition(new Recognition(null, "Hội nghị chi bộ", total, total));
                    case 3 -> b.recognition(new Recognition(evaluationDate.plusDays(1 + c.between(0, 29)), "Hội nghị chi bộ",
                            total, total));
                    case 4 -> b.recognition(new Recognition(evaluationDate, "Hội nghị chi bộ", null, c.bool() ? total : null));
                    case 5 -> b.recognition(new Recognition(evaluationDate, "Hội nghị chi bộ", total + 1 + c.between(0, 4), total));
                    default -> b.recognition(new Recognition(evaluationDate, "Hội nghị chi bộ", c.between(0, total / 2), total));
                }
                return b.build();
            }
            case "CV-1.e.party": {
                // a party member not concerned by CV-2, rated below HTXSNV or not rated
                Rating below = c.pick(BELOW_TOP);
                return validIndividual(c, id, cellId, evaluationDate).toBuilder().category(SubjectCategory.DANG_VIEN)
                        .proposedByAgency(false).assessment(below == null ? null : assessment(c, below)).build();
            }
            case "CV-2": {
                // proposed by an agency and concerned; rated HTXSNV but not exemplary, or (if not a party
                // member) rated below HTXSNV or not at all
                IndividualNominee v = validIndividual(c, id, cellId, evaluationDate);
                IndividualNominee.Builder b = v.toBuilder().proposedByAgency(true);
                if (c.bool()) {
                    b.keyLeader(true);
                } else {
                    b.category(c.bool() ? SubjectCategory.CAN_BO : SubjectCategory.CONG_CHUC);
                }
                if (v.isPartyMember() || c.bool()) {
                    b.assessment(assessment(c, Rating.HTXSNV)).exemplary(false);
                } else {
                    Rating below = c.pick(BELOW_TOP);
                    b.assessment(below == null ? null : assessment(c, below)).exemplary(c.bool());
                }
                return b.build();
            }
            default:
                throw new IllegalArgumentException("Not a breakable clause: " + clauseId + "; use one of " + BREAKABLE_CLAUSES);
        }
    }

    // ------------------------------------------------------------------ arbitrary

    /**
     * Any nominee: a valid one in which each field is independently, with a small probability, made
     * wrong (missing text, no category, wrong vote, another rating or none, flags flipped). Roughly a
     * third to a half come out eligible under the default profile.
     */
    public static Nominee arbitrary(Choices c, String id, String cellId, LocalDate evaluationDate) {
        Nominee n = valid(c, id, cellId, evaluationDate);
        final int p = 9; // one chance in p for each fault
        if (c.oneIn(p)) {
            List<Achievement> a = new ArrayList<>(n.achievements());
            // one achievement replaced (not added), so the smallest such nominee has a single achievement
            switch (c.between(0, 2)) {
                case 0 -> a.clear();
                case 1 -> a.set(c.between(0, a.size() - 1), new Achievement(c.pick(AchievementType.values()), blank(c), null));
                default -> a.set(c.between(0, a.size() - 1), new Achievement(AchievementType.OTHER, c.pick(DEEDS), blank(c)));
            }
            n = withAchievements(n, a);
        }
        if (c.oneIn(p)) {
            Rating x = c.optional(y -> y.pick(Rating.values()));
            n = withAssessment(n, x == null ? null : assessment(c, x));
        }
        if (n instanceof ModelNominee m) {
            ModelNominee.Builder b = m.toBuilder();
            if (c.oneIn(p)) {
                b.content(blank(c));
            }
            if (c.oneIn(p)) {
                b.novelty(blank(c));
            }
            if (c.oneIn(p)) {
                b.field(c.bool() ? null : ModelField.OTHER).otherField(c.bool() ? blank(c) : "Khác nữa");
            }
            return b.build();
        }
        if (n instanceof CollectiveNominee col) {
            CollectiveNominee.Builder b = col.toBuilder();
            if (c.oneIn(p)) {
                b.changeVsPrevious(blank(c));
            }
            if (c.oneIn(p)) {
                b.effect(blank(c));
            }
            if (c.oneIn(p)) {
                b.spread(blank(c));
            }
            return b.build();
        }
        IndividualNominee i = (IndividualNominee) n;
        IndividualNominee.Builder b = i.toBuilder();
        if (c.oneIn(p)) {
            b.categories(List.of());
        }
        if (c.oneIn(p)) {
            b.category(c.pick(SubjectCategory.values()));
        }
        if (c.oneIn(p)) {
            b.keyLeader(c.bool()).head(c.bool());
        }
        if (c.oneIn(p)) {
            b.proposedByAgency(!i.proposedByAgency());
        }
        if (c.oneIn(p)) {
            b.exemplary(!i.exemplary());
        }
        if (c.oneIn(p)) {
            b.results(blank(c));
        }
        if (c.oneIn(p)) {
            // boundaries first: exactly half, one more than half, none, all, one too many, negative, empty meeting
            int total = c.oneIn(4) ? 0 : 1 + c.between(0, 29);
            Integer[] votes = {total / 2, total / 2 + 1, (total + 1) / 2, 0, total, total + 1, -1, null, c.between(0, total)};
            Integer votesFor = votes[c.between(0, votes.length - 1)];
            LocalDate[] days = {evaluationDate, evaluationDate.plusDays(1), evaluationDate.minusDays(1), null,
                evaluationDate.minusDays(c.between(0, 59))};
            LocalDate meeting = days[c.between(0, days.length - 1)];
            b.recognition(c.oneIn(8) ? null : new Recognition(meeting, "Hội nghị", votesFor,
                    c.oneIn(8) ? null : total));
        }
        return b.build();
    }

    // ------------------------------------------------------------------ hostile input

    /**
     * A text of the kinds that break real systems, simplest first: an ordinary text, a blank,
     * surrounding spaces, NFD, old-style tone placement, legacy TCVN3 bytes read as Latin-1, emoji,
     * control characters, a lone surrogate, a very long text. The model keeps most of them (it only
     * normalises to NFC); the validator is what rejects the bad ones.
     */
    public static String hostileText(Choices c) {
        return switch (c.between(0, 9)) {
            case 0 -> text(c);
            case 1 -> blank(c);
            case 2 -> "  " + text(c) + "\r\n";
            case 3 -> java.text.Normalizer.normalize(text(c), java.text.Normalizer.Form.NFD);
            case 4 -> "Hoà Thuỷ " + text(c);
            case 5 -> "B\u00b6o Th\u00beng"; // "Bảo Thắng" in TCVN3 read as Latin-1
            case 6 -> text(c) + " \uD83C\uDF38";
            case 7 -> text(c) + "\u0007\u0000";
            case 8 -> text(c) + "\uD800";
            default -> text(c).repeat(200 + c.between(0, 399));
        };
    }

    /**
     * An {@link #arbitrary} nominee some of whose texts (name, unit, results, content, novelty,
     * achievement descriptions…) are {@link #hostileText hostile}, and whose citizen ID, year of
     * birth or score may be malformed. For "whatever the validator accepts never breaks the engine or
     * the workflow".
     */
    public static Nominee hostile(Choices c, String id, String cellId, LocalDate evaluationDate) {
        Nominee n = arbitrary(c, id, cellId, evaluationDate);
        if (c.bool()) {
            List<Achievement> a = new ArrayList<>();
            for (Achievement x : n.achievements()) {
                a.add(c.oneIn(3) ? new Achievement(x.type(), hostileText(c), x.otherType()) : x);
            }
            n = withAchievements(n, a);
        }
        if (c.oneIn(4)) {
            Rating x = c.pick(Rating.values());
            n = withAssessment(n, new Assessment(x, c.between(0, 129) - 15, c.bool() ? null : 1900 + c.between(0, 199)));
        }
        if (n instanceof ModelNominee m) {
            ModelNominee.Builder b = m.toBuilder();
            if (c.oneIn(3)) {
                b.name(hostileText(c));
            }
            if (c.oneIn(3)) {
                b.content(hostileText(c));
            }
            if (c.oneIn(3)) {
                b.novelty(hostileText(c));
            }
            return b.build();
        }
        if (n instanceof CollectiveNominee col) {
            CollectiveNominee.Builder b = col.toBuilder();
            if (c.oneIn(3)) {
                b.name(hostileText(c));
            }
            if (c.oneIn(3)) {
                b.effect(hostileText(c));
            }
            if (c.oneIn(3)) {
                b.unit(hostileText(c));
            }
            return b.build();
        }
        IndividualNominee.Builder b = ((IndividualNominee) n).toBuilder();
        if (c.oneIn(3)) {
            b.name(hostileText(c));
        }
        if (c.oneIn(3)) {
            b.results(hostileText(c));
        }
        if (c.oneIn(4)) {
            b.position(hostileText(c));
        }
        if (c.oneIn(4)) {
            String[] ids = {"0010123456", "00101234564X", "001 012 345 645", "０１２３４５６７８９０１", "001012345645"};
            b.citizenId(c.pick(ids));
        }
        if (c.oneIn(5)) {
            b.yearOfBirth(c.between(0, 2999) - 100);
        }
        return b.build();
    }

    // ------------------------------------------------------------------ small edits

    /** The same nominee with another assessment (null for none). */
    public static Nominee withAssessment(Nominee n, Assessment a) {
        if (n instanceof ModelNominee m) {
            return m.toBuilder().assessment(a).build();
        }
        if (n instanceof CollectiveNominee col) {
            return col.toBuilder().assessment(a).build();
        }
        return ((IndividualNominee) n).toBuilder().assessment(a).build();
    }

    /** The same nominee with these achievements, in this order. */
    public static Nominee withAchievements(Nominee n, List<Achievement> a) {
        if (n instanceof ModelNominee m) {
            return m.toBuilder().achievements(a).build();
        }
        if (n instanceof CollectiveNominee col) {
            return col.toBuilder().achievements(a).build();
        }
        return ((IndividualNominee) n).toBuilder().achievements(a).build();
    }
}
