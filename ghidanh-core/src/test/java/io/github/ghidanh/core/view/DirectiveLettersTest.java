package io.github.ghidanh.core.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.model.Campaign;
import io.github.ghidanh.core.model.Deadline;
import io.github.ghidanh.core.model.OrganisationKind;
import io.github.ghidanh.core.model.Signatory;
import io.github.ghidanh.core.workflow.Fixtures;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The directive letter built from the fixture campaign must read as the source letter
 * (cong-van-dang-uy-phuong-duyen-hai-2022.txt) with its obvious typos corrected. Expected strings
 * are transcribed by hand from the seed letter.
 */
class DirectiveLettersTest {

    final DirectiveLetterView letter = ReadModels.directiveLetter(Fixtures.campaign(), Fixtures.tree(),
            CriteriaProfile.defaultProfile());

    @Test
    void headerContextIsTheWardsInCapitals() {
        DocumentContext c = letter.context();
        assertThat(c.format()).isEqualTo(OrganisationKind.PARTY);
        assertThat(c.superiorName()).isEqualTo("ĐẢNG BỘ THÀNH PHỐ LÀO CAI");
        assertThat(c.issuerName()).isEqualTo("ĐẢNG ỦY PHƯỜNG DUYÊN HẢI");
        assertThat(c.typeCode()).isEqualTo("CV");
        assertThat(c.numberLine()).isEqualTo("Số " + "    " + "-CV/ĐU"); // the blank number is kept as four spaces
        assertThat(c.place()).isEqualTo("Duyên Hải");
        assertThat(c.date()).isEqualTo(LocalDate.of(2022, 5, 31));
        assertThat(c.signatory()).isEqualTo(new Signatory("T/M ĐẢNG ỦY", "BÍ THƯ", "Bùi Đại Quang"));
        assertThat(c.copyTo()).containsExactly("Như kính gửi,", "Lưu ĐU.");
    }

    @Test
    void subjectAndRecipientsAreTheCampaigns() {
        assertThat(letter.subject()).isEqualTo("đánh giá kết quả, đề nghị ghi danh tập thể, cá nhân tiêu biểu trong học tập "
                + "và làm theo tư tưởng, đạo đức, phong cách Chủ tịch Hồ Chí Minh 6 tháng đầu năm 2022");
        assertThat(letter.recipients()).containsExactly("Thường trực HĐND, UBND, MTTQ, các đoàn thể;", "Các chi bộ trực thuộc.");
        assertThat(letter.closing()).isEqualTo("Đề nghị các tập thể, cá nhân nghiêm túc thực hiện./.");
    }

    @Test
    void preambleIsGeneratedFromTheLegalBasesWhenTheCampaignHasNone() {
        assertThat(letter.preamble()).containsExactly("Thực hiện Quy định số 368-QĐ/TU ngày 17/01/2022 của Tỉnh ủy Lào Cai và "
                + "Hướng dẫn số 06-HD/TU ngày 08/3/2022 của Thành ủy Lào Cai về việc hướng dẫn thực hiện Quy định 368-QĐ/TU "
                + "ngày 17/01/2022 của Tỉnh ủy Lào Cai về học tập, làm theo và nêu gương theo tư tưởng, đạo đức, phong cách "
                + "Hồ Chí Minh trên địa bàn thành phố Lào Cai. Để đánh giá kết quả thực hiện đồng thời biểu dương, ghi danh "
                + "các tập thể, cá nhân tiêu biểu trong học tập và làm theo Bác 6 tháng đầu năm 2022, Đảng ủy yêu cầu:");
    }

    @Test
    void theCampaignsOwnPreambleIsKeptParagraphByParagraph() {
        Campaign c = Fixtures.campaign();
        Campaign withPreamble = new Campaign(c.id(), c.issuerId(), c.period(), c.legalBases(), c.criteriaProfileId(),
                c.deadline(), c.receivingOffice(), c.subject(), c.recipients(), c.copyTo(), c.documentNumber(),
                c.issueDate(), "Tháng 3/2022 Đảng ủy phường đã tổ chức quán triệt.\n\n  Đảng ủy yêu cầu:  ");
        DirectiveLetterView v = ReadModels.directiveLetter(withPreamble, Fixtures.tree(), CriteriaProfile.defaultProfile());
        assertThat(v.preamble()).containsExactly("Tháng 3/2022 Đảng ủy phường đã tổ chức quán triệt.", "Đảng ủy yêu cầu:");
    }

