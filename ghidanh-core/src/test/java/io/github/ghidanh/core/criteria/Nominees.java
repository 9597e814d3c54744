package io.github.ghidanh.core.criteria;

import io.github.ghidanh.core.model.Achievement;
import io.github.ghidanh.core.model.AchievementType;
import io.github.ghidanh.core.model.Assessment;
import io.github.ghidanh.core.model.CollectiveNominee;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.ModelField;
import io.github.ghidanh.core.model.ModelNominee;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.model.Recognition;
import io.github.ghidanh.core.model.Sex;
import io.github.ghidanh.core.model.SubjectCategory;
import java.time.LocalDate;

/** Eligible nominees of each kind under the default profile, written by hand; tests break one thing at a time. */
public final class Nominees {
    private Nominees() {
    }

    public static final LocalDate EVALUATION_DATE = LocalDate.of(2022, 6, 5);

    public static ModelNominee model() {
        return ModelNominee.builder("m-1", "cb-tdp1")
                .name("Mô hình \"Tuyến phố văn minh\"")
                .unit("Tổ dân phố số 1")
                .field(ModelField.URBAN_RENOVATION)
                .content("Vận động các hộ dân tự chỉnh trang vỉa hè, trồng cây xanh trên tuyến phố Hoàng Liên")
                .novelty("Lần đầu tiên các hộ tự góp kinh phí và tự quản lý tuyến phố")
                .achievement(Achievement.of(AchievementType.CHARITY, "Vận động 45 hộ góp 120 triệu đồng chỉnh trang vỉa hè"))
                .build();
    }

    public static CollectiveNominee collective() {
        return CollectiveNominee.builder("c-1", "cb-tdp1")
                .name("Chi hội Phụ nữ Tổ dân phố số 1")
                .changeVsPrevious("Chuyển từ sinh hoạt hình thức sang mỗi tháng một việc làm cụ thể")
                .effect("Hội viên tích cực tham gia giữ gìn vệ sinh môi trường")
                .spread("Cách làm được các chi hội khác trong phường học tập")
                .achievement(Achievement.of(AchievementType.HELPING_VULNERABLE, "Giúp 5 hộ nghèo sửa nhà"))
                .build();
    }

    /** A party member rated HTXSNV for 2021, recognised 10 of 12 votes at the cell meeting of 01/06/2022. */
    public static IndividualNominee partyMember() {
        return IndividualNominee.builder("i-1", "cb-tdp1")
                .name("Nguyễn Thị Hồng Nhung")
                .yearOfBirth(1978)
                .sex(Sex.FEMALE)
                .citizenId("001178012345")
                .position("Tổ trưởng tổ dân phố")
                .unit("Tổ dân phố số 1")
                .category(SubjectCategory.DANG_VIEN)
                .results("Hoàn thành xuất sắc nhiệm vụ tổ trưởng, vận động 100% hộ dân đóng góp quỹ")
                .recognition(new Recognition(LocalDate.of(2022, 6, 1), "Hội nghị chi bộ Tổ dân phố số 1", 10, 12))
                .achievement(Achievement.of(AchievementType.BLOOD_DONATION, "Hiến máu tình nguyện 12 lần"))
                .assessment(new Assessment(Rating.HTXSNV, null, 2021))
                .build();
    }

    /** A head of an agency (công chức, đảng viên) proposed by the agency, exemplary, rated HTXSNV. */
    public static IndividualNominee agencyHead() {
        return partyMember().toBuilder().category(SubjectCategory.CONG_CHUC).head(true).proposedByAgency(true)
                .exemplary(true).position("Trưởng phòng").build();
    }

    /** A citizen (Nhân dân), not a party member, with no rating. */
    public static IndividualNominee citizen() {
        return IndividualNominee.builder("i-2", "cb-tdp1")
                .name("Lò Văn Dũng")
                .category(SubjectCategory.NHAN_DAN)
                .results("Hiến 120 m² đất mở rộng đường ngõ")
                .recognition(new Recognition(LocalDate.of(2022, 6, 1), "Hội nghị tổ dân phố", 40, 41))
                .achievement(Achievement.of(AchievementType.LAND_DONATION, "Hiến 120 m² đất làm đường"))
                .build();
    }
}
