package io.github.ghidanh.core.criteria;

import io.github.ghidanh.core.criteria.internal.Check;
import io.github.ghidanh.core.criteria.internal.Checks;
import io.github.ghidanh.core.criteria.internal.Keys;
import io.github.ghidanh.core.criteria.internal.Param;
import io.github.ghidanh.core.model.NomineeKind;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.model.SubjectCategory;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The built-in rule types a {@link CriteriaProfile} is made of. A profile (in code or JSON) names a
 * type by its {@link #id() id} and gives its parameters; the type fixes the clause it cites, the
 * nominee kinds it can apply to and its message keys. Hosts combine and parameterise these types;
 * they do not subclass the engine.
 */
public enum RuleType {
    /** CV-1.a: an individual has at least one subject category. No parameters. */
    SUBJECT_CATEGORY("subject-category", Clauses.CV_1_A, EnumSet.of(NomineeKind.INDIVIDUAL), Set.of(), List.of(),
            List.of(Keys.CV_1_A_CATEGORY_REQUIRED), p -> Checks.subjectCategory()),

    /**
     * CV-1.b: at least {@code min} concrete achievements (default 1); every achievement described
     * ({@code requireDescription}, default true); an OTHER achievement names its type
     * ({@code requireOtherTypeName}, default true).
     */
    CONCRETE_ACHIEVEMENT("concrete-achievement", Clauses.CV_1_B, EnumSet.allOf(NomineeKind.class), Set.of(),
            List.of(Param.integer("min", 1, 1, 100, "số thành tích tối thiểu", "the minimum number of achievements"),
                    Param.bool("requireDescription", true, "mỗi thành tích phải có mô tả", "every achievement needs a description"),
                    Param.bool("requireOtherTypeName", true, "thành tích loại Khác phải ghi tên loại",
                            "an OTHER achievement needs its type name")),
            List.of(Keys.CV_1_B_ACHIEVEMENT_REQUIRED, Keys.CV_1_B_ACHIEVEMENT_DESCRIPTION, Keys.CV_1_B_ACHIEVEMENT_OTHER_TYPE),
            p -> Checks.concreteAchievement((Integer) p.get("min"), (Boolean) p.get("requireDescription"),
                    (Boolean) p.get("requireOtherTypeName"))),

    /** CV-1.c: a model has its content, what is new, and a field (an OTHER field named). No parameters. */
    MODEL_CONTENT("model-content", Clauses.CV_1_C, EnumSet.of(NomineeKind.MODEL), Set.of(), List.of(),
            List.of(Keys.CV_1_C_CONTENT_REQUIRED, Keys.CV_1_C_NOVELTY_REQUIRED, Keys.CV_1_C_FIELD_REQUIRED,
                    Keys.CV_1_C_FIELD_OTHER_NAME),
            p -> Checks.modelContent()),

    /** CV-1.d: a collective states its change vs the previous period, its effect and its spread. No parameters. */
    COLLECTIVE_CHANGE("collective-change", Clauses.CV_1_D, EnumSet.of(NomineeKind.COLLECTIVE), Set.of(), List.of(),
            List.of(Keys.CV_1_D_CHANGE_REQUIRED, Keys.CV_1_D_EFFECT_REQUIRED, Keys.CV_1_D_SPREAD_REQUIRED),
            p -> Checks.collectiveChange()),

    /** CV-1.e: an individual has concrete results in study, work and duties. No parameters. */
    INDIVIDUAL_RESULTS("individual-results", Clauses.CV_1_E, EnumSet.of(NomineeKind.INDIVIDUAL), Set.of(), List.of(),
            List.of(Keys.CV_1_E_RESULTS_REQUIRED), p -> Checks.individualResults()),

    /**
     * CV-1.e: the collective recognised the individual: a meeting date not after the evaluation
     * date and, when {@code requireVote} (default true), a vote with votesFor &gt;
     * {@code approvalAbovePercent} % of votesTotal (default 50: a strict majority of those voting).
     */
    RECOGNITION_BY_COLLECTIVE("recognition-by-collective", Clauses.CV_1_E, EnumSet.of(NomineeKind.INDIVIDUAL), Set.of(),
            List.of(Param.integer("approvalAbovePercent", 50, 0, 99, "tỷ lệ phiếu đồng ý phải vượt quá (%)",
                            "the share of votes in favour must exceed (%)"),
                    Param.bool("requireVote", true, "phải có kết quả biểu quyết", "a vote is required")),
            List.of(Keys.CV_1_E_RECOGNITION_REQUIRED, Keys.CV_1_E_RECOGNITION_MEETING_DATE,
                    Keys.CV_1_E_RECOGNITION_MEETING_AFTER, Keys.CV_1_E_RECOGNITION_VOTE,
                    Keys.CV_1_E_RECOGNITION_VOTE_INVALID, Keys.CV_1_E_RECOGNITION_MAJORITY),
            p -> Checks.recognitionByCollective((Integer) p.get("approvalAbovePercent"), (Boolean) p.get("requireVote"))),

    /**
     * CV-1.e.party: an individual of the rule's categories (default: party members) is rated at
     * least {@code threshold} (default HTXSNV, as the letter says); a missing rating fails. The
     * rating must be the latest annual one at the evaluation date ({@code annualReviewMonth}, default
     * 12: in June 2022, the rating of 2021); a rating without a year fails only when
     * {@code requireRatingYear} (default false).
     */
    PARTY_MEMBER_RATING("party-member-rating", Clauses.CV_1_E_PARTY, EnumSet.of(NomineeKind.INDIVIDUAL),
            EnumSet.of(SubjectCategory.DANG_VIEN),
            List.of(Param.rating("threshold", Rating.HTXSNV, "mức xếp loại tối thiểu", "the minimum rating"),
                    annualReviewMonth(), requireRatingYear()),
            List.of(Keys.CV_1_E_PARTY_RATING, Keys.CV_1_E_PARTY_RATING_MISSING, Keys.CV_1_E_PARTY_RATING_YEAR,
                    Keys.CV_1_E_PARTY_RATING_YEAR_MISSING),
            p -> Checks.partyMemberRating((Rating) p.get("threshold"), (Integer) p.get("annualReviewMonth"),
                    (Boolean) p.get("requireRatingYear"))),

    /**
     * CV-2: an individual proposed by an agency or unit who is its head or a key leader
     * ({@code includeLeaders}, default true) or belongs to {@code proposedCategories} (default cán
     * bộ and công chức) is rated at least {@code threshold} (default HTXSNV) and, when
     * {@code requireExemplary} (default true), marked exemplary; the rating's year is checked as for
     * {@link #PARTY_MEMBER_RATING} ({@code annualReviewMonth}, {@code requireRatingYear}).
     */
    AGENCY_PROPOSED_EXEMPLARY("agency-proposed-exemplary", Clauses.CV_2, EnumSet.of(NomineeKind.INDIVIDUAL), Set.of(),
            List.of(Param.rating("threshold", Rating.HTXSNV, "mức xếp loại tối thiểu", "the minimum rating"),
                    Param.bool("requireExemplary", true, "phải được đánh dấu tiêu biểu, gương mẫu", "must be marked exemplary"),
                    Param.categories("proposedCategories", EnumSet.of(SubjectCategory.CAN_BO, SubjectCategory.CONG_CHUC),
                            "các đối tượng mà quy tắc áp dụng khi do cơ quan đề xuất",
                            "the categories the rule applies to when an agency proposes them"),
                    Param.bool("includeLeaders", true, "áp dụng cho người đứng đầu, cán bộ lãnh đạo chủ chốt",
                            "applies to heads and key leaders"),
                    annualReviewMonth(), requireRatingYear()),
            List.of(Keys.CV_2_RATING, Keys.CV_2_RATING_MISSING, Keys.CV_2_RATING_YEAR, Keys.CV_2_RATING_YEAR_MISSING,
                    Keys.CV_2_EXEMPLARY),
            p -> Checks.agencyProposedExemplary((Rating) p.get("threshold"), (Boolean) p.get("requireExemplary"),
                    asCategories(p.get("proposedCategories")), (Boolean) p.get("includeLeaders"),
                    (Integer) p.get("annualReviewMonth"), (Boolean) p.get("requireRatingYear")));

    private final String id;
    private final String clauseId;
    private final Set<NomineeKind> kinds;
    private final Set<SubjectCategory> defaultCategories;
    private final List<Param> params;
    private final List<String> messageKeys;
    private final Function<Map<String, Object>, Check> compiler;

    RuleType(String id, String clauseId, Set<NomineeKind> kinds, Set<SubjectCategory> defaultCategories,
            List<Param> params, List<String> messageKeys, Function<Map<String, Object>, Check> compiler) {
        this.id = id;
        this.clauseId = clauseId;
        this.kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
        this.defaultCategories = defaultCategories.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(defaultCategories));
        this.params = params;
        this.messageKeys = messageKeys;
        this.compiler = compiler;
    }

    /**
     * The rating must be the latest annual one at the evaluation date: of the evaluation year from
     * this month on, else of the year before (default 12: party members are rated at the year-end
     * review, so the letter of 31/5/2022, evaluating "6 tháng đầu năm 2022", wants the rating of 2021).
     */
    private static Param annualReviewMonth() {
        return Param.integer("annualReviewMonth", 12, 1, 12,
                "tháng đánh giá, xếp loại hằng năm (từ tháng này dùng xếp loại của năm đánh giá, trước đó dùng của năm trước)",
                "the month of the annual rating (from it on the rating of the evaluation year, before it that of the year before)");
    }

    /** Whether a rating without its year fails (default false: older records often lack it). */
    private static Param requireRatingYear() {
        return Param.bool("requireRatingYear", false, "xếp loại phải ghi năm", "the rating must state its year");
    }

    @SuppressWarnings("unchecked")
    private static Set<SubjectCategory> asCategories(Object o) {
        return (Set<SubjectCategory>) o;
    }

    /** The name used in profiles, e.g. {@code party-member-rating}. */
    public String id() {
        return id;
    }

    /** The clause this type's reasons cite, e.g. {@code CV-1.e.party}. */
    public String clauseId() {
        return clauseId;
    }

    /** The nominee kinds this type can apply to. */
    public Set<NomineeKind> supportedKinds() {
        return kinds;
    }

    /** The subject categories a rule of this type applies to when the profile names none (empty: all). */
    public Set<SubjectCategory> defaultCategories() {
        return defaultCategories;
    }

    /** The parameter names, in order. */
    public List<String> parameterNames() {
        return params.stream().map(Param::name).toList();
    }

    /** The default value of every parameter, in order. */
    public Map<String, Object> defaultParameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Param p : params) {
            m.put(p.name(), p.defaultValue());
        }
        return Collections.unmodifiableMap(m);
    }

    /** The message keys a rule of this type can report. */
    public List<String> messageKeys() {
        return messageKeys;
    }

    /** The type named {@code id}, e.g. {@code party-member-rating}; null if none. */
    public static RuleType byId(String id) {
        if (id == null) {
            return null;
        }
        for (RuleType t : values()) {
            if (t.id.equals(id.strip())) {
                return t;
            }
        }
        return null;
    }

    List<Param> params() {
        return params;
    }

    Check compile(Map<String, Object> canonicalParameters) {
        return compiler.apply(canonicalParameters);
    }
}