    @Test
    void pointOneStatesCv1WithItsFiveBullets() {
        DirectiveLetterView.Point p = letter.points().get(0);
        assertThat(p.number()).isEqualTo("1");
        assertThat(p.clauseId()).isEqualTo("CV-1");
        assertThat(p.lead()).isEqualTo("Các chi bộ trực thuộc thực hiện nghiêm túc quy trình đánh giá, ghi danh theo Hướng dẫn "
                + "06 của Thành ủy. Trong đó bám sát các tiêu chí trong hướng dẫn cụ thể:");
        assertThat(p.bullets()).containsExactly(
                "Đối tượng ghi danh: Các mô hình, tập thể và cá nhân là cán bộ, đảng viên, công chức, viên chức, chiến sĩ các "
                        + "lực lượng vũ trang và Nhân dân. Cán bộ lãnh đạo chủ chốt, người đứng đầu các cấp trong học tập, làm "
                        + "theo Bác tại các cơ quan, đơn vị.",
                "Tiêu chuẩn: Là những mô hình mới, tập thể, cá nhân tiêu biểu cho ý chí phấn đấu, rèn luyện, gương mẫu đi đầu "
                        + "hoặc có việc làm, hành động thiết thực, nhân văn, nhân ái, nghĩa cử cao đẹp, hành động có ích cho xã "
                        + "hội (tận tụy trách nhiệm trong công việc; tinh thần dám nghĩ, dám làm, dám chịu trách nhiệm, dám "
                        + "đương đầu với khó khăn thử thách; sáng kiến cải tiến khoa học kỹ thuật; đổi mới trong công tác; hiến "
                        + "máu cứu người; giúp đỡ người yếu thế; các hoạt động thiện nguyện ý nghĩa vì cuộc sống cộng đồng; "
                        + "hiến đất...).",
                "Đối với mô hình mới, cách làm hiệu quả về học tập và làm theo Bác, phải có nội dung cụ thể của mô hình, cách "
                        + "làm rõ nét đổi mới trên tất cả các lĩnh vực, có thể là sáng kiến hay trong công tác, cách làm mang "
                        + "lại hiệu quả cao cho tập thể, những mô hình mới trong chỉnh trang đô thị, quản lý đất đai, tài "
                        + "nguyên môi trường, xây dựng nông thôn mới, trong thực hiện nếp sống văn hóa, văn minh...;",
                "Đối với tập thể điển hình phải có cách làm rõ nét, nổi bật trong học tập và làm theo Bác (phải có đổi mới, "
                        + "sáng tạo, đột phá hơn so với thời gian trước, có tác động tích cực đến việc tu dưỡng, rèn luyện đạo "
                        + "đức của cán bộ, đảng viên và Nhân dân, tạo được sự lan tỏa trong cơ quan, đơn vị).",
                "Đối với cá nhân điển hình tiên tiến có kết quả cụ thể về quá trình học tập, lao động, công tác một cách tự "
                        + "giác, thường xuyên, liên tục, được tập thể thừa nhận, ví dụ các cá nhân luôn chủ động sáng tạo trong "
                        + "công việc, tâm huyết, dám nghĩ, dám làm, dám chịu trách nhiệm và luôn hoàn thành tốt các nhiệm vụ "
                        + "được giao; có hành động nhân văn, nhân ái vì con người và cộng đồng; có cách làm sáng tạo, hiệu quả "
                        + "trong học tập và làm theo Bác tại chi bộ, cơ quan, đơn vị, khu dân cư và được tập thể công nhận thì "
                        + "ghi danh vào sổ ghi danh. Cá nhân là đảng viên ghi danh được đánh giá từ hoàn thành xuất sắc nhiệm vụ "
                        + "trở lên.");
    }

