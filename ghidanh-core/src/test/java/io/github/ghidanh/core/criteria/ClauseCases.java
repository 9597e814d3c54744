package io.github.ghidanh.core.criteria;

import static io.github.ghidanh.core.criteria.Nominees.EVALUATION_DATE;

import io.github.ghidanh.core.model.Achievement;
import io.github.ghidanh.core.model.AchievementType;
import io.github.ghidanh.core.model.Assessment;
import io.github.ghidanh.core.model.ModelField;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.model.Recognition;
import io.github.ghidanh.core.model.SubjectCategory;
import java.time.LocalDate;
import java.util.List;

/**
 * One nominee per message key of the default profile's rules that breaks exactly that rule, with
 * the exact Vietnamese and English messages (written by hand). Shared by the engine and the
 * validation tests.
 */
public final class ClauseCases {
    private ClauseCases() {
    }

    /** A case under {@code profile} (the default profile unless a key only fires under another). */
    public record Case(Nominee nominee, String clauseId, String messageKey, String vi, String en, CriteriaProfile profile) {
        public Case(Nominee nominee, String clauseId, String messageKey, String vi, String en) {
            this(nominee, clauseId, messageKey, vi, en, CriteriaProfile.defaultProfile());
        }

        @Override
        public String toString() {
            return messageKey;
        }
    }

