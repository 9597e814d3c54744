package io.github.ghidanh.core.view;

import static io.github.ghidanh.core.workflow.Fixtures.CB1;
import static io.github.ghidanh.core.workflow.Fixtures.CB2;
import static io.github.ghidanh.core.workflow.Fixtures.CB3;
import static io.github.ghidanh.core.workflow.Fixtures.WARD;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.model.NomineeKind;
import io.github.ghidanh.core.model.SubjectCategory;
import io.github.ghidanh.core.workflow.CampaignState;
import io.github.ghidanh.core.workflow.CampaignWorkflow;
import io.github.ghidanh.core.workflow.Fixtures;
import io.github.ghidanh.core.workflow.HonourRollEntry;
import io.github.ghidanh.core.workflow.StepClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Read models of a hand-worked ward: cell 1 evaluates three nominees (one not eligible), records two,
 * proposes one, submits on 09/06 and the ward accepts; cell 2 proposes a collective, submits late on
 * 12/06 and the ward returns it; cell 3 submits nothing.
 */
class ReadModelsTest {

    CampaignState state;

    @BeforeEach
    void run() {
        CampaignWorkflow wf = Fixtures.openWithStandInEngine(
                new StepClock(Instant.parse("2022-06-05T01:00:00Z"), Duration.ofMinutes(1)));
        wf.evaluate(Fixtures.partyMember("n1", CB1, "Nguyễn Thị Hồng Nhung").toBuilder().ethnicity("Tày").build(), "BT1");
        wf.evaluate(Fixtures.model("m1", CB1, "Tuyến phố hoa"), "BT1");
        wf.evaluate(Fixtures.weakPartyMember("w1", CB1, "Phạm Văn Đức"), "BT1");
        wf.record("n1", "Nghị quyết chi bộ ngày 05/6/2022", "BT1");
        wf.record("m1", null, "BT1");
        wf.propose("n1", "Gương điển hình", "BT1");
        wf.submit(CB1, LocalDate.of(2022, 6, 9), "BT1");
        wf.accept("P1", "Quyết định số 15-QĐ/ĐU", "Bí thư Đảng ủy");

        wf.evaluate(Fixtures.collective("c1", CB2, "Tổ dân phố số 2"), "BT2");
        wf.propose("c1", null, "BT2");
        wf.submit(CB2, LocalDate.of(2022, 6, 12), "BT2");
        wf.returnProposal("P2", "Thiếu biên bản", "Văn phòng Đảng ủy");
        state = wf.snapshot();
    }