    @Test
    void pointsTwoToFourStateCv2Cv3AndTheDeadline() {
        assertThat(letter.points()).extracting(DirectiveLetterView.Point::clauseId).containsExactly("CV-1", "CV-2", "CV-3", "CV-4");
        assertThat(letter.points().get(1).lead()).isEqualTo("Đối với các cơ quan, đơn vị trực thuộc đề xuất ghi danh đối với "
                + "người đứng đầu cơ quan, đơn vị, cán bộ, công chức phải thật sự tiêu biểu, gương mẫu, hoàn thành xuất sắc "
                + "nhiệm vụ được giao.");
        assertThat(letter.points().get(2).lead()).isEqualTo("Các đồng chí UV BCH Đảng bộ chịu trách nhiệm chỉ đạo, hướng dẫn "
                + "các chi bộ được phân công phụ trách thực hiện nghiêm túc việc đánh giá ghi danh tại chi bộ và đề nghị ghi "
                + "danh cấp phường.");
        // the seed writes "Đảng uỷ" / "cấp uỷ" here and "Đảng ủy" elsewhere; both are valid NFC, we keep one placement
        assertThat(letter.points().get(3).lead()).isEqualTo("Thời gian: Các chi bộ báo cáo kết quả ghi danh tại chi bộ và đề "
                + "nghị ghi danh cấp phường về Đảng ủy trước ngày 10/06/2022 (qua Văn phòng cấp ủy).");
        assertThat(letter.points().subList(1, 4)).allSatisfy(p -> assertThat(p.bullets()).isEmpty());
    }

    @Test
    void anInclusiveDeadlineReadsChamNhat() {
        Campaign c = Fixtures.campaign();
        Campaign inclusive = new Campaign(c.id(), c.issuerId(), c.period(), c.legalBases(), c.criteriaProfileId(),
                Deadline.onOrBefore(LocalDate.of(2022, 6, 5)), null, c.subject(), List.of(), List.of(), "12",
                c.issueDate(), null);
        DirectiveLetterView v = ReadModels.directiveLetter(inclusive, Fixtures.tree(), CriteriaProfile.defaultProfile());
        assertThat(v.points().get(3).lead()).isEqualTo("Thời gian: Các chi bộ báo cáo kết quả ghi danh tại chi bộ và đề nghị "
                + "ghi danh cấp phường về Đảng ủy chậm nhất ngày 05/06/2022.");
        assertThat(v.recipients()).containsExactly("Các chi bộ trực thuộc.");
        assertThat(v.context().copyTo()).containsExactly("Như kính gửi,", "Lưu ĐU.");
        assertThat(v.context().numberLine()).isEqualTo("Số 12-CV/ĐU");
    }

    @Test
    void aStateIssuerSpellsItsBodyOutAndTheOfficeKeepsItsCapital() {
        io.github.ghidanh.core.model.Organisation ubnd = io.github.ghidanh.core.model.Organisation
                .builder("ubnd-dh", io.github.ghidanh.core.model.OrganisationKind.STATE).name("Ủy ban nhân dân phường Duyên Hải")
                .levelName("Ủy ban nhân dân phường").superiorName("Ủy ban nhân dân thành phố Lào Cai").abbreviation("UBND")
                .place("Duyên Hải").signatory(new io.github.ghidanh.core.model.Signatory("TM. UBND", "CHỦ TỊCH", "Nguyễn Văn An"))
                .build();
        io.github.ghidanh.core.model.Organisation tdp = io.github.ghidanh.core.model.Organisation
                .builder("tdp-1", io.github.ghidanh.core.model.OrganisationKind.STATE).name("Tổ dân phố số 1").levelName("Tổ dân phố")
                .parentId("ubnd-dh").superiorName("Ủy ban nhân dân phường Duyên Hải").place("Duyên Hải")
                .signatory(new io.github.ghidanh.core.model.Signatory(null, "TỔ TRƯỞNG", "Lê Văn Bình")).build();
        Campaign c = Fixtures.campaign();
        Campaign state = new Campaign(c.id(), "ubnd-dh", c.period(), c.legalBases(), c.criteriaProfileId(), c.deadline(),
                "Văn phòng HĐND và UBND phường", c.subject(), List.of(), List.of(), null, c.issueDate(), null);
        DirectiveLetterView v = ReadModels.directiveLetter(state,
                io.github.ghidanh.core.model.OrganisationTree.of(List.of(ubnd, tdp)), CriteriaProfile.defaultProfile());
        assertThat(v.preamble().get(v.preamble().size() - 1)).endsWith("Ủy ban nhân dân yêu cầu:").doesNotContain("Ubnd");
        assertThat(v.points().get(3).lead()).contains("về Ủy ban nhân dân trước ngày 10/06/2022")
                .endsWith("(qua Văn phòng HĐND và UBND phường).");
    }

