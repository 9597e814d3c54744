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
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Framework-neutral generators of nominees: plain functions of a seeded random source
 * ({@link RandomGenerator}, e.g. {@code new SplittableRandom(seed)}), so that the same seed always
 * gives the same value and any property-testing tool (QuickTheories here, or a host's own) can
 * drive them. Every generated string is NFC.
 *
 * <ul>
 * <li>{@link #valid}: a nominee that meets every rule of {@code CriteriaProfile.defaultProfile()}
 * (the source letter) when evaluated on {@code evaluationDate} or later;</li>
 * <li>{@link #breaking}: a nominee that breaks exactly one named clause of that profile and meets
 * all the others;</li>
 * <li>{@link #arbitrary}: any mixture (each field independently right or wrong), eligible or not.</li>
 * </ul>
 *
 * <p>Pure and thread-safe (the random source is the caller's).
 */
public final class NomineeGenerators {
    private NomineeGenerators() {
    }

    /** The clauses {@link #breaking} can break, in the order of the letter. */
    public static final List<String> BREAKABLE_CLAUSES = List.of("CV-1.a", "CV-1.b", "CV-1.c", "CV-1.d", "CV-1.e",
            "CV-1.e.party", "CV-2");

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Giàng", "Lò", "Sùng", "Đinh"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Thu", "Hồng", "Quốc", "Ngọc", "Xuân", "Thanh",
        "Hữu", "Thị Thu"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hà", "Hải", "Hằng", "Hoa",
        "Hùng", "Hương", "Khải", "Lan", "Linh", "Minh", "Nga", "Nhung", "Phượng", "Quân", "Sơn", "Thắng", "Thủy",
        "Tiến", "Trang", "Tuấn", "Uyên", "Việt", "Xuân", "Yến", "Ánh", "Ổn", "Ưng"};
    private static final String[] POSITIONS = {"Tổ trưởng tổ dân phố", "Đảng viên", "Giáo viên", "Công chức Tư pháp – Hộ tịch",
        "Chủ tịch Ủy ban nhân dân phường", "Hiệu trưởng", "Công an viên", "Kinh doanh tự do", "Nhân viên y tế"};
    private static final String[] UNITS = {"Tổ dân phố số 1", "Tổ dân phố số 2", "Trường Tiểu học Duyên Hải",
        "Ủy ban nhân dân phường", "Ban Chỉ huy Quân sự phường", "Trạm Y tế phường"};
    private static final String[] DEEDS = {"Hiến máu tình nguyện 12 lần", "Vận động Nhân dân hiến 120 m² đất mở rộng ngõ",
        "Sáng kiến số hóa hồ sơ một cửa", "Nhận đỡ đầu 3 cháu có hoàn cảnh khó khăn", "Dẫn đầu phong trào tự quản đường phố",
        "Quyên góp 20 suất quà cho hộ nghèo", "Cải tiến quy trình tiếp dân", "Đi đầu phòng chống dịch Covid-19"};
    private static final String[] TEXTS = {"Giữ gìn vệ sinh môi trường, trồng hoa trên tuyến phố",
        "Không còn hộ vi phạm trật tự đô thị so với 6 tháng cuối năm trước",
        "Nâng cao ý thức rèn luyện đạo đức của cán bộ, đảng viên và Nhân dân",
        "Các tổ dân phố khác đến học tập và làm theo", "Hoàn thành xuất sắc các chỉ tiêu được giao",
        "Mỗi hộ nhận chăm sóc một đoạn đường", "Ứng dụng bản đồ số trong quản lý đất đai"};

    /** The variants of a missing text the rules must treat as missing. */
    private static final String[] BLANKS = {null, "", "   ", "\t", "\u00A0", "\u200B \u00A0"};

    // ------------------------------------------------------------------ building blocks

    static <T> T pick(RandomGenerator r, T[] from) {
        return from[r.nextInt(from.length)];
    }

    static <T> T pick(RandomGenerator r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }

    /** A Vietnamese full name: family, middle, given. */
    public static String personName(RandomGenerator r) {
        return pick(r, FAMILY) + " " + pick(r, MIDDLE) + " " + pick(r, GIVEN);
    }

    /** Some non-blank Vietnamese sentence. */
    public static String text(RandomGenerator r) {
        return pick(r, TEXTS);
    }

    /** A missing text in one of its disguises: null, empty, spaces, tab, NBSP, zero-width space. */
    public static String blank(RandomGenerator r) {
        return pick(r, BLANKS);
    }

    /** A concrete achievement: described; an OTHER one names its type. */
    public static Achievement achievement(RandomGenerator r) {
        AchievementType t = pick(r, AchievementType.values());
        return t == AchievementType.OTHER ? Achievement.other("Phòng, chống thiên tai", pick(r, DEEDS))
                : Achievement.of(t, pick(r, DEEDS));
    }

    private static List<Achievement> achievements(RandomGenerator r) {
        int n = 1 + r.nextInt(3);
        List<Achievement> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(achievement(r));
        }
        return out;
    }

    /** An assessment of that rating, with a score in its band or no score. */
    public static Assessment assessment(RandomGenerator r, Rating rating) {
        Integer score = null;
        if (r.nextBoolean()) {
            int lo = rating.minScore();
            int hi = rating == Rating.HTXSNV ? 100 : lo + 19;
            score = lo + r.nextInt(hi - lo + 1);
        }
        return new Assessment(rating, score, null);
    }

    /** A 12-digit citizen ID whose sex/century digit and year agree with the person. */
    static String citizenId(RandomGenerator r, int yearOfBirth, Sex sex) {
        String[] provinces = {"001", "010", "015", "024", "031", "079", "092"};
        int century = yearOfBirth >= 2000 ? 2 : 0;
        int sexDigit = century + (sex == Sex.FEMALE ? 1 : 0);
        return pick(r, provinces) + sexDigit + String.format("%02d", yearOfBirth % 100)
                + String.format("%06d", r.nextInt(1_000_000));
    }

    private static Recognition recognition(RandomGenerator r, LocalDate evaluationDate) {
        int total = 1 + r.nextInt(60);
        int minFor = total / 2 + 1; // strictly more than half
        int votesFor = minFor + r.nextInt(total - minFor + 1);
        return new Recognition(evaluationDate.minusDays(r.nextInt(31)), "Hội nghị chi bộ", votesFor, total);
    }

    // ------------------------------------------------------------------ valid nominees

    /** A valid nominee of a random kind. */
    public static Nominee valid(RandomGenerator r, String id, String cellId, LocalDate evaluationDate) {
        return valid(r, pick(r, NomineeKind.values()), id, cellId, evaluationDate);
    }

    /** A valid nominee of that kind. */
    public static Nominee valid(RandomGenerator r, NomineeKind kind, String id, String cellId, LocalDate evaluationDate) {
        return switch (kind) {
            case MODEL -> validModel(r, id, cellId);
            case COLLECTIVE -> validCollective(r, id, cellId);
            case INDIVIDUAL -> validIndividual(r, id, cellId, evaluationDate);
        };
    }

    /** A valid model (CV-1.b, CV-1.c). */
    public static ModelNominee validModel(RandomGenerator r, String id, String cellId) {
        ModelField f = pick(r, ModelField.values());
        return ModelNominee.builder(id, cellId).name("Mô hình \"" + text(r) + "\"").unit(pick(r, UNITS)).field(f)
                .otherField(f == ModelField.OTHER ? "An ninh trật tự" : null).content(text(r)).novelty(text(r))
                .achievements(achievements(r))
                .assessment(r.nextInt(3) == 0 ? null : assessment(r, pick(r, Rating.values()))).build();
    }

    /** A valid collective (CV-1.b, CV-1.d). */
    public static CollectiveNominee validCollective(RandomGenerator r, String id, String cellId) {
        return CollectiveNominee.builder(id, cellId).name("Chi hội " + pick(r, UNITS)).unit(pick(r, UNITS))
                .changeVsPrevious(text(r)).effect(text(r)).spread(text(r)).achievements(achievements(r))
                .assessment(r.nextInt(3) == 0 ? null : assessment(r, pick(r, Rating.values()))).build();
    }

    /**
     * A valid individual (CV-1.a, CV-1.b, CV-1.e, CV-1.e.party, CV-2): one or more categories,
     * concrete results, a meeting on or before {@code evaluationDate} with a strict majority, rated
     * HTXSNV if a party member, rated HTXSNV and exemplary if CV-2 concerns them.
     */
    public static IndividualNominee validIndividual(RandomGenerator r, String id, String cellId, LocalDate evaluationDate) {
        Set<SubjectCategory> cats = EnumSet.noneOf(SubjectCategory.class);
        SubjectCategory[] all = SubjectCategory.values();
        cats.add(pick(r, all));
        while (r.nextInt(3) == 0) {
            cats.add(pick(r, all));
        }
        boolean keyLeader = r.nextInt(5) == 0;
        boolean head = r.nextInt(6) == 0;
        boolean agency = r.nextBoolean();
        boolean cv2 = agency && (keyLeader || head || cats.contains(SubjectCategory.CAN_BO)
                || cats.contains(SubjectCategory.CONG_CHUC));
        boolean party = cats.contains(SubjectCategory.DANG_VIEN);
        Rating rating = party || cv2 ? Rating.HTXSNV : r.nextInt(4) == 0 ? null : pick(r, Rating.values());
        int year = 1945 + r.nextInt(60);
        Sex sex = r.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        return IndividualNominee.builder(id, cellId).name(personName(r)).yearOfBirth(year).sex(sex)
                .citizenId(r.nextBoolean() ? citizenId(r, year, sex) : null).position(pick(r, POSITIONS))
                .unit(pick(r, UNITS)).categories(cats).keyLeader(keyLeader).head(head)
                .exemplary(cv2 || r.nextBoolean()).proposedByAgency(agency).results(text(r))
                .recognition(recognition(r, evaluationDate)).achievements(achievements(r))
                .assessment(rating == null ? null : assessment(r, rating)).ethnicity(ethnicity(id, year)).build();
    }

    private static final String[] ETHNICITIES = {"Kinh", "Kinh", "Tày", "Dao", "H'Mông", "Giáy", "Nùng"};

    /**
     * An ethnicity for about two individuals in three (unknown for the others), taken from the id and
     * year rather than from the generator so that adding it left every other generated value as it was.
     */
    static String ethnicity(String id, int year) {
        int h = Math.floorMod(id.hashCode() * 31 + year, 3 * ETHNICITIES.length);
        return h < ETHNICITIES.length ? null : ETHNICITIES[h % ETHNICITIES.length];
    }

    // ------------------------------------------------------------------ breaking one clause

    /**
     * A nominee that breaks exactly {@code clauseId} (one of {@link #BREAKABLE_CLAUSES}) of the
     * default profile and meets every other rule, in one of the clause's ways of being broken.
     */
    public static Nominee breaking(RandomGenerator r, String clauseId, String id, String cellId, LocalDate evaluationDate) {
        Objects.requireNonNull(clauseId, "clauseId");
        switch (clauseId) {
            case "CV-1.a": {
                // no category: the party-member rule no longer applies, CV-2 only through leadership
                return validIndividual(r, id, cellId, evaluationDate).toBuilder().categories(List.of()).build();
            }
            case "CV-1.b": {
                Nominee n = valid(r, id, cellId, evaluationDate);
                List<Achievement> a = new ArrayList<>(n.achievements());
                switch (r.nextInt(3)) {
                    case 0 -> a.clear();
                    case 1 -> a.add(r.nextInt(a.size() + 1), new Achievement(pick(r, AchievementType.values()), blank(r),
                            "Phòng, chống thiên tai"));
                    default -> a.add(r.nextInt(a.size() + 1), new Achievement(AchievementType.OTHER, pick(r, DEEDS), blank(r)));
                }
                return withAchievements(n, a);
            }
            case "CV-1.c": {
                ModelNominee.Builder b = validModel(r, id, cellId).toBuilder();
                switch (r.nextInt(4)) {
                    case 0 -> b.content(blank(r));
                    case 1 -> b.novelty(blank(r));
                    case 2 -> b.field(null).otherField(null);
                    default -> b.field(ModelField.OTHER).otherField(blank(r));
                }
                return b.build();
            }
            case "CV-1.d": {
                CollectiveNominee.Builder b = validCollective(r, id, cellId).toBuilder();
                switch (r.nextInt(3)) {
                    case 0 -> b.changeVsPrevious(blank(r));
                    case 1 -> b.effect(blank(r));
                    default -> b.spread(blank(r));
                }
                return b.build();
            }
            case "CV-1.e": {
                IndividualNominee.Builder b = validIndividual(r, id, cellId, evaluationDate).toBuilder();
                int total = 2 + r.nextInt(40);
                switch (r.nextInt(7)) {
                    case 0 -> b.results(blank(r));
                    case 1 -> b.recognition(null);
                    case 2 -> b.recognition(new Recognition(null, "Hội nghị chi bộ", total, total));
                    case 3 -> b.recognition(new Recognition(evaluationDate.plusDays(1 + r.nextInt(30)), "Hội nghị chi bộ",
                            total, total));
                    case 4 -> b.recognition(new Recognition(evaluationDate, "Hội nghị chi bộ", null, r.nextBoolean() ? total : null));
                    case 5 -> b.recognition(new Recognition(evaluationDate, "Hội nghị chi bộ", total + 1 + r.nextInt(5), total));
                    default -> b.recognition(new Recognition(evaluationDate, "Hội nghị chi bộ", r.nextInt(total / 2 + 1), total));
                }
                return b.build();
            }
            case "CV-1.e.party": {
                // a party member not concerned by CV-2, rated below HTXSNV or not rated
                Rating below = pick(r, new Rating[] {Rating.HTTNV, Rating.HTNV, Rating.KHTNV, null});
                return validIndividual(r, id, cellId, evaluationDate).toBuilder().category(SubjectCategory.DANG_VIEN)
                        .proposedByAgency(false).assessment(below == null ? null : assessment(r, below)).build();
            }
            case "CV-2": {
                // proposed by an agency and concerned; rated HTXSNV but not exemplary, or (if not a party
                // member) rated below HTXSNV or not at all
                IndividualNominee v = validIndividual(r, id, cellId, evaluationDate);
                IndividualNominee.Builder b = v.toBuilder().proposedByAgency(true);
                if (r.nextBoolean()) {
                    b.keyLeader(true);
                } else {
                    b.category(r.nextBoolean() ? SubjectCategory.CAN_BO : SubjectCategory.CONG_CHUC);
                }
                if (v.isPartyMember() || r.nextBoolean()) {
                    b.assessment(assessment(r, Rating.HTXSNV)).exemplary(false);
                } else {
                    Rating below = pick(r, new Rating[] {Rating.HTTNV, Rating.HTNV, Rating.KHTNV, null});
                    b.assessment(below == null ? null : assessment(r, below)).exemplary(r.nextBoolean());
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
    public static Nominee arbitrary(RandomGenerator r, String id, String cellId, LocalDate evaluationDate) {
        Nominee n = valid(r, id, cellId, evaluationDate);
        final int p = 9; // one chance in p for each fault
        if (r.nextInt(p) == 0) {
            List<Achievement> a = new ArrayList<>(n.achievements());
            switch (r.nextInt(3)) {
                case 0 -> a.clear();
                case 1 -> a.add(new Achievement(pick(r, AchievementType.values()), blank(r), null));
                default -> a.add(new Achievement(AchievementType.OTHER, pick(r, DEEDS), blank(r)));
            }
            n = withAchievements(n, a);
        }
        if (r.nextInt(p) == 0) {
            Rating x = r.nextInt(4) == 0 ? null : pick(r, Rating.values());
            n = withAssessment(n, x == null ? null : assessment(r, x));
        }
        if (n instanceof ModelNominee m) {
            ModelNominee.Builder b = m.toBuilder();
            if (r.nextInt(p) == 0) {
                b.content(blank(r));
            }
            if (r.nextInt(p) == 0) {
                b.novelty(blank(r));
            }
            if (r.nextInt(p) == 0) {
                b.field(r.nextBoolean() ? null : ModelField.OTHER).otherField(r.nextBoolean() ? blank(r) : "Khác nữa");
            }
            return b.build();
        }
        if (n instanceof CollectiveNominee c) {
            CollectiveNominee.Builder b = c.toBuilder();
            if (r.nextInt(p) == 0) {
                b.changeVsPrevious(blank(r));
            }
            if (r.nextInt(p) == 0) {
                b.effect(blank(r));
            }
            if (r.nextInt(p) == 0) {
                b.spread(blank(r));
            }
            return b.build();
        }
        IndividualNominee i = (IndividualNominee) n;
        IndividualNominee.Builder b = i.toBuilder();
        if (r.nextInt(p) == 0) {
            b.categories(List.of());
        }
        if (r.nextInt(p) == 0) {
            b.category(pick(r, SubjectCategory.values()));
        }
        if (r.nextInt(p) == 0) {
            b.keyLeader(r.nextBoolean()).head(r.nextBoolean());
        }
        if (r.nextInt(p) == 0) {
            b.proposedByAgency(!i.proposedByAgency());
        }
        if (r.nextInt(p) == 0) {
            b.exemplary(!i.exemplary());
        }
        if (r.nextInt(p) == 0) {
            b.results(blank(r));
        }
        if (r.nextInt(p) == 0) {
            // boundaries first: exactly half, one more than half, none, all, one too many, negative, empty meeting
            int total = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(30);
            Integer[] votes = {total / 2, total / 2 + 1, (total + 1) / 2, 0, total, total + 1, -1, null, r.nextInt(total + 1)};
            Integer votesFor = votes[r.nextInt(votes.length)];
            LocalDate[] days = {evaluationDate, evaluationDate.plusDays(1), evaluationDate.minusDays(1), null,
                evaluationDate.minusDays(r.nextInt(60))};
            LocalDate meeting = days[r.nextInt(days.length)];
            b.recognition(r.nextInt(8) == 0 ? null : new Recognition(meeting, "Hội nghị", votesFor,
                    r.nextInt(8) == 0 ? null : total));
        }
        return b.build();
    }

    // ------------------------------------------------------------------ hostile input

    /**
     * A text of the kinds that break real systems: NFD, control characters, a lone
     * surrogate, a very long text, legacy TCVN3 bytes read as Latin-1, emoji, mixed tone placement,
     * only spaces, or an ordinary text. The model keeps most of them (it only normalises to NFC);
     * the validator is what rejects the bad ones.
     */
    public static String hostileText(RandomGenerator r) {
        return switch (r.nextInt(10)) {
            case 0 -> java.text.Normalizer.normalize(text(r), java.text.Normalizer.Form.NFD);
            case 1 -> text(r) + "\u0007\u0000";
            case 2 -> text(r) + "\uD800";
            case 3 -> text(r).repeat(200 + r.nextInt(400));
            case 4 -> "B\u00b6o Th\u00beng"; // "Bảo Thắng" in TCVN3 read as Latin-1
            case 5 -> text(r) + " \uD83C\uDF38";
            case 6 -> "Hoà Thuỷ " + text(r);
            case 7 -> blank(r);
            case 8 -> "  " + text(r) + "\r\n";
            default -> text(r);
        };
    }

    /**
     * An {@link #arbitrary} nominee some of whose texts (name, unit, results, content, novelty,
     * achievement descriptions…) are {@link #hostileText hostile}, and whose citizen ID, year of
     * birth or score may be malformed. For "whatever the validator accepts never breaks the engine or
     * the workflow".
     */
    public static Nominee hostile(RandomGenerator r, String id, String cellId, LocalDate evaluationDate) {
        Nominee n = arbitrary(r, id, cellId, evaluationDate);
        if (r.nextBoolean()) {
            List<Achievement> a = new ArrayList<>();
            for (Achievement x : n.achievements()) {
                a.add(r.nextInt(3) == 0 ? new Achievement(x.type(), hostileText(r), x.otherType()) : x);
            }
            n = withAchievements(n, a);
        }
        if (r.nextInt(4) == 0) {
            Rating x = pick(r, Rating.values());
            n = withAssessment(n, new Assessment(x, r.nextInt(130) - 15, r.nextBoolean() ? null : 1900 + r.nextInt(200)));
        }
        if (n instanceof ModelNominee m) {
            ModelNominee.Builder b = m.toBuilder();
            if (r.nextInt(3) == 0) {
                b.name(hostileText(r));
            }
            if (r.nextInt(3) == 0) {
                b.content(hostileText(r));
            }
            if (r.nextInt(3) == 0) {
                b.novelty(hostileText(r));
            }
            return b.build();
        }
        if (n instanceof CollectiveNominee c) {
            CollectiveNominee.Builder b = c.toBuilder();
            if (r.nextInt(3) == 0) {
                b.name(hostileText(r));
            }
            if (r.nextInt(3) == 0) {
                b.effect(hostileText(r));
            }
            if (r.nextInt(3) == 0) {
                b.unit(hostileText(r));
            }
            return b.build();
        }
        IndividualNominee.Builder b = ((IndividualNominee) n).toBuilder();
        if (r.nextInt(3) == 0) {
            b.name(hostileText(r));
        }
        if (r.nextInt(3) == 0) {
            b.results(hostileText(r));
        }
        if (r.nextInt(4) == 0) {
            b.position(hostileText(r));
        }
        if (r.nextInt(4) == 0) {
            String[] ids = {"0010123456", "00101234564X", "001 012 345 645", "０１２３４５６７８９０１", "001012345645"};
            b.citizenId(pick(r, ids));
        }
        if (r.nextInt(5) == 0) {
            b.yearOfBirth(r.nextInt(3000) - 100);
        }
        return b.build();
    }

    // ------------------------------------------------------------------ small edits

    /** The same nominee with another assessment (null for none). */
    public static Nominee withAssessment(Nominee n, Assessment a) {
        if (n instanceof ModelNominee m) {
            return m.toBuilder().assessment(a).build();
        }
        if (n instanceof CollectiveNominee c) {
            return c.toBuilder().assessment(a).build();
        }
        return ((IndividualNominee) n).toBuilder().assessment(a).build();
    }

    /** The same nominee with these achievements, in this order. */
    public static Nominee withAchievements(Nominee n, List<Achievement> a) {
        if (n instanceof ModelNominee m) {
            return m.toBuilder().achievements(a).build();
        }
        if (n instanceof CollectiveNominee c) {
            return c.toBuilder().achievements(a).build();
        }
        return ((IndividualNominee) n).toBuilder().achievements(a).build();
    }
}