    @Test
    void cellCountsAreCountedByHand() {
        CellCounts c1 = ReadModels.counts(state, CB1);
        assertThat(c1).isEqualTo(new CellCounts(3, 2, 2, 1, 1, 0, 1, 0, 1,
                Map.of(SubjectCategory.DANG_VIEN, 1, SubjectCategory.NHAN_DAN, 1), 0, 1, 1));
        assertThat(ReadModels.counts(state, CB2)).isEqualTo(new CellCounts(1, 1, 0, 1, 0, 1, 0, 0, 0, Map.of(), 0, 0, 0));
        assertThat(ReadModels.counts(state, CB3)).isEqualTo(new CellCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of(), 0, 0, 0));
    }

    @Test
    void wardSummaryHasOneRowPerCellInTreeOrderWithStatusSupervisorAndTotals() {
        WardSummaryView v = ReadModels.wardSummary(state, WARD, LocalDate.of(2022, 6, 20));
        assertThat(v.rows()).extracting(WardSummaryView.CellRow::cellId).containsExactly(CB1, CB2, CB3);
        assertThat(v.rows()).extracting(WardSummaryView.CellRow::supervisor)
                .containsExactly("Nguyễn Văn Bình", "Trần Thị Hoa", "Lê Văn Cường");
        assertThat(v.rows()).extracting(WardSummaryView.CellRow::status)
                .containsExactly(SubmissionStatus.ON_TIME, SubmissionStatus.LATE, SubmissionStatus.MISSING);
        assertThat(v.rows()).extracting(WardSummaryView.CellRow::submittedOn)
                .containsExactly(LocalDate.of(2022, 6, 9), LocalDate.of(2022, 6, 12), null);
        assertThat(v.totals()).isEqualTo(new CellCounts(4, 3, 2, 2, 1, 1, 1, 0, 1,
                Map.of(SubjectCategory.DANG_VIEN, 1, SubjectCategory.NHAN_DAN, 1), 0, 1, 1));
        assertThat(v.count(SubmissionStatus.MISSING)).isEqualTo(1);
        assertThat(v.honourees()).extracting(e -> e.nominee().id()).containsExactly("n1");
        assertThat(v.honourees().get(0).sourceRollOwnerId()).isEqualTo(CB1);
        assertThat(v.context().issuerName()).isEqualTo("ĐẢNG ỦY PHƯỜNG DUYÊN HẢI");
        assertThat(v.context().typeCode()).isEqualTo("BC");
        assertThat(v.context().date()).isEqualTo(LocalDate.of(2022, 6, 20));
    }

    @Test
    void theWardSummaryGoesToTheLevelAbove() {
        // the ward is the top of the tree: its superior, from the organisation, receives the summary
        assertThat(ReadModels.wardSummary(state, Fixtures.WARD, null).context().copyTo())
                .containsExactly(Fixtures.tree().get(Fixtures.WARD).superiorName() + " (để báo cáo),", "Lưu ĐU.");
    }

    @Test
    void cellReportNarrativeIsWordedFromTheCounts() {
        CellReportView r = ReadModels.cellReport(state, CB1, null);
        assertThat(r.cellName()).isEqualTo("Chi bộ Tổ dân phố số 1");
        assertThat(r.supervisor()).isEqualTo("Nguyễn Văn Bình");
        assertThat(r.status()).isEqualTo(SubmissionStatus.ON_TIME);
        assertThat(r.submittedOn()).isEqualTo(LocalDate.of(2022, 6, 9));
        assertThat(r.context().date()).as("undated call uses the submission date").isEqualTo(LocalDate.of(2022, 6, 9));
        assertThat(r.context().issuerName()).isEqualTo("CHI BỘ TỔ DÂN PHỐ SỐ 1");
        assertThat(r.context().superiorName()).isEqualTo("ĐẢNG BỘ PHƯỜNG DUYÊN HẢI");
        assertThat(r.context().copyTo()).containsExactly("Đảng ủy phường Duyên Hải (để báo cáo),", "Lưu chi bộ.");
        assertThat(r.narrative()).containsExactly(
                "Thực hiện Công văn ngày 31/5/2022 của Đảng ủy phường Duyên Hải về việc đánh giá kết quả, đề nghị ghi danh "
                        + "tập thể, cá nhân tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Chủ tịch Hồ Chí "
                        + "Minh 6 tháng đầu năm 2022, Chi bộ Tổ dân phố số 1 báo cáo kết quả đánh giá, ghi danh như sau:",
                "Số mô hình, tập thể, cá nhân được đánh giá: 3; số đủ tiêu chuẩn ghi danh: 2.",
                "Số được ghi danh tại chi bộ: 2 (1 mô hình, 0 tập thể, 1 cá nhân).",
                "Cá nhân được ghi danh theo đối tượng (một người có thể thuộc nhiều đối tượng): đảng viên: 1; Nhân dân: 1.",
                "Trong 1 cá nhân được ghi danh có 0 cán bộ lãnh đạo chủ chốt, người đứng đầu; 1 nữ; 1 người dân tộc thiểu số.",
                "Đề nghị ghi danh cấp phường: 1 (0 mô hình, 0 tập thể, 1 cá nhân: Nguyễn Thị Hồng Nhung); Đảng ủy phường "
                        + "Duyên Hải đã ghi danh 1, trả lại 0.",
                "Báo cáo nộp ngày 09/06/2022, trong thời hạn (trước ngày 10/06/2022).");
        assertThat(r.recorded()).extracting(HonourRollEntry::number).containsExactly(1, 2);
        assertThat(r.proposals()).hasSize(1);
        assertThat(r.proposals().get(0).no()).isEqualTo(1);
        assertThat(r.proposals().get(0).proposedLevel()).isEqualTo("Cấp phường");
        assertThat(r.proposals().get(0).note()).isEqualTo("Gương điển hình");
    }

    @Test
    void aLateCellsReportSaysSo() {
        CellReportView r = ReadModels.cellReport(state, CB2, LocalDate.of(2022, 6, 12));
        assertThat(r.status()).isEqualTo(SubmissionStatus.LATE);
        assertThat(r.narrative()).as("the sentence counts the returned proposal too: proposed = accepted + returned")
                .contains("Đề nghị ghi danh cấp phường: 1 (0 mô hình, 1 tập thể, 0 cá nhân: Tổ dân phố số 2); "
                        + "Đảng ủy phường Duyên Hải đã ghi danh 0, trả lại 1.",
                "Báo cáo nộp ngày 12/06/2022, sau thời hạn (trước ngày 10/06/2022).");
        assertThat(r.proposals()).as("a returned proposal is not on the list").isEmpty();
    }

    @Test
    void proposalListIsGroupedByKindAndNumberedWithinEachGroup() {
        CampaignWorkflow wf = Fixtures.openWithStandInEngine(
                new StepClock(Instant.parse("2022-06-05T01:00:00Z"), Duration.ofMinutes(1)));
        wf.evaluate(Fixtures.partyMember("i1", CB1, "Nguyễn Văn An"), "BT1");
        wf.evaluate(Fixtures.model("m1", CB1, "Tuyến phố hoa"), "BT1");
        wf.evaluate(Fixtures.partyMember("i2", CB1, "Lê Thị Bích"), "BT1");
        wf.evaluate(Fixtures.model("m2", CB1, "Ngõ sạch"), "BT1");
        wf.evaluate(Fixtures.collective("c1", CB1, "Tổ dân phố số 1"), "BT1");
        for (String id : new String[] {"i1", "m1", "i2", "m2", "c1"}) {
            wf.propose(id, null, "BT1");
        }
        ProposalListView v = ReadModels.proposalList(wf.snapshot(), CB1, LocalDate.of(2022, 6, 8));
        assertThat(v.proposerName()).isEqualTo("Chi bộ Tổ dân phố số 1");
        assertThat(v.proposedLevel()).isEqualTo("Cấp phường");
        assertThat(v.context().typeCode()).isEqualTo("DS");
        assertThat(v.groups()).extracting(ProposalListView.Group::kind)
                .containsExactly(NomineeKind.MODEL, NomineeKind.COLLECTIVE, NomineeKind.INDIVIDUAL);
        assertThat(v.groups().get(0).rows()).extracting(r -> r.no() + " " + r.nominee().name())
                .containsExactly("1 Tuyến phố hoa", "2 Ngõ sạch");
        assertThat(v.groups().get(1).rows()).extracting(r -> r.no() + " " + r.nominee().name())
                .containsExactly("1 Tổ dân phố số 1");
        assertThat(v.groups().get(2).rows()).extracting(r -> r.no() + " " + r.nominee().name())
                .containsExactly("1 Nguyễn Văn An", "2 Lê Thị Bích");
    }

    @Test
    void honourRollAndCertificatesOfTheWard() {
        HonourRollView roll = ReadModels.honourRoll(state, CB1, null);
        assertThat(roll.ownerName()).isEqualTo("Chi bộ Tổ dân phố số 1");
        assertThat(roll.entries()).extracting(e -> e.nominee().id()).containsExactly("n1", "m1");
        assertThat(roll.campaigns()).extracting(c -> c.id()).containsExactly("dh-2022-h1");
        CertificatesView certs = ReadModels.certificates(state, WARD, LocalDate.of(2022, 6, 20));
        assertThat(certs.entries()).extracting(e -> e.nominee().name()).containsExactly("Nguyễn Thị Hồng Nhung");
        assertThat(certs.context().typeCode()).isEqualTo("GCN");
        assertThat(certs.context().signatory().name()).isEqualTo("Bùi Đại Quang");
    }

    @Test
    void contextUpperCasesNfdInputInNfc() {
        var ward = Fixtures.tree().get(WARD);
        var nfd = io.github.ghidanh.core.model.Organisation.builder("x", ward.kind())
                .name(java.text.Normalizer.normalize("Đảng ủy phường Duyên Hải", java.text.Normalizer.Form.NFD)).build();
        assertThat(ReadModels.context(nfd, "CV", null, null, null).issuerName()).isEqualTo("ĐẢNG ỦY PHƯỜNG DUYÊN HẢI");
    }
}
