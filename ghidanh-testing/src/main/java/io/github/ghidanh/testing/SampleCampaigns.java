package io.github.ghidanh.testing;

import io.github.ghidanh.core.model.Achievement;
import io.github.ghidanh.core.model.AchievementType;
import io.github.ghidanh.core.model.Assessment;
import io.github.ghidanh.core.model.Campaign;
import io.github.ghidanh.core.model.CollectiveNominee;
import io.github.ghidanh.core.model.Deadline;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.LegalBasis;
import io.github.ghidanh.core.model.ModelField;
import io.github.ghidanh.core.model.ModelNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.model.OrganisationKind;
import io.github.ghidanh.core.model.OrganisationTree;
import io.github.ghidanh.core.model.CampaignPeriod;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.model.Recognition;
import io.github.ghidanh.core.model.Sex;
import io.github.ghidanh.core.model.Signatory;
import io.github.ghidanh.core.model.SubjectCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bundled sample data: the campaign of the source letter (Đảng ủy phường Duyên Hải, Lào Cai,
 * first half of 2022) with six cells, their supervising committee members and a few dozen
 * nominees of every kind and subject category. Some nominees are deliberately ineligible (each
 * breaks one named clause), one cell submits late and one never submits.
 *
 * <p>The campaign, the ward and the signer follow the public source letter; every cell, member,
 * nominee and citizen ID is invented for the sample.
 */
public final class SampleCampaigns {
    private SampleCampaigns() {
    }

    /** Id of the ward committee that issues the campaign. */
    public static final String WARD = "du-duyen-hai";

    /**
     * The sample: the organisation tree, the campaign, the nominees (by cell, in a stable order),
     * the date each cell submitted (cells absent from the map never submitted), the nominees each
     * cell proposes to the ward, and the ward's decisions on them (accepted, or returned with a reason).
     *
     * @param tree the organisations: the ward and its cells
     * @param campaign the campaign of the source letter
     * @param nominees every nominee, cell by cell
     * @param submissions submission date per cell id; cells without an entry never submitted
     * @param proposedIds ids of nominees their cell proposes to the ward (each is meant to be eligible)
     * @param returned ids of proposals the ward returns, with the reason; every other proposal is accepted
     * @param ineligible ids of nominees built to be ineligible, with the clause each one breaks
     * @param decisions the text of the decision that records: by cell id, the resolution of the cell
     *        meeting that recognised its nominees (numbered and dated on that meeting); by the issuer's
     *        id, the ward's decision on the proposals
     */
    public record Sample(OrganisationTree tree, Campaign campaign, List<Nominee> nominees,
            Map<String, LocalDate> submissions, Set<String> proposedIds, Map<String, String> returned,
            Map<String, String> ineligible, Map<String, String> decisions) {
        public Sample {
            nominees = List.copyOf(nominees);
            submissions = Collections.unmodifiableMap(new LinkedHashMap<>(submissions));
            proposedIds = Collections.unmodifiableSet(new LinkedHashSet<>(proposedIds));
            returned = Collections.unmodifiableMap(new LinkedHashMap<>(returned));
            ineligible = Collections.unmodifiableMap(new LinkedHashMap<>(ineligible));
            decisions = Collections.unmodifiableMap(new LinkedHashMap<>(decisions));
        }

        /** The nominees of one cell, in order. */
        public List<Nominee> nomineesOf(String cellId) {
            return nominees.stream().filter(n -> n.cellId().equals(cellId)).toList();
        }

        /** The ward's cells (children of the issuer), in order. */
        public List<Organisation> cells() {
            return tree.children(campaign.issuerId());
        }
    }

