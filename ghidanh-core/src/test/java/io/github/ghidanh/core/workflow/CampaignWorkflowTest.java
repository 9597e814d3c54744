package io.github.ghidanh.core.workflow;

import static io.github.ghidanh.core.workflow.Fixtures.CB1;
import static io.github.ghidanh.core.workflow.Fixtures.CB2;
import static io.github.ghidanh.core.workflow.Fixtures.WARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ghidanh.core.GhidanhException;
import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.criteria.Decision;
import io.github.ghidanh.core.criteria.Reason;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.Rating;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CampaignWorkflowTest {

    /** 2022-06-05 08:00 in Hà Nội time. */
    static final Instant T0 = Instant.parse("2022-06-05T01:00:00Z");

    static final CampaignWorkflow.Evaluator FAKE = Fixtures.FAKE;

    StepClock clock;
    CampaignWorkflow wf;

    @BeforeEach
    void open() {
        clock = new StepClock(T0, Duration.ofMinutes(1));
        wf = CampaignWorkflow.open(Fixtures.campaign(), Fixtures.tree(), CriteriaProfile.defaultProfile(), FAKE, clock,
                "Văn phòng Đảng ủy", List.of());
    }

    static IndividualNominee weak(String id, String cell) {
        return Fixtures.partyMember(id, cell, "Phạm Văn Đức").toBuilder().rating(Rating.HTTNV).build();
    }

    @Test
    void recordsEligibleNomineesInTheCellRollNumberedFromOne() {
        wf.evaluate(Fixtures.partyMember("n1", CB1, "Nguyễn Thị Hồng Nhung"), "Bí thư chi bộ 1");
        wf.evaluate(Fixtures.model("n2", CB1, "Tuyến phố hoa"), "Bí thư chi bộ 1");
        HonourRollEntry e1 = wf.record("n1", "Nghị quyết chi bộ ngày 05/6/2022", "Bí thư chi bộ 1");
        HonourRollEntry e2 = wf.record("n2", null, "Bí thư chi bộ 1");

        assertThat(e1.number()).isEqualTo(1);
        assertThat(e2.number()).isEqualTo(2);
        assertThat(e1.rollOwnerId()).isEqualTo(CB1);
        assertThat(e1.level()).isEqualTo("Chi bộ");
        assertThat(e1.campaignId()).isEqualTo("dh-2022-h1");
        assertThat(e1.decision()).isEqualTo("Nghị quyết chi bộ ngày 05/6/2022");
        assertThat(e1.recordedBy()).isEqualTo("Bí thư chi bộ 1");
        // opened at T0, evaluations at +1 and +2 min, first record at +3 min
        assertThat(e1.recordedAt()).isEqualTo(Instant.parse("2022-06-05T01:03:00Z"));
        assertThat(e1.date()).isEqualTo(LocalDate.of(2022, 6, 5));
        assertThat(e1.supersedes()).isNull();
        assertThat(e1.sourceRollOwnerId()).isNull();
        assertThat(wf.roll(CB1).entries()).containsExactly(e1, e2);
    }

    @Test
    void theDateOfAnEntryIsTheDateInTheClocksZone() {
        clock.set(Instant.parse("2022-06-05T18:30:00Z")); // 01:30 on 6 June in Hà Nội
        wf.evaluate(Fixtures.partyMember("n1", CB1, "Nguyễn Thị Hồng Nhung"), "BT");
        assertThat(wf.record("n1", null, "BT").date()).isEqualTo(LocalDate.of(2022, 6, 6));
    }

    @Test
    void refusesToRecordOrProposeAnIneligibleNomineeWithTheReasonsAndChangesNothing() {
        Decision d = wf.evaluate(weak("n1", CB1), "BT");
        assertThat(d.eligible()).isFalse();
        int events = wf.events().size();

        assertThatThrownBy(() -> wf.record("n1", null, "BT"))
                .isInstanceOfSatisfying(WorkflowException.class, e -> {
                    assertThat(e).isInstanceOf(GhidanhException.class);
                    assertThat(e.code()).isEqualTo(WorkflowException.NOT_ELIGIBLE);
                    assertThat(e.reasons()).extracting(Reason::clauseId).containsExactly("CV-1.e.party");
                    assertThat(e.messageVi()).isEqualTo("Không thể ghi danh \"Phạm Văn Đức\" (mã n1) vì chưa đủ tiêu chuẩn: "
                            + "[CV-1.e.party] Đảng viên phải được đánh giá hoàn thành xuất sắc nhiệm vụ.");
                    assertThat(e.messageEn()).isEqualTo("Cannot record \"Phạm Văn Đức\" (id n1) because the nominee is not "
                            + "eligible: [CV-1.e.party] A party member must be rated HTXSNV.");
                });
        assertThatThrownBy(() -> wf.propose("n1", null, "BT"))
                .isInstanceOfSatisfying(WorkflowException.class, e -> {
                    assertThat(e.code()).isEqualTo(WorkflowException.NOT_ELIGIBLE);
                    assertThat(e.messageVi()).startsWith("Không thể đề nghị ghi danh \"Phạm Văn Đức\"");
                });
        assertThat(wf.roll(CB1).entries()).isEmpty();
        assertThat(wf.proposals()).isEmpty();
        assertThat(wf.events()).hasSize(events);
    }

    @Test
    void aReevaluatedNomineeCanThenBeRecorded() {
        wf.evaluate(weak("n1", CB1), "BT");
        wf.evaluate(Fixtures.partyMember("n1", CB1, "Phạm Văn Đức"), "BT");
        assertThat(wf.record("n1", null, "BT").nominee().rating()).isEqualTo(Rating.HTXSNV);
        assertThat(wf.snapshot().evaluations()).hasSize(1);
    }

    @Test
    void refusesUnevaluatedDuplicateAndUnknownNominees() {
        assertThatThrownBy(() -> wf.record("nope", null, "BT")).hasFieldOrPropertyWithValue("code", WorkflowException.NOT_EVALUATED);
        wf.evaluate(Fixtures.partyMember("n1", CB1, "A"), "BT");
        wf.record("n1", null, "BT");
        assertThatThrownBy(() -> wf.record("n1", null, "BT")).hasFieldOrPropertyWithValue("code", WorkflowException.ALREADY_RECORDED);
        assertThatThrownBy(() -> wf.evaluate(Fixtures.partyMember("n9", "cb-x", "B"), "BT"))
                .hasFieldOrPropertyWithValue("code", WorkflowException.UNKNOWN_ORGANISATION);
        assertThatThrownBy(() -> wf.evaluate(Fixtures.partyMember("n1", CB2, "A"), "BT"))
                .hasFieldOrPropertyWithValue("code", WorkflowException.INVALID_ARGUMENT);
        assertThatThrownBy(() -> wf.evaluate(Fixtures.partyMember("n2", CB2, "A"), " "))
                .hasFieldOrPropertyWithValue("code", WorkflowException.INVALID_ARGUMENT);
        assertThat(wf.roll(CB1).size()).isEqualTo(1);
    }

    @Test
    void proposalSubmissionAndAcceptanceLinkTheWardEntryToTheCellEntry() {
        wf.evaluate(Fixtures.partyMember("n1", CB1, "Nguyễn Thị Hồng Nhung"), "BT1");
        HonourRollEntry cellEntry = wf.record("n1", null, "BT1");
        Proposal p = wf.propose("n1", "Gương điển hình", "BT1");
        assertThat(p.id()).isEqualTo("P1");
        assertThat(p.fromId()).isEqualTo(CB1);
        assertThat(p.toId()).isEqualTo(WARD);
        assertThat(p.cellEntryNumber()).isEqualTo(cellEntry.number());
        assertThat(p.status()).isEqualTo(Proposal.Status.PENDING);
        assertThat(p.decision().eligible()).isTrue();

        assertThatThrownBy(() -> wf.accept("P1", null, "VP"))
                .hasFieldOrPropertyWithValue("code", WorkflowException.NOT_SUBMITTED);
        Submission s = wf.submit(CB1, LocalDate.of(2022, 6, 9), "BT1");
        assertThat(s.late()).isFalse();

        HonourRollEntry wardEntry = wf.accept("P1", "Quyết định số 15-QĐ/ĐU ngày 20/6/2022", "Bí thư Đảng ủy");
        assertThat(wardEntry.rollOwnerId()).isEqualTo(WARD);
        assertThat(wardEntry.number()).isEqualTo(1);
        assertThat(wardEntry.level()).isEqualTo("Đảng ủy phường");
        assertThat(wardEntry.sourceRollOwnerId()).isEqualTo(CB1);
        assertThat(wardEntry.sourceEntryNumber()).isEqualTo(1);
        assertThat(wardEntry.nominee()).isEqualTo(cellEntry.nominee());
        Proposal accepted = wf.proposals().get(0);
        assertThat(accepted.status()).isEqualTo(Proposal.Status.ACCEPTED);
        assertThat(accepted.acceptedEntryNumber()).isEqualTo(1);
        assertThat(accepted.resolvedBy()).isEqualTo("Bí thư Đảng ủy");
        assertThat(p.status()).as("the earlier value is unchanged").isEqualTo(Proposal.Status.PENDING);

        assertThatThrownBy(() -> wf.accept("P1", null, "VP")).hasFieldOrPropertyWithValue("code", WorkflowException.NOT_PENDING);
        assertThatThrownBy(() -> wf.propose("n1", null, "BT1")).hasFieldOrPropertyWithValue("code", WorkflowException.ALREADY_PROPOSED);
        assertThatThrownBy(() -> wf.accept("P7", null, "VP")).hasFieldOrPropertyWithValue("code", WorkflowException.UNKNOWN_PROPOSAL);
    }

    @Test
    void aProposalWithoutCellEntryHasNoSourceEntryNumber() {
        wf.evaluate(Fixtures.model("m1", CB2, "Tuyến phố hoa"), "BT2");
        wf.propose("m1", null, "BT2");
        wf.submit(CB2, LocalDate.of(2022, 6, 1), "BT2");
        HonourRollEntry e = wf.accept("P1", null, "BT");
        assertThat(e.sourceRollOwnerId()).isEqualTo(CB2);
        assertThat(e.sourceEntryNumber()).isNull();
    }

    @Test
    void aReturnedProposalCarriesItsReasonAndTheNomineeMayBeProposedAgain() {
        wf.evaluate(Fixtures.collective("c1", CB1, "Tổ dân phố số 1"), "BT1");
        wf.propose("c1", null, "BT1");
        wf.submit(CB1, "BT1");
        assertThatThrownBy(() -> wf.returnProposal("P1", "  ", "VP"))
                .hasFieldOrPropertyWithValue("code", WorkflowException.INVALID_ARGUMENT);
        Proposal r = wf.returnProposal("P1", "Thiếu biên bản họp chi bộ", "Văn phòng Đảng ủy");
        assertThat(r.status()).isEqualTo(Proposal.Status.RETURNED);
        assertThat(r.returnReason()).isEqualTo("Thiếu biên bản họp chi bộ");
        assertThatThrownBy(() -> wf.returnProposal("P1", "x", "VP")).hasFieldOrPropertyWithValue("code", WorkflowException.NOT_PENDING);
        Proposal again = wf.propose("c1", "Đã bổ sung biên bản", "BT1");
        assertThat(again.id()).isEqualTo("P2");
        assertThat(wf.accept("P2", null, "BT").number()).isEqualTo(1);
        assertThat(wf.snapshot().latestProposalsFrom(CB1)).extracting(Proposal::id).containsExactly("P2");
        assertThat(wf.latestProposal("c1")).map(Proposal::status).contains(Proposal.Status.ACCEPTED);
        assertThat(wf.latestProposal("c1")).map(Proposal::id).contains("P2");
        assertThat(wf.latestProposal("nobody")).isEmpty();
    }

    @Test
    void aSubmissionOnOrAfterTheDeadlineIsAcceptedButFlaggedLate() {
        // "trước ngày 10/06/2022": the 9th is on time, the 10th is late (CV-4, Deadline.isLate)
        assertThat(wf.submit(CB1, LocalDate.of(2022, 6, 9), "BT1").late()).isFalse();
        assertThat(wf.submit(CB2, LocalDate.of(2022, 6, 10), "BT2").late()).isTrue();
        assertThatThrownBy(() -> wf.submit(CB1, "BT1")).hasFieldOrPropertyWithValue("code", WorkflowException.ALREADY_SUBMITTED);
        assertThatThrownBy(() -> wf.submit(WARD, "BT")).hasFieldOrPropertyWithValue("code", WorkflowException.UNKNOWN_ORGANISATION);
        CampaignState s = wf.snapshot();
        assertThat(s.submission(CB1)).hasValueSatisfying(x -> assertThat(x.late()).isFalse());
        assertThat(s.submission(CB2)).hasValueSatisfying(x -> assertThat(x.late()).isTrue());
        assertThat(s.submission(Fixtures.CB3)).isEmpty();
    }

    @Test
    void submittingWithoutADateUsesTheClocksDate() {
        clock.set(Instant.parse("2022-06-11T02:00:00Z"));
        Submission s = wf.submit(CB1, "BT1");
        assertThat(s.submittedOn()).isEqualTo(LocalDate.of(2022, 6, 11));
        assertThat(s.late()).isTrue();
        assertThat(s.submittedAt()).isEqualTo(Instant.parse("2022-06-11T02:00:00Z"));
    }

    @Test
    void aCorrectionIsANewEntrySupersedingTheOldOne() {
        wf.evaluate(Fixtures.partyMember("n1", CB1, "Nguyễn Thi Hồng Nhung"), "BT1");
        wf.record("n1", "NQ 05/6", "BT1");
        IndividualNominee fixed = Fixtures.partyMember("n1", CB1, "Nguyễn Thị Hồng Nhung");
        HonourRollEntry c = wf.correct(CB1, 1, fixed, "Sửa chính tả họ tên", "BT1");
        assertThat(c.number()).isEqualTo(2);
        assertThat(c.supersedes()).isEqualTo(1);
        assertThat(c.correctionReason()).isEqualTo("Sửa chính tả họ tên");
        assertThat(c.decision()).isEqualTo("NQ 05/6");
        assertThat(c.nominee().name()).isEqualTo("Nguyễn Thị Hồng Nhung");
        HonourRoll roll = wf.roll(CB1);
        assertThat(roll.entries()).hasSize(2);
        assertThat(roll.entry(1).orElseThrow().nominee().name()).isEqualTo("Nguyễn Thi Hồng Nhung");
        assertThat(roll.current()).containsExactly(c);
        assertThat(roll.isSuperseded(1)).isTrue();

        assertThatThrownBy(() -> wf.correct(CB1, 1, fixed, "lại", "BT1"))
                .hasFieldOrPropertyWithValue("code", WorkflowException.ALREADY_SUPERSEDED);
        assertThatThrownBy(() -> wf.correct(CB1, 3, fixed, "x", "BT1"))
                .hasFieldOrPropertyWithValue("code", WorkflowException.UNKNOWN_ENTRY);
        assertThatThrownBy(() -> wf.correct(CB1, 2, Fixtures.partyMember("n2", CB1, "X"), "x", "BT1"))
                .hasFieldOrPropertyWithValue("code", WorkflowException.INVALID_ARGUMENT);
        assertThatThrownBy(() -> wf.correct(CB1, 2, weak("n1", CB1), "x", "BT1"))
                .hasFieldOrPropertyWithValue("code", WorkflowException.NOT_ELIGIBLE);
        // after the correction the nominee is still recorded once: recording again is refused
        assertThatThrownBy(() -> wf.record("n1", null, "BT1")).hasFieldOrPropertyWithValue("code", WorkflowException.ALREADY_RECORDED);
    }

    @Test
    void everyEventCarriesWhoAndWhenInOrder() {
        wf.evaluate(Fixtures.partyMember("n1", CB1, "A"), "BT1");
        wf.record("n1", null, "BT1");
        wf.propose("n1", null, "BT1");
        wf.submit(CB1, "BT1");
        wf.accept("P1", null, "Bí thư");
        List<WorkflowEvent> ev = wf.events();
        assertThat(ev).extracting(WorkflowEvent::type).containsExactly(WorkflowEvent.Type.OPENED,
                WorkflowEvent.Type.EVALUATED, WorkflowEvent.Type.RECORDED, WorkflowEvent.Type.PROPOSED,
                WorkflowEvent.Type.SUBMITTED, WorkflowEvent.Type.ACCEPTED);
        assertThat(ev).extracting(WorkflowEvent::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(ev).extracting(WorkflowEvent::actor).containsExactly("Văn phòng Đảng ủy", "BT1", "BT1", "BT1", "BT1", "Bí thư");
        assertThat(ev).extracting(WorkflowEvent::at).containsExactly(T0, T0.plusSeconds(60), T0.plusSeconds(120),
                T0.plusSeconds(180), T0.plusSeconds(240), T0.plusSeconds(300));
        assertThat(ev.get(5).proposalId()).isEqualTo("P1");
        assertThat(ev.get(5).entryNumber()).isEqualTo(1);
    }

    @Test
    void aSnapshotDoesNotChangeWhenTheWorkflowGoesOn() {
        wf.evaluate(Fixtures.partyMember("n1", CB1, "A"), "BT1");
        CampaignState before = wf.snapshot();
        wf.record("n1", null, "BT1");
        wf.propose("n1", null, "BT1");
        assertThat(before.roll(CB1).entries()).isEmpty();
        assertThat(before.proposals()).isEmpty();
        assertThat(before.events()).hasSize(2);
        assertThat(wf.snapshot().roll(CB1).entries()).hasSize(1);
    }

    @Test
    void existingRollsContinueTheirNumbering() {
        HonourRollEntry old = new HonourRollEntry(1, CB1, "dh-2021-h2", LocalDate.of(2021, 12, 10),
                Fixtures.partyMember("o1", CB1, "Cũ"), "Chi bộ", null, null, null, null, null, "BT", T0.minusSeconds(86400 * 180));
        wf = CampaignWorkflow.open(Fixtures.campaign(), Fixtures.tree(), CriteriaProfile.defaultProfile(), FAKE, clock, "VP",
                List.of(HonourRoll.of(CB1, List.of(old))));
        wf.evaluate(Fixtures.partyMember("o1", CB1, "Cũ"), "BT1");
        // recorded in an earlier campaign: may be recorded again in this one
        assertThat(wf.record("o1", null, "BT1").number()).isEqualTo(2);
        HonourRollEntry gap = new HonourRollEntry(2, CB1, "x", null, Fixtures.partyMember("o2", CB1, "B"), null, null, null,
                null, null, null, "BT", T0);
        assertThatThrownBy(() -> HonourRoll.of(CB1, List.of(gap)))
                .hasFieldOrPropertyWithValue("code", WorkflowException.INVALID_ROLL)
                .hasMessageContaining("entry 1 is numbered 2");
    }

    @Test
    void theRootHasNoLevelAbove() {
        wf.evaluate(Fixtures.partyMember("w1", WARD, "Ward nominee"), "BT");
        assertThatThrownBy(() -> wf.propose("w1", null, "BT")).hasFieldOrPropertyWithValue("code", WorkflowException.UNKNOWN_ORGANISATION);
        assertThat(wf.record("w1", null, "BT").rollOwnerId()).isEqualTo(WARD);
    }

    @Test
    void theDefaultEngineIsUsedByThePublicFactory() {
        CampaignWorkflow w = CampaignWorkflow.open(Fixtures.campaign(), Fixtures.tree(), CriteriaProfile.defaultProfile(),
                clock, "VP");
        Decision d = w.evaluate(Fixtures.partyMember("n1", CB1, "A"), "BT1");
        assertThat(d.eligible()).isTrue();
        assertThat(d.nomineeId()).isEqualTo("n1");
    }
}
