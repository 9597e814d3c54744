package io.github.ghidanh.core.workflow;

import io.github.ghidanh.core.model.Achievement;
import io.github.ghidanh.core.model.AchievementType;
import io.github.ghidanh.core.model.Campaign;
import io.github.ghidanh.core.model.CollectiveNominee;
import io.github.ghidanh.core.model.Deadline;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.LegalBasis;
import io.github.ghidanh.core.model.ModelField;
import io.github.ghidanh.core.model.ModelNominee;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.model.OrganisationKind;
import io.github.ghidanh.core.model.OrganisationTree;
import io.github.ghidanh.core.model.CampaignPeriod;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.model.Recognition;
import io.github.ghidanh.core.model.Sex;
import io.github.ghidanh.core.model.Signatory;
import io.github.ghidanh.core.model.SubjectCategory;
import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.criteria.Decision;
import io.github.ghidanh.core.criteria.Reason;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A small hand-written Duyên Hải ward (three cells) for the workflow and read-model tests. */
public final class Fixtures {
    private Fixtures() {
    }

    public static final String WARD = "dh";
    public static final String CB1 = "cb1";
    public static final String CB2 = "cb2";
    public static final String CB3 = "cb3";

    public static OrganisationTree tree() {
        Organisation ward = Organisation.builder(WARD, OrganisationKind.PARTY).name("Đảng ủy phường Duyên Hải")
                .levelName("Đảng ủy phường").superiorName("Đảng bộ thành phố Lào Cai").abbreviation("ĐU").place("Duyên Hải")
                .signatory(new Signatory("T/M ĐẢNG ỦY", "BÍ THƯ", "Bùi Đại Quang")).build();
        Organisation cb1 = Organisation.builder(CB1, OrganisationKind.PARTY).name("Chi bộ Tổ dân phố số 1").levelName("Chi bộ")
                .parentId(WARD).superiorName("Đảng bộ phường Duyên Hải").place("Duyên Hải").supervisor("Nguyễn Văn Bình").build();
        Organisation cb2 = Organisation.builder(CB2, OrganisationKind.PARTY).name("Chi bộ Tổ dân phố số 2").levelName("Chi bộ")
                .parentId(WARD).superiorName("Đảng bộ phường Duyên Hải").place("Duyên Hải").supervisor("Trần Thị Hoa").build();
        Organisation cb3 = Organisation.builder(CB3, OrganisationKind.PARTY).name("Chi bộ Trường Tiểu học Duyên Hải")
                .levelName("Chi bộ").parentId(WARD).superiorName("Đảng bộ phường Duyên Hải").place("Duyên Hải")
                .supervisor("Lê Văn Cường").build();
        return OrganisationTree.of(List.of(ward, cb1, cb2, cb3));
    }

    public static Campaign campaign() {
        return Campaign.builder("dh-2022-h1", WARD).period(CampaignPeriod.firstHalf(2022))
                .legalBasis(new LegalBasis("Quy định", "368-QĐ/TU", LocalDate.of(2022, 1, 17), "Tỉnh ủy Lào Cai", null))
                .legalBasis(new LegalBasis("Hướng dẫn", "06-HD/TU", LocalDate.of(2022, 3, 8), "Thành ủy Lào Cai",
                        "về việc hướng dẫn thực hiện Quy định 368-QĐ/TU ngày 17/01/2022 của Tỉnh ủy Lào Cai về học tập, "
                                + "làm theo và nêu gương theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trên địa bàn thành phố Lào Cai"))
                .criteriaProfileId("lao-cai-duyen-hai-2022-h1").deadline(Deadline.before(LocalDate.of(2022, 6, 10)))
                .receivingOffice("Văn phòng cấp ủy").issueDate(LocalDate.of(2022, 5, 31))
                .subject("đánh giá kết quả, đề nghị ghi danh tập thể, cá nhân tiêu biểu trong học tập và làm theo tư tưởng, "
                        + "đạo đức, phong cách Chủ tịch Hồ Chí Minh 6 tháng đầu năm 2022")
                .recipient("Thường trực HĐND, UBND, MTTQ, các đoàn thể;").recipient("Các chi bộ trực thuộc.")
                .copyTo("Như kính gửi,").copyTo("Lưu ĐU.").build();
    }

    /** A party member rated HTXSNV with results, recognition and an achievement: eligible under the letter. */
    public static IndividualNominee partyMember(String id, String cellId, String name) {
        return IndividualNominee.builder(id, cellId).name(name).yearOfBirth(1975).sex(Sex.FEMALE)
                .category(SubjectCategory.DANG_VIEN).category(SubjectCategory.NHAN_DAN)
                .results("Tích cực vận động nhân dân giữ gìn vệ sinh môi trường tổ dân phố")
                .recognition(new Recognition(LocalDate.of(2022, 6, 3), "Hội nghị chi bộ", 20, 21))
                .achievement(Achievement.of(AchievementType.BLOOD_DONATION, "Hiến máu tình nguyện 12 lần"))
                .rating(Rating.HTXSNV).build();
    }

    public static ModelNominee model(String id, String cellId, String name) {
        return ModelNominee.builder(id, cellId).name(name).field(ModelField.URBAN_RENOVATION)
                .content("Nhân dân góp công trồng và chăm sóc hoa trên tuyến phố").novelty("Mỗi hộ nhận chăm sóc một đoạn đường")
                .achievement(Achievement.of(AchievementType.WORK_INNOVATION, "Trồng 2 km hoa")).build();
    }

    public static CollectiveNominee collective(String id, String cellId, String name) {
        return CollectiveNominee.builder(id, cellId).name(name).changeVsPrevious("Không còn hộ vi phạm trật tự đô thị")
                .effect("Nâng cao ý thức của đảng viên và Nhân dân").spread("Các tổ dân phố khác học tập")
                .achievement(Achievement.of(AchievementType.CHARITY, "Quyên góp 20 suất quà cho hộ nghèo")).build();
    }

    /** Stand-in for the engine: a party member rated below HTXSNV is refused citing CV-1.e.party; all else is eligible. */
    static final CampaignWorkflow.Evaluator FAKE = (n, p, c, on) -> {
        if (n instanceof IndividualNominee i && i.isPartyMember() && i.rating() != Rating.HTXSNV) {
            return new Decision(n.id(), p.id(), List.of(new Reason("CV-1.e.party", "io.github.ghidanh.cv_1_e.party.rating",
                    Map.of("rating", String.valueOf(i.rating())), "Đảng viên phải được đánh giá hoàn thành xuất sắc nhiệm vụ",
                    "A party member must be rated HTXSNV")));
        }
        return new Decision(n.id(), p.id(), List.of());
    };

    /** The fixture campaign opened with the stand-in engine (independent of the real engine's rules). */
    public static CampaignWorkflow openWithStandInEngine(Clock clock) {
        return CampaignWorkflow.open(campaign(), tree(), CriteriaProfile.defaultProfile(), FAKE, clock, "Văn phòng Đảng ủy",
                List.of());
    }

    /** A party member rated HTTNV: refused by the stand-in engine (and by the letter, CV-1.e.party). */
    public static IndividualNominee weakPartyMember(String id, String cellId, String name) {
        return partyMember(id, cellId, name).toBuilder().rating(Rating.HTTNV).build();
    }
}