    /** The Duyên Hải ward campaign of the first half of 2022. A new, equal value on every call. */
    public static Sample duyenHai2022() {
        OrganisationTree tree = OrganisationTree.of(List.of(
                Organisation.builder(WARD, OrganisationKind.PARTY)
                        .name("Đảng ủy phường Duyên Hải").levelName("Đảng ủy phường")
                        .superiorName("Đảng bộ thành phố Lào Cai").abbreviation("ĐU").place("Duyên Hải")
                        .signatory(new Signatory("T/M ĐẢNG ỦY", "BÍ THƯ", "Bùi Đại Quang")).build(),
                cell("cb-tdp1", "Chi bộ Tổ dân phố số 1", "Nguyễn Thị Thu Hà", "Lương Văn Thịnh"),
                cell("cb-tdp2", "Chi bộ Tổ dân phố số 2", "Phạm Quốc Việt", "Đỗ Thị Huyền Trang"),
                cell("cb-tdp3", "Chi bộ Tổ dân phố số 3", "Hoàng Thị Lưu", "Vũ Đình Khải"),
                cell("cb-truong", "Chi bộ Trường Tiểu học Duyên Hải", "Trần Minh Đức", "Ngô Thị Ngọc Diễm"),
                cell("cb-ubnd", "Chi bộ Cơ quan Ủy ban nhân dân phường", "Nguyễn Thị Thu Hà", "Lê Văn Hưởng"),
                cell("cb-quansu", "Chi bộ Quân sự phường", "Phạm Quốc Việt", "Sần Văn Chiến")));

        Campaign campaign = Campaign.builder("duyen-hai-2022-h1", WARD)
                .period(CampaignPeriod.firstHalf(2022))
                .legalBasis(new LegalBasis("Quy định", "368-QĐ/TU", LocalDate.of(2022, 1, 17), "Tỉnh ủy Lào Cai",
                        "về học tập, làm theo và nêu gương theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"))
                .legalBasis(new LegalBasis("Hướng dẫn", "06-HD/TU", LocalDate.of(2022, 3, 8), "Thành ủy Lào Cai",
                        "về việc hướng dẫn thực hiện Quy định 368-QĐ/TU ngày 17/01/2022 của Tỉnh ủy Lào Cai"))
                .criteriaProfileId("lao-cai-duyen-hai-2022-h1")
                .deadline(Deadline.before(LocalDate.of(2022, 6, 10)))
                .receivingOffice("văn phòng cấp uỷ")
                .subject("đánh giá kết quả, đề nghị ghi danh tập thể, cá nhân tiêu biểu trong học tập và làm theo "
                        + "tư tưởng, đạo đức, phong cách Chủ tịch Hồ Chí Minh 6 tháng đầu năm 2022")
                .recipient("Thường trực HĐND, UBND, MTTQ, các đoàn thể;")
                .recipient("Các chi bộ trực thuộc.")
                .copyTo("Như kính gửi,")
                .copyTo("Lưu ĐU.")
                .issueDate(LocalDate.of(2022, 5, 31))
                .preamble("Thực hiện Quy định 368-QĐ/TU ngày 17/01/2022 của Tỉnh ủy Lào Cai, Hướng dẫn số 06-HD/TU "
                        + "ngày 08/3/2022 của Thành ủy Lào Cai về việc hướng dẫn thực hiện Quy định 368-QĐ/TU ngày "
                        + "17/01/2022 của Tỉnh ủy Lào Cai về học tập, làm theo và nêu gương theo tư tưởng, đạo đức, "
                        + "phong cách Hồ Chí Minh trên địa bàn thành phố Lào Cai. Tháng 3/2022 Đảng ủy phường đã tổ "
                        + "chức quán triệt, phổ biến quy định của Tỉnh ủy và hướng dẫn của Thành ủy đến các cơ quan, "
                        + "đơn vị, chi bộ trực thuộc. Để đánh giá kết quả thực hiện đồng thời biểu dương, ghi danh "
                        + "các tập thể, cá nhân tiêu biểu trong học tập và làm theo Bác. Đảng ủy yêu cầu:")
                .build();

        List<Nominee> n = new ArrayList<>();
        Map<String, String> ineligible = new LinkedHashMap<>();

        // --- Chi bộ Tổ dân phố số 1 ---
        n.add(ModelNominee.builder("m-tdp1-xanh", "cb-tdp1")
                .name("Mô hình \"Tuyến phố xanh – sạch – đẹp\"").unit("Tổ dân phố số 1")
                .field(ModelField.URBAN_RENOVATION)
                .content("Nhân dân tự nguyện góp công, góp tiền trồng 320 cây xanh, lát 1,2 km vỉa hè, "
                        + "duy trì tổng vệ sinh sáng thứ Bảy hằng tuần.")
                .novelty("Lần đầu tổ dân phố tự quản toàn bộ tuyến phố, mỗi hộ nhận chăm sóc cây trước cửa nhà.")
                .achievement(Achievement.of(AchievementType.CHARITY, "Huy động 214 hộ tham gia, đóng góp 86 triệu đồng"))
                .results("Không còn điểm tập kết rác tự phát trên tuyến phố.")
                .build());
        n.add(individual("i-tdp1-nhung", "cb-tdp1", "Nguyễn Thị Hồng Nhung", 1978, Sex.FEMALE, "010178004512",
                "Tổ trưởng tổ dân phố", "Tổ dân phố số 1", Rating.HTXSNV, SubjectCategory.DANG_VIEN)
                .results("Vận động 100% hộ gia đình ký cam kết giữ gìn vệ sinh môi trường, xây dựng tuyến phố văn minh.")
                .achievement(Achievement.of(AchievementType.DEDICATION, "Tận tụy với công việc tổ dân phố suốt 12 năm"))
                .achievement(Achievement.of(AchievementType.BLOOD_DONATION, "Hiến máu tình nguyện 15 lần"))
                .recognition(meeting(2022, 6, 3, "Hội nghị Chi bộ Tổ dân phố số 1", 27, 28)).build());
        n.add(individual("i-tdp1-thang", "cb-tdp1", "Hà Văn Thắng", 1956, Sex.MALE, null,
                "Đảng viên", "Tổ dân phố số 1", Rating.HTXSNV, SubjectCategory.DANG_VIEN)
                .results("Hiến 120 m² đất mở rộng ngõ 18, vận động 9 hộ liền kề cùng hiến đất.")
                .achievement(Achievement.of(AchievementType.LAND_DONATION, "Hiến 120 m² đất làm đường ngõ 18"))
                .recognition(meeting(2022, 6, 3, "Hội nghị Chi bộ Tổ dân phố số 1", 28, 28)).build());
        n.add(individual("i-tdp1-quyen", "cb-tdp1", "Ngô Thị Lệ Quyên", 1990, Sex.FEMALE, null,
                "Kinh doanh tự do", "Tổ dân phố số 1", null, SubjectCategory.NHAN_DAN)
                .results("Nấu 1.200 suất cháo miễn phí cho bệnh nhân nghèo tại Bệnh viện Đa khoa tỉnh.")
                .achievement(Achievement.of(AchievementType.HELPING_VULNERABLE, "Bếp cháo nghĩa tình mỗi sáng thứ Năm"))
                .recognition(meeting(2022, 6, 3, "Hội nghị Chi bộ Tổ dân phố số 1", 25, 28)).build());
        // breaks CV-1.e.party: a party member rated below the threshold
        n.add(individual("i-tdp1-loi", "cb-tdp1", "Trịnh Văn Lợi", 1969, Sex.MALE, null,
                "Tổ phó tổ dân phố", "Tổ dân phố số 1", Rating.HTTNV, SubjectCategory.DANG_VIEN)
                .results("Tham gia hòa giải thành 6 vụ việc ở cơ sở.")
                .achievement(Achievement.of(AchievementType.DEDICATION, "Nhiệt tình trong công tác hòa giải"))
                .recognition(meeting(2022, 6, 3, "Hội nghị Chi bộ Tổ dân phố số 1", 20, 28)).build());
        ineligible.put("i-tdp1-loi", "CV-1.e.party");

        // --- Chi bộ Tổ dân phố số 2 ---
        n.add(CollectiveNominee.builder("c-tdp2-phunu", "cb-tdp2")
                .name("Chi hội Phụ nữ Tổ dân phố số 2").unit("Tổ dân phố số 2")
                .changeVsPrevious("Số hội viên tham gia sinh hoạt tăng từ 62% lên 91% so với năm 2021.")
                .effect("Các hội viên chủ động giúp nhau phát triển kinh tế, không còn hộ nghèo trong chi hội.")
                .spread("Cách làm \"Tiết kiệm vì hội viên nghèo\" được 4 chi hội trong phường học tập.")
                .achievement(Achievement.of(AchievementType.HELPING_VULNERABLE, "Giúp 7 hội viên vay vốn không lãi"))
                .build());
        n.add(individual("i-tdp2-ky", "cb-tdp2", "Chu Văn Kỷ", 1949, Sex.MALE, null,
                "Chi hội trưởng Chi hội Cựu chiến binh", "Tổ dân phố số 2", Rating.HTXSNV,
                SubjectCategory.DANG_VIEN, SubjectCategory.NHAN_DAN)
                .results("Vận động cựu chiến binh tham gia xây dựng 2 nhà tình nghĩa.")
                .achievement(Achievement.of(AchievementType.CHARITY, "Xây dựng nhà tình nghĩa cho 2 hộ gia đình chính sách"))
                .recognition(meeting(2022, 6, 6, "Hội nghị Chi bộ Tổ dân phố số 2", 30, 31)).build());
        n.add(individual("i-tdp2-phuong", "cb-tdp2", "Tạ Thị Phượng", 1985, Sex.FEMALE, null,
                "Chủ cơ sở may", "Tổ dân phố số 2", null, SubjectCategory.NHAN_DAN)
                .results("Tạo việc làm ổn định cho 14 lao động nữ có hoàn cảnh khó khăn.")
                .achievement(Achievement.other("Khởi nghiệp", "Mở xưởng may tạo việc làm cho phụ nữ khó khăn"))
                .recognition(meeting(2022, 6, 6, "Hội nghị Chi bộ Tổ dân phố số 2", 29, 31)).build());
        // breaks CV-1.b: no concrete achievement
        n.add(individual("i-tdp2-mo", "cb-tdp2", "Lý Thị Mơ", 1972, Sex.FEMALE, null,
                "Đảng viên", "Tổ dân phố số 2", Rating.HTXSNV, SubjectCategory.DANG_VIEN)
                .results("Tham gia đầy đủ sinh hoạt chi bộ.")
                .recognition(meeting(2022, 6, 6, "Hội nghị Chi bộ Tổ dân phố số 2", 18, 31)).build());
        ineligible.put("i-tdp2-mo", "CV-1.b");
        // breaks CV-1.d: no spread
        n.add(CollectiveNominee.builder("c-tdp2-thanhnien", "cb-tdp2")
                .name("Chi đoàn Thanh niên Tổ dân phố số 2").unit("Tổ dân phố số 2")
                .changeVsPrevious("Tổ chức thêm 3 buổi sinh hoạt chuyên đề về tấm gương Bác Hồ.")
                .effect("Đoàn viên tích cực tham gia dọn vệ sinh khu dân cư.")
                .achievement(Achievement.of(AchievementType.CHARITY, "Ra quân \"Ngày Chủ nhật xanh\" 6 lần"))
                .build());
        ineligible.put("c-tdp2-thanhnien", "CV-1.d");

        // --- Chi bộ Tổ dân phố số 3 (submits late) ---
        n.add(ModelNominee.builder("m-tdp3-camera", "cb-tdp3")
                .name("Mô hình \"Camera an ninh – Mắt thần khu phố\"").unit("Tổ dân phố số 3")
                .field(ModelField.OTHER).otherField("An ninh trật tự")
                .content("Lắp đặt 12 camera giám sát tại các ngõ, kết nối điện thoại của tổ an ninh.")
                .novelty("Nhân dân tự đóng góp kinh phí, tổ dân phố tự vận hành, giảm trộm cắp 80%.")
                .achievement(Achievement.of(AchievementType.WORK_INNOVATION, "Ứng dụng công nghệ vào tự quản an ninh"))
                .results("Không xảy ra vụ trộm cắp nào trong 6 tháng đầu năm 2022.")
                .build());
        n.add(individual("i-tdp3-pao", "cb-tdp3", "Giàng A Páo", 1988, Sex.MALE, null,
                "Cảnh sát khu vực", "Công an phường Duyên Hải", Rating.HTXSNV, SubjectCategory.DANG_VIEN,
                SubjectCategory.CHIEN_SI_LLVT)
                .results("Phối hợp bắt giữ 3 đối tượng trộm cắp, bảo đảm an ninh khu dân cư.")
                .achievement(Achievement.of(AchievementType.DARING, "Dũng cảm bắt giữ đối tượng trộm cắp tài sản"))
                .recognition(meeting(2022, 6, 11, "Hội nghị Chi bộ Tổ dân phố số 3", 22, 24)).build());
        n.add(individual("i-tdp3-xuan", "cb-tdp3", "Lò Thị Xuân", 1994, Sex.FEMALE, null,
                "Nhân viên y tế tổ dân phố", "Tổ dân phố số 3", null, SubjectCategory.NHAN_DAN)
                .results("Hướng dẫn tiêm chủng cho 100% trẻ em trong tổ dân phố.")
                .achievement(Achievement.of(AchievementType.DEDICATION, "Tận tụy chăm sóc sức khỏe ban đầu"))
                .recognition(meeting(2022, 6, 11, "Hội nghị Chi bộ Tổ dân phố số 3", 23, 24)).build());
        // breaks CV-1.e: no recognition by the collective
        n.add(individual("i-tdp3-chu", "cb-tdp3", "Sùng Seo Chứ", 1991, Sex.MALE, null,
                "Lao động tự do", "Tổ dân phố số 3", null, SubjectCategory.NHAN_DAN)
                .results("Nhặt được ví tiền trả lại người đánh rơi.")
                .achievement(Achievement.other("Nhặt được của rơi trả lại người mất", "Trả lại ví có 12 triệu đồng cho người đánh rơi"))
                .build());
        ineligible.put("i-tdp3-chu", "CV-1.e");

        // --- Chi bộ Trường Tiểu học Duyên Hải (an agency: CV-2 applies) ---
        n.add(CollectiveNominee.builder("c-truong-to45", "cb-truong")
                .name("Tổ chuyên môn khối 4–5").unit("Trường Tiểu học Duyên Hải")
                .changeVsPrevious("Tỷ lệ học sinh hoàn thành tốt môn Tiếng Việt tăng từ 71% lên 88%.")
                .effect("Giáo viên tự giác đổi mới phương pháp, nêu gương trước học sinh.")
                .spread("Chuyên đề \"Kể chuyện Bác Hồ\" được nhân rộng ra toàn trường và 3 trường bạn.")
                .achievement(Achievement.of(AchievementType.WORK_INNOVATION, "Đổi mới phương pháp dạy học"))
                .build());
        n.add(individual("i-truong-hang", "cb-truong", "Đinh Thị Hằng", 1975, Sex.FEMALE, "010175001234",
                "Hiệu trưởng", "Trường Tiểu học Duyên Hải", Rating.HTXSNV, SubjectCategory.DANG_VIEN,
                SubjectCategory.VIEN_CHUC)
                .head(true).exemplary(true).proposedByAgency(true)
                .results("Nhà trường đạt chuẩn quốc gia mức độ 2; 100% giáo viên đạt chuẩn nghề nghiệp.")
                .achievement(Achievement.of(AchievementType.DEDICATION, "Gương mẫu, tận tụy với sự nghiệp giáo dục"))
                .achievement(Achievement.of(AchievementType.TECHNICAL_INITIATIVE, "Sáng kiến quản lý hồ sơ điện tử"))
                .recognition(meeting(2022, 6, 2, "Hội nghị Chi bộ Trường Tiểu học Duyên Hải", 19, 19)).build());
        n.add(individual("i-truong-ngocanh", "cb-truong", "Bùi Thị Ngọc Ánh", 1987, Sex.FEMALE, null,
                "Giáo viên", "Trường Tiểu học Duyên Hải", Rating.HTXSNV, SubjectCategory.VIEN_CHUC)
                .results("Đạt giải Nhất hội thi giáo viên dạy giỏi cấp thành phố.")
                .achievement(Achievement.of(AchievementType.WORK_INNOVATION, "Thiết kế 24 bài giảng điện tử"))
                .recognition(meeting(2022, 6, 2, "Hội nghị Chi bộ Trường Tiểu học Duyên Hải", 18, 19)).build());
        n.add(individual("i-truong-my", "cb-truong", "Vàng Thị Mỷ", 1993, Sex.FEMALE, null,
                "Giáo viên", "Trường Tiểu học Duyên Hải", Rating.HTTNV, SubjectCategory.VIEN_CHUC)
                .results("Kèm cặp 11 học sinh dân tộc thiểu số đọc thông viết thạo.")
                .achievement(Achievement.of(AchievementType.HELPING_VULNERABLE, "Kèm cặp miễn phí học sinh khó khăn"))
                .recognition(meeting(2022, 6, 2, "Hội nghị Chi bộ Trường Tiểu học Duyên Hải", 17, 19)).build());
        // breaks CV-2: a head proposed by the agency, not marked exemplary
        n.add(individual("i-truong-truong", "cb-truong", "Mai Xuân Trường", 1970, Sex.MALE, null,
                "Phó Hiệu trưởng", "Trường Tiểu học Duyên Hải", Rating.HTXSNV, SubjectCategory.DANG_VIEN,
                SubjectCategory.VIEN_CHUC)
                .keyLeader(true).exemplary(false).proposedByAgency(true)
                .results("Phụ trách chuyên môn, hoàn thành kế hoạch năm học.")
                .achievement(Achievement.of(AchievementType.DEDICATION, "Hoàn thành nhiệm vụ chuyên môn"))
                .recognition(meeting(2022, 6, 2, "Hội nghị Chi bộ Trường Tiểu học Duyên Hải", 12, 19)).build());
        ineligible.put("i-truong-truong", "CV-2");

        // --- Chi bộ Cơ quan UBND phường (an agency) ---
        n.add(ModelNominee.builder("m-ubnd-motcua", "cb-ubnd")
                .name("Mô hình \"Bộ phận một cửa thân thiện\"").unit("Ủy ban nhân dân phường Duyên Hải")
                .field(ModelField.WORK_INITIATIVE)
                .content("Niêm yết công khai thủ tục, hẹn trả kết quả qua tin nhắn, hướng dẫn nộp hồ sơ trực tuyến.")
                .novelty("Không còn hồ sơ trễ hẹn; 96% người dân hài lòng theo phiếu khảo sát.")
                .achievement(Achievement.of(AchievementType.WORK_INNOVATION, "Cải cách thủ tục hành chính"))
                .results("Giải quyết đúng hạn 100% trong 2.418 hồ sơ; 96% người dân hài lòng.")
                .build());
        // breaks CV-1.c: no statement of what is new
        n.add(ModelNominee.builder("m-ubnd-dat", "cb-ubnd")
                .name("Mô hình \"Quản lý đất đai bằng bản đồ số\"").unit("Ủy ban nhân dân phường Duyên Hải")
                .field(ModelField.LAND_MANAGEMENT)
                .content("Số hóa bản đồ địa chính của 7 tổ dân phố.")
                .achievement(Achievement.of(AchievementType.TECHNICAL_INITIATIVE, "Số hóa bản đồ địa chính"))
                .results("Thời gian tra cứu thông tin thửa đất giảm từ 2 ngày xuống 30 phút.")
                .build());
        ineligible.put("m-ubnd-dat", "CV-1.c");
        n.add(individual("i-ubnd-tien", "cb-ubnd", "Dương Văn Tiến", 1982, Sex.MALE, "010182006789",
                "Chủ tịch Ủy ban nhân dân phường", "Ủy ban nhân dân phường Duyên Hải", Rating.HTXSNV,
                SubjectCategory.CAN_BO, SubjectCategory.DANG_VIEN)
                .keyLeader(true).head(true).exemplary(true).proposedByAgency(true)
                .results("Chỉ đạo hoàn thành vượt 12% chỉ tiêu thu ngân sách; giải phóng mặt bằng đúng tiến độ.")
                .achievement(Achievement.of(AchievementType.DARING, "Dám nghĩ, dám làm trong giải phóng mặt bằng"))
                .recognition(meeting(2022, 6, 1, "Hội nghị Chi bộ Cơ quan Ủy ban nhân dân phường", 15, 16)).build());
        n.add(individual("i-ubnd-nguyet", "cb-ubnd", "Lương Thị Nguyệt", 1989, Sex.FEMALE, null,
                "Công chức Văn phòng – Thống kê", "Ủy ban nhân dân phường Duyên Hải", Rating.HTXSNV,
                SubjectCategory.CONG_CHUC, SubjectCategory.DANG_VIEN)
                .exemplary(true).proposedByAgency(true)
                .results("Số hóa 100% hồ sơ lưu trữ năm 2021; không để xảy ra sai sót.")
                .achievement(Achievement.of(AchievementType.TECHNICAL_INITIATIVE, "Sáng kiến số hóa hồ sơ lưu trữ"))
                .recognition(meeting(2022, 6, 1, "Hội nghị Chi bộ Cơ quan Ủy ban nhân dân phường", 16, 16)).build());
        n.add(individual("i-ubnd-hai", "cb-ubnd", "Đỗ Văn Hải", 1979, Sex.MALE, null,
                "Công chức Tư pháp – Hộ tịch", "Ủy ban nhân dân phường Duyên Hải", Rating.HTXSNV,
                SubjectCategory.CONG_CHUC)
                .exemplary(true).proposedByAgency(true)
                .results("Giải quyết đúng hạn 1.036 hồ sơ hộ tịch.")
                .achievement(Achievement.of(AchievementType.BLOOD_DONATION, "Hiến máu tình nguyện 9 lần"))
                .recognition(meeting(2022, 6, 1, "Hội nghị Chi bộ Cơ quan Ủy ban nhân dân phường", 14, 16)).build());
        n.add(individual("i-ubnd-tuan", "cb-ubnd", "Đặng Minh Tuấn", 1984, Sex.MALE, null,
                "Phó Chủ tịch Ủy ban nhân dân phường", "Ủy ban nhân dân phường Duyên Hải", Rating.HTXSNV,
                SubjectCategory.CAN_BO, SubjectCategory.DANG_VIEN)
                .keyLeader(true).exemplary(true).proposedByAgency(true)
                .results("Phụ trách khối văn hóa – xã hội, 100% gia đình chính sách được chăm lo dịp lễ, Tết.")
                .achievement(Achievement.of(AchievementType.HELPING_VULNERABLE, "Vận động quà Tết cho 85 hộ nghèo"))
                .recognition(meeting(2022, 6, 1, "Hội nghị Chi bộ Cơ quan Ủy ban nhân dân phường", 16, 16)).build());

        // --- Chi bộ Quân sự phường (never submits) ---
        n.add(individual("i-quansu-truong", "cb-quansu", "Phùng Văn Trưởng", 1983, Sex.MALE, null,
                "Chỉ huy trưởng Ban Chỉ huy Quân sự phường", "Ban Chỉ huy Quân sự phường", Rating.HTXSNV,
                SubjectCategory.CONG_CHUC, SubjectCategory.DANG_VIEN)
                .results("Hoàn thành 100% chỉ tiêu tuyển quân năm 2022.")
                .achievement(Achievement.of(AchievementType.DEDICATION, "Hoàn thành xuất sắc công tác tuyển quân"))
                .recognition(meeting(2022, 6, 8, "Hội nghị Chi bộ Quân sự phường", 9, 9)).build());

        Map<String, LocalDate> submissions = new LinkedHashMap<>();
        submissions.put("cb-tdp1", LocalDate.of(2022, 6, 8));
        submissions.put("cb-tdp2", LocalDate.of(2022, 6, 9));
        submissions.put("cb-tdp3", LocalDate.of(2022, 6, 13)); // late (CV-4)
        submissions.put("cb-truong", LocalDate.of(2022, 6, 7));
        submissions.put("cb-ubnd", LocalDate.of(2022, 6, 6));
        // cb-quansu: never submits

        Set<String> proposed = new LinkedHashSet<>(List.of("m-tdp1-xanh", "i-tdp1-nhung", "i-tdp1-thang",
                "c-tdp2-phunu", "i-tdp2-ky", "m-tdp3-camera", "i-tdp3-pao", "c-truong-to45", "i-truong-hang",
                "m-ubnd-motcua", "i-ubnd-tien", "i-ubnd-nguyet"));
        Map<String, String> returned = new LinkedHashMap<>();
        returned.put("i-tdp1-thang", "Đề nghị bổ sung biên bản hiến đất có xác nhận của Ủy ban nhân dân phường.");
        returned.put("i-ubnd-nguyet", "Thành tích đã được ghi danh ở đợt trước; đề nghị bổ sung kết quả mới trong kỳ.");

        // the resolution of each cell's meeting (the recognition meetings above), and the ward's decision
        // the day after the last submission
        Map<String, String> decisions = new LinkedHashMap<>();
        decisions.put("cb-tdp1", "Nghị quyết số 05-NQ/CB ngày 03/6/2022 của Chi bộ Tổ dân phố số 1");
        decisions.put("cb-tdp2", "Nghị quyết số 07-NQ/CB ngày 06/6/2022 của Chi bộ Tổ dân phố số 2");
        decisions.put("cb-tdp3", "Nghị quyết số 04-NQ/CB ngày 11/6/2022 của Chi bộ Tổ dân phố số 3");
        decisions.put("cb-truong", "Nghị quyết số 09-NQ/CB ngày 02/6/2022 của Chi bộ Trường Tiểu học Duyên Hải");
        decisions.put("cb-ubnd", "Nghị quyết số 06-NQ/CB ngày 01/6/2022 của Chi bộ Cơ quan Ủy ban nhân dân phường");
        decisions.put("cb-quansu", "Nghị quyết số 03-NQ/CB ngày 08/6/2022 của Chi bộ Quân sự phường");
        decisions.put(WARD, "Quyết định số 112-QĐ/ĐU ngày 14/6/2022");

        return new Sample(tree, campaign, n, submissions, proposed, returned, ineligible, decisions);
    }