    @Test
    void thresholdsComeFromTheProfile() {
        CriteriaProfile host = CriteriaProfile.defaultProfile().toBuilder("host-2023")
                .parameter(io.github.ghidanh.core.criteria.RuleType.PARTY_MEMBER_RATING, "threshold",
                        io.github.ghidanh.core.model.Rating.HTTNV)
                .build();
        DirectiveLetterView v = ReadModels.directiveLetter(Fixtures.campaign(), Fixtures.tree(), host);
        assertThat(v.points().get(0).bullets().get(4))
                .endsWith("Cá nhân là đảng viên ghi danh được đánh giá từ hoàn thành tốt nhiệm vụ trở lên.");
        assertThat(v.points().get(1).lead()).endsWith("gương mẫu, hoàn thành xuất sắc nhiệm vụ được giao.");
    }

    /** A profile without the party-rating and CV-2 rules: the letter demands neither (no rule, no sentence). */
    @Test
    void theLetterDemandsOnlyWhatTheProfileEnforces() {
        CriteriaProfile host = CriteriaProfile.defaultProfile().toBuilder("host-without-ratings")
                .without(io.github.ghidanh.core.criteria.RuleType.PARTY_MEMBER_RATING)
                .without(io.github.ghidanh.core.criteria.RuleType.AGENCY_PROPOSED_EXEMPLARY)
                .build();
        DirectiveLetterView v = ReadModels.directiveLetter(Fixtures.campaign(), Fixtures.tree(), host);
        List<String> all = new java.util.ArrayList<>();
        v.points().forEach(p -> {
            all.add(p.lead());
            all.addAll(p.bullets());
        });
        assertThat(all).noneMatch(s -> s.contains("xuất sắc") || s.contains("đảng viên ghi danh được đánh giá"));
        assertThat(v.points()).extracting(DirectiveLetterView.Point::clauseId).containsExactly("CV-1", "CV-3", "CV-4");
        assertThat(v.points()).extracting(DirectiveLetterView.Point::number).containsExactly("1", "2", "3");
        assertThat(v.points().get(0).bullets().get(4)).endsWith("được tập thể công nhận thì ghi danh vào sổ ghi danh.");

        // without the model rule, no model sentence; with the exemplary requirement off, no "gương mẫu"
        CriteriaProfile noModel = CriteriaProfile.defaultProfile().toBuilder("no-model")
                .without(io.github.ghidanh.core.criteria.RuleType.MODEL_CONTENT)
                .parameter(io.github.ghidanh.core.criteria.RuleType.AGENCY_PROPOSED_EXEMPLARY, "requireExemplary", false)
                .build();
        DirectiveLetterView w = ReadModels.directiveLetter(Fixtures.campaign(), Fixtures.tree(), noModel);
        assertThat(w.points().get(0).bullets()).hasSize(4).noneMatch(s -> s.startsWith("Đối với mô hình"));
        assertThat(w.points().get(1).lead()).endsWith("cán bộ, công chức phải hoàn thành xuất sắc nhiệm vụ được giao.");
    }

    @Test
    void everyStringIsNfc() {
        List<String> all = new java.util.ArrayList<>(letter.preamble());
        all.add(letter.subject());
        letter.points().forEach(p -> {
            all.add(p.lead());
            all.addAll(p.bullets());
        });
        assertThat(all).allSatisfy(s -> assertThat(Normalizer.isNormalized(s, Normalizer.Form.NFC)).isTrue());
    }
}