    public static List<Case> all() {
        return List.of(
        new Case(Nominees.model().toBuilder().content(null).build(),
                "CV-1.c", "io.github.ghidanh.cv_1_c.content.required",
                "Mô hình phải có nội dung cụ thể (CV-1.c)",
                "A model must describe its concrete content (CV-1.c)"),
        new Case(Nominees.model().toBuilder().novelty("").build(),
                "CV-1.c", "io.github.ghidanh.cv_1_c.novelty.required",
                "Mô hình phải nêu rõ nét đổi mới (CV-1.c)",
                "A model must state clearly what is new (CV-1.c)"),
        new Case(Nominees.model().toBuilder().field(null).build(),
                "CV-1.c", "io.github.ghidanh.cv_1_c.field.required",
                "Mô hình phải ghi lĩnh vực (CV-1.c)",
                "A model must have a field (CV-1.c)"),
        new Case(Nominees.model().toBuilder().field(ModelField.OTHER).build(),
                "CV-1.c", "io.github.ghidanh.cv_1_c.field.other_name",
                "Mô hình thuộc lĩnh vực \"Khác\" phải ghi rõ tên lĩnh vực (CV-1.c)",
                "A model in the field \"Other\" must name its field (CV-1.c)"),
        new Case(Nominees.collective().toBuilder().changeVsPrevious(null).build(),
                "CV-1.d", "io.github.ghidanh.cv_1_d.change.required",
                "Tập thể phải nêu rõ sự đổi mới, sáng tạo, đột phá so với thời gian trước (CV-1.d)",
                "A collective must state its innovation, creativity or breakthrough compared with the previous period (CV-1.d)"),
        new Case(Nominees.collective().toBuilder().effect(" ").build(),
                "CV-1.d", "io.github.ghidanh.cv_1_d.effect.required",
                "Tập thể phải nêu rõ tác động tích cực đến việc tu dưỡng, rèn luyện đạo đức của cán bộ, đảng viên và Nhân dân (CV-1.d)",
                "A collective must state its positive effect on the moral training of cadres, party members and the people (CV-1.d)"),
        new Case(Nominees.collective().toBuilder().spread("\u00A0 ").build(),
                "CV-1.d", "io.github.ghidanh.cv_1_d.spread.required",
                "Tập thể phải nêu rõ sự lan tỏa trong cơ quan, đơn vị (CV-1.d)",
                "A collective must state how its example spread within the agency or unit (CV-1.d)"),
        new Case(Nominees.citizen().toBuilder().results(null).build(),
                "CV-1.e", "io.github.ghidanh.cv_1_e.results.required",
                "Cá nhân phải có kết quả cụ thể về học tập, lao động, công tác (CV-1.e)",
                "An individual must show concrete results in study, work and duties (CV-1.e)"),
        new Case(Nominees.citizen().toBuilder().recognition(null).build(),
                "CV-1.e", "io.github.ghidanh.cv_1_e.recognition.required",
                "Cá nhân phải được tập thể thừa nhận: ghi ngày họp và kết quả biểu quyết (CV-1.e)",
                "An individual must be recognised by the collective: give the meeting date and the vote (CV-1.e)"),
        new Case(Nominees.citizen().toBuilder().recognition(new Recognition(null, "Họp tổ", 9, 10)).build(),
                "CV-1.e", "io.github.ghidanh.cv_1_e.recognition.meeting_date",
                "Phải ghi ngày họp tập thể thừa nhận cá nhân (CV-1.e)",
                "The date of the meeting that recognised the individual is required (CV-1.e)"),
        new Case(Nominees.citizen().toBuilder() .recognition(new Recognition(LocalDate.of(2022, 6, 1), "Họp tổ", null, 10)).build(),
                "CV-1.e", "io.github.ghidanh.cv_1_e.recognition.vote",
                "Phải ghi kết quả biểu quyết của tập thể: số phiếu đồng ý và tổng số người biểu quyết (CV-1.e)",
                "The collective's vote is required: votes in favour and the number voting (CV-1.e)"),
        new Case(Nominees.citizen().toBuilder() .recognition(new Recognition(LocalDate.of(2022, 6, 1), "Họp tổ", 11, 10)).build(),
                "CV-1.e", "io.github.ghidanh.cv_1_e.recognition.vote_invalid",
                "Kết quả biểu quyết không hợp lệ: 11 phiếu đồng ý trên 10 người biểu quyết (CV-1.e)",
                "The vote is invalid: 11 in favour out of 10 voting (CV-1.e)"),
        new Case(Nominees.citizen().toBuilder() .recognition(new Recognition(LocalDate.of(2022, 6, 1), "Họp tổ", 5, 10)).build(),
                "CV-1.e", "io.github.ghidanh.cv_1_e.recognition.majority",
                "Cá nhân chưa được tập thể thừa nhận: 5/10 phiếu đồng ý, cần trên 50% (CV-1.e)",
                "The individual is not recognised by the collective: 5 of 10 votes in favour, more than 50% needed (CV-1.e)"),
        new Case(Nominees.partyMember().toBuilder().assessment(null).build(),
                "CV-1.e.party", "io.github.ghidanh.cv_1_e.party.rating.missing",
                "Đảng viên đề nghị ghi danh phải được xếp loại từ hoàn thành xuất sắc nhiệm vụ trở lên, nhưng chưa được xếp loại (CV-1.e.party)",
                "A party member proposed for the honour roll must be rated Completed duties excellently or better, but has no rating (CV-1.e.party)"),
        new Case(Nominees.agencyHead().toBuilder().exemplary(false).build(),
                "CV-2", "io.github.ghidanh.cv_2.exemplary",
                "Người đứng đầu, cán bộ, công chức do cơ quan, đơn vị đề xuất ghi danh phải thật sự tiêu biểu, gương mẫu (CV-2)",
                "A head, cadre or civil servant proposed by an agency or unit must be truly typical and exemplary (CV-2)"),
        new Case(Nominees.citizen().toBuilder().categories(List.of()).build(),
                "CV-1.a", "io.github.ghidanh.cv_1_a.category.required",
                "Cá nhân đề nghị ghi danh phải thuộc ít nhất một đối tượng: cán bộ, đảng viên, công chức, viên chức, chiến sĩ lực lượng vũ trang hoặc Nhân dân (CV-1.a)",
                "An individual nominee must belong to at least one subject category: cadre, party member, civil servant, public employee, armed forces soldier or citizen (CV-1.a)"),
        new Case(Nominees.collective().toBuilder().achievements(List.of()).build(),
                "CV-1.b", "io.github.ghidanh.cv_1_b.achievement.required",
                "Phải có ít nhất 1 thành tích, việc làm cụ thể, hiện có 0 (CV-1.b)",
                "At least 1 concrete achievement(s) required, 0 given (CV-1.b)"),
        new Case(Nominees.model().toBuilder() .achievement(Achievement.of(AchievementType.DEDICATION, " ")).build(),
                "CV-1.b", "io.github.ghidanh.cv_1_b.achievement.description",
                "Mỗi thành tích phải được mô tả cụ thể; 1 thành tích chưa có mô tả (CV-1.b)",
                "Every achievement must be described concretely; 1 achievement(s) have no description (CV-1.b)"),
        new Case(Nominees.partyMember().toBuilder() .achievements(List.of(Achievement.other(null, "Dạy bơi miễn phí cho 30 trẻ em"))).build(),
                "CV-1.b", "io.github.ghidanh.cv_1_b.achievement.other_type",
                "Thành tích thuộc loại \"Khác\" phải ghi rõ tên loại thành tích; 1 thành tích chưa ghi (CV-1.b)",
                "An achievement of type \"Other\" must name its type; 1 achievement(s) do not (CV-1.b)"),
        new Case(Nominees.citizen().toBuilder() .recognition(new Recognition(LocalDate.of(2022, 6, 6), "Họp tổ", 9, 10)).build(),
                "CV-1.e", "io.github.ghidanh.cv_1_e.recognition.meeting_after_evaluation",
                "Ngày họp thừa nhận 06/06/2022 sau ngày đánh giá 05/06/2022 (CV-1.e)",
                "The recognition meeting date 06/06/2022 is after the evaluation date 05/06/2022 (CV-1.e)"),
        new Case(Nominees.partyMember().toBuilder().rating(Rating.HTTNV).build(),
                "CV-1.e.party", "io.github.ghidanh.cv_1_e.party.rating",
                "Đảng viên đề nghị ghi danh phải được xếp loại từ hoàn thành xuất sắc nhiệm vụ trở lên, nhưng được xếp loại hoàn thành tốt nhiệm vụ (CV-1.e.party)",
                "A party member proposed for the honour roll must be rated Completed duties excellently or better, but is rated Completed duties well (CV-1.e.party)"),
        new Case(Nominees.agencyHead().toBuilder() .categories(List.of(SubjectCategory.CONG_CHUC)).rating(Rating.HTTNV).build(),
                "CV-2", "io.github.ghidanh.cv_2.rating",
                "Người đứng đầu, cán bộ, công chức do cơ quan, đơn vị đề xuất ghi danh phải được xếp loại từ hoàn thành xuất sắc nhiệm vụ trở lên, nhưng được xếp loại hoàn thành tốt nhiệm vụ (CV-2)",
                "A head, cadre or civil servant proposed by an agency or unit must be rated Completed duties excellently or better, but is rated Completed duties well (CV-2)"),
        new Case(Nominees.agencyHead().toBuilder() .categories(List.of(SubjectCategory.CONG_CHUC)).assessment(null).build(),
                "CV-2", "io.github.ghidanh.cv_2.rating.missing",
                "Người đứng đầu, cán bộ, công chức do cơ quan, đơn vị đề xuất ghi danh phải được xếp loại từ hoàn thành xuất sắc nhiệm vụ trở lên, nhưng chưa được xếp loại (CV-2)",
                "A head, cadre or civil servant proposed by an agency or unit must be rated Completed duties excellently or better, but has no rating (CV-2)"),
        new Case(Nominees.partyMember().toBuilder().assessment(new Assessment(Rating.HTXSNV, 95, 2019)).build(),
                "CV-1.e.party", "io.github.ghidanh.cv_1_e.party.rating.year",
                "Đảng viên đề nghị ghi danh phải có xếp loại của năm 2021, nhưng xếp loại hoàn thành xuất sắc nhiệm vụ là của năm 2019 (CV-1.e.party)",
                "A party member proposed for the honour roll must have the rating for 2021, but the rating Completed duties excellently is for 2019 (CV-1.e.party)"),
        new Case(Nominees.partyMember().toBuilder().rating(Rating.HTXSNV).build(),
                "CV-1.e.party", "io.github.ghidanh.cv_1_e.party.rating.year_missing",
                "Đảng viên đề nghị ghi danh phải có xếp loại của năm 2021, nhưng xếp loại hoàn thành xuất sắc nhiệm vụ không ghi năm (CV-1.e.party)",
                "A party member proposed for the honour roll must have the rating for 2021, but the rating Completed duties excellently states no year (CV-1.e.party)",
                REQUIRING_THE_YEAR),
        new Case(Nominees.agencyHead().toBuilder().categories(List.of(SubjectCategory.CONG_CHUC))
                .assessment(new Assessment(Rating.HTXSNV, null, 2022)).build(),
                "CV-2", "io.github.ghidanh.cv_2.rating.year",
                "Người đứng đầu, cán bộ, công chức do cơ quan, đơn vị đề xuất ghi danh phải có xếp loại của năm 2021, nhưng xếp loại hoàn thành xuất sắc nhiệm vụ là của năm 2022 (CV-2)",
                "A head, cadre or civil servant proposed by an agency or unit must have the rating for 2021, but the rating Completed duties excellently is for 2022 (CV-2)"),
        new Case(Nominees.agencyHead().toBuilder().categories(List.of(SubjectCategory.CONG_CHUC)).rating(Rating.HTXSNV).build(),
                "CV-2", "io.github.ghidanh.cv_2.rating.year_missing",
                "Người đứng đầu, cán bộ, công chức do cơ quan, đơn vị đề xuất ghi danh phải có xếp loại của năm 2021, nhưng xếp loại hoàn thành xuất sắc nhiệm vụ không ghi năm (CV-2)",
                "A head, cadre or civil servant proposed by an agency or unit must have the rating for 2021, but the rating Completed duties excellently states no year (CV-2)",
                REQUIRING_THE_YEAR));
    }

    /** The default profile, except that a rating without its year fails (CV-1.e.party and CV-2). */
    public static final CriteriaProfile REQUIRING_THE_YEAR = CriteriaProfile.defaultProfile().toBuilder("rating-year-required")
            .parameter(RuleType.PARTY_MEMBER_RATING, "requireRatingYear", true)
            .parameter(RuleType.AGENCY_PROPOSED_EXEMPLARY, "requireRatingYear", true)
            .build();

    static final LocalDate DATE = EVALUATION_DATE;
}