    private static Organisation cell(String id, String name, String supervisor, String secretary) {
        return Organisation.builder(id, OrganisationKind.PARTY).name(name).levelName("Chi bộ").parentId(WARD)
                .superiorName("Đảng bộ phường Duyên Hải").abbreviation("CB").place("Duyên Hải").supervisor(supervisor)
                .signatory(new Signatory("T/M CHI BỘ", "BÍ THƯ", secretary)).build();
    }

    /**
     * The ethnicity (dân tộc) of the sample's individuals, as Lào Cai's population has it (Kinh, Tày,
     * Dao, H'Mông, Giáy, Nùng); those not listed are unknown, as on a list that leaves the column empty.
     */
    private static final Map<String, String> ETHNICITY = Map.ofEntries(
            Map.entry("i-tdp1-nhung", "Kinh"), Map.entry("i-tdp1-thang", "Tày"), Map.entry("i-tdp1-loi", "Kinh"),
            Map.entry("i-tdp2-ky", "Nùng"), Map.entry("i-tdp2-phuong", "Kinh"), Map.entry("i-tdp2-mo", "Dao"),
            Map.entry("i-tdp3-pao", "H'Mông"), Map.entry("i-tdp3-xuan", "Giáy"), Map.entry("i-tdp3-chu", "H'Mông"),
            Map.entry("i-truong-hang", "Kinh"), Map.entry("i-truong-ngocanh", "Kinh"), Map.entry("i-truong-my", "Giáy"),
            Map.entry("i-ubnd-tien", "Kinh"), Map.entry("i-ubnd-nguyet", "Tày"), Map.entry("i-ubnd-hai", "Kinh"),
            Map.entry("i-quansu-truong", "Kinh"));

    private static IndividualNominee.Builder individual(String id, String cell, String name, int born, Sex sex,
            String citizenId, String position, String unit, Rating rating, SubjectCategory... categories) {
        IndividualNominee.Builder b = IndividualNominee.builder(id, cell).name(name).yearOfBirth(born).sex(sex)
                .citizenId(citizenId).position(position).unit(unit).ethnicity(ETHNICITY.get(id))
                // the latest annual rating when the campaign runs (first half of 2022): the one for 2021
                .assessment(rating == null ? null : new Assessment(rating, null, 2021));
        for (SubjectCategory c : categories) {
            b.category(c);
        }
        return b;
    }

    private static Recognition meeting(int y, int m, int d, String body, int votesFor, int votesTotal) {
        return new Recognition(LocalDate.of(y, m, d), body, votesFor, votesTotal);
    }
}
