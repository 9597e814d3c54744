package io.github.ghidanh.core.workflow;

import static io.github.ghidanh.core.workflow.Fixtures.CB1;
import static io.github.ghidanh.core.workflow.Fixtures.CB2;
import static io.github.ghidanh.core.workflow.Fixtures.WARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.ModelField;
import io.github.ghidanh.core.model.ModelNominee;
import io.github.ghidanh.core.workflow.WorkflowEvent.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the workflow writes down besides the entries themselves: the audit trail's details, the
 * index of entries in force after a correction, the evaluations a correction replaces, and the
 * names and states quoted in refusals.
 */
class WorkflowBookkeepingTest {

    /** 2022-06-05 08:00 in Hà Nội time. */
    static final Instant T0 = Instant.parse("2022-06-05T01:00:00Z");

    StepClock clock;
    CampaignWorkflow wf;

    @BeforeEach
    void open() {
        clock = new StepClock(T0, Duration.ofMinutes(1));
        wf = Fixtures.openWithStandInEngine(clock);
    }

    /** An entry of an earlier campaign ("dh-2021-h2") in a roll kept from before. */
    static HonourRollEntry earlierEntry(int number, String owner, IndividualNominee n) {
        return new HonourRollEntry(number, owner, "dh-2021-h2", LocalDate.of(2021, 12, 20), n, "Chi bộ", null, null, null,
                null, null, "BT", Instant.parse("2021-12-20T02:00:00Z"));
    }

    CampaignWorkflow openWith(HonourRoll... existing) {
        return CampaignWorkflow.open(Fixtures.campaign(), Fixtures.tree(), CriteriaProfile.defaultProfile(), Fixtures.FAKE,
                clock, "Văn phòng Đảng ủy", List.of(existing));
    }

    @Test
    void theAccessorsReturnWhatTheWorkflowWasOpenedWith() {
        assertThat(wf.campaign()).isEqualTo(Fixtures.campaign());
        assertThat(wf.tree().find(CB1)).isPresent();
        assertThat(wf.tree().find(WARD)).isPresent();
        assertThat(wf.profile()).isSameAs(CriteriaProfile.defaultProfile());
        assertThat(wf.findEvaluation("n1")).isEmpty();
        wf.evaluate(Fixtures.partyMember("n1", CB1, "Nguyễn Thị Hồng Nhung"), "BT1");
        assertThat(wf.findEvaluation("n1")).get().extracting(e -> e.nominee().name()).isEqualTo("Nguyễn Thị Hồng Nhung");
        assertThat(wf.findEvaluation("n2")).isEmpty();
    }

    @Test
    void everyStepLeavesAnEventWithItsDetail() {
        wf.evaluate(Fixtures.partyMember("n1", CB1, "Nguyễn Thị Hồng Nhung"), "BT1");
        wf.evaluate(Fixtures.weakPartyMember("n2", CB1, "Phạm Văn Đức"), "BT1");
        wf.evaluate(Fixtures.model("m1", CB2, "Tuyến phố hoa"), "BT2");
        wf.record("n1", null, "BT1");
        wf.propose("n1", null, "BT1");
        wf.propose("m1", null, "BT2");
        wf.submit(CB1, LocalDate.of(2022, 6, 9), "BT1");
        wf.submit(CB2, LocalDate.of(2022, 6, 15), "BT2");
        wf.accept("P1", null, "VP");
        wf.returnProposal("P2", "  Thiếu biên bản  ", "VP");
        wf.correct(CB1, 1, Fixtures.partyMember("n1", CB1, "Nguyễn Thị Hồng Nhưng"), " Sai tên ", "BT1");

        List<WorkflowEvent> ev = wf.events();
        assertThat(ev).extracting(WorkflowEvent::type).containsExactly(Type.OPENED, Type.EVALUATED, Type.EVALUATED,
                Type.EVALUATED, Type.RECORDED, Type.PROPOSED, Type.PROPOSED, Type.SUBMITTED, Type.SUBMITTED, Type.ACCEPTED,
                Type.RETURNED, Type.CORRECTED);
        assertThat(ev).extracting(WorkflowEvent::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
        assertThat(ev).extracting(WorkflowEvent::detail).containsExactly("dh-2022-h1", "eligible", "not eligible", "eligible",
                null, null, null, "on time", "late", null, "Thiếu biên bản", "Sai tên");
        assertThat(ev).extracting(WorkflowEvent::organisationId).containsExactly(WARD, CB1, CB1, CB2, CB1, CB1, CB2, CB1, CB2,
                WARD, WARD, CB1);
        assertThat(ev).extracting(WorkflowEvent::nomineeId).containsExactly(null, "n1", "n2", "m1", "n1", "n1", "m1", null,
                null, "n1", "m1", "n1");
        assertThat(ev).extracting(WorkflowEvent::proposalId).containsExactly(null, null, null, null, null, "P1", "P2", null,
                null, "P1", "P2", null);
        // recorded as cell entry 1; proposal P1 links it; accepted as ward entry 1; the correction is cell entry 2
        assertThat(ev).extracting(WorkflowEvent::entryNumber).containsExactly(null, null, null, null, 1, 1, null, null, null,
                1, null, 2);
        assertThat(ev).extracting(WorkflowEvent::actor).containsExactly("Văn phòng Đảng ủy", "BT1", "BT1", "BT2", "BT1",
                "BT1", "BT2", "BT1", "BT2", "VP", "VP", "BT1");
        assertThat(ev.get(11).at()).isEqualTo(T0.plus(Duration.ofMinutes(11)));
        assertThat(wf.proposals().get(1).returnReason()).isEqualTo("Thiếu biên bản");
        assertThat(wf.roll(CB1).entries().get(1).correctionReason()).isEqualTo("Sai tên");
    }

    @Test
    void acceptedProposalsAreNumberedOneAfterAnotherInTheReceiversRoll() {
        wf.evaluate(Fixtures.partyMember("n1", CB1, "Nguyễn Thị Hồng Nhung"), "BT1");
        wf.evaluate(Fixtures.model("m1", CB2, "Tuyến phố hoa"), "BT2");
        wf.evaluate(Fixtures.collective("c1", CB1, "Tổ dân phố số 1"), "BT1");
        wf.propose("n1", null, "BT1");
        wf.propose("m1", null, "BT2");
        wf.propose("c1", null, "BT1");
        wf.submit(CB1, "BT1");
        wf.submit(CB2, "BT2");
        HonourRollEntry first = wf.accept("P2", null, "VP");
        HonourRollEntry second = wf.accept("P1", null, "VP");
        HonourRollEntry third = wf.accept("P3", null, "VP");

        assertThat(List.of(first.number(), second.number(), third.number())).containsExactly(1, 2, 3);
        assertThat(wf.roll(WARD).entries()).containsExactly(first, second, third);
        assertThat(wf.roll(WARD).entries()).extracting(e -> e.nominee().id()).containsExactly("m1", "n1", "c1");
        assertThat(wf.roll(CB1).entries()).as("accepting writes only the receiver's roll").isEmpty();
        assertThatThrownBy(() -> wf.correct(WARD, 4, Fixtures.model("m1", CB2, "Tuyến phố hoa"), "x", "VP"))
                .hasFieldOrPropertyWithValue("code", WorkflowException.UNKNOWN_ENTRY);
        assertThat(wf.correct(WARD, 3, Fixtures.collective("c1", CB1, "Tổ dân phố 1"), "Sửa tên", "VP").number()).isEqualTo(4);
    }

    @Test
    void aRefusedCorrectionOfARollNoOneHasWrittenInLeavesTheWorkflowAsItWas() {
        CampaignState before = wf.snapshot();
        assertThatThrownBy(() -> wf.correct(WARD, 1, Fixtures.model("m1", CB2, "Tuyến phố hoa"), "x", "VP"))
                .hasFieldOrPropertyWithValue("code", WorkflowException.UNKNOWN_ENTRY);
        assertThat(wf.snapshot().rolls()).as("no roll opened by the refusal").isEqualTo(before.rolls()).doesNotContainKey(WARD);
    }

    @Test
    void aCorrectionReplacesTheNomineesEvaluationAndBecomesTheEntryInForce() {
        wf.evaluate(Fixtures.partyMember("n1", CB1, "Nguyễn Thị Hồng Nhung"), "BT1");
        wf.record("n1", null, "BT1");
        IndividualNominee fixed = Fixtures.partyMember("n1", CB1, "Nguyễn Thị Hồng Nhưng");
        HonourRollEntry corrected = wf.correct(CB1, 1, fixed, "Sai tên", "BT1");
        assertThat(corrected.number()).isEqualTo(2);
        assertThat(corrected.supersedes()).isEqualTo(1);
        assertThat(corrected.campaignId()).isEqualTo("dh-2022-h1");

        Evaluation latest = wf.findEvaluation("n1").orElseThrow();
        assertThat(latest.nominee()).isEqualTo(fixed);
        assertThat(latest.evaluatedBy()).isEqualTo("BT1");
        assertThat(wf.snapshot().evaluationHistory()).extracting(e -> e.nominee().name())
                .containsExactly("Nguyễn Thị Hồng Nhung", "Nguyễn Thị Hồng Nhưng");
        assertThat(wf.snapshot().evaluations()).hasSize(1);

        // the index of entries in force now points at entry 2
        assertThatThrownBy(() -> wf.record("n1", null, "BT1"))
                .isInstanceOfSatisfying(WorkflowException.class, e -> {
                    assertThat(e.code()).isEqualTo(WorkflowException.ALREADY_RECORDED);
                    assertThat(e.messageEn()).isEqualTo("\"Nguyễn Thị Hồng Nhưng\" is already recorded in the roll of "
                            + "Chi bộ Tổ dân phố số 1 (entry 2) in this campaign; make a correcting entry to change it.");
                });
        assertThat(wf.propose("n1", null, "BT1").cellEntryNumber()).isEqualTo(2);
        assertThatThrownBy(() -> wf.correct(CB1, 1, fixed, "lại", "BT1"))
                .hasFieldOrPropertyWithValue("code", WorkflowException.ALREADY_SUPERSEDED);
        assertThat(wf.correct(CB1, 2, Fixtures.partyMember("n1", CB1, "Nguyễn Thị Hồng Nhung"), "Sửa lại", "BT1")
                .supersedes()).isEqualTo(2);
        assertThat(wf.roll(CB1).current()).extracting(HonourRollEntry::number).containsExactly(3);
    }

    @Test
    void correctingAnEntryOfAnEarlierCampaignKeepsItsCampaignAndMakesNoEvaluation() {
        IndividualNominee n0 = Fixtures.partyMember("n0", CB1, "Lò Văn Dũng");
        CampaignWorkflow w = openWith(HonourRoll.of(CB1, List.of(earlierEntry(1, CB1, n0))));

        HonourRollEntry e = w.correct(CB1, 1, Fixtures.partyMember("n0", CB1, "Lò Văn Dũng (sửa)"), "Sai tên", "BT1");
        assertThat(e.number()).isEqualTo(2);
        assertThat(e.campaignId()).isEqualTo("dh-2021-h2");
        assertThat(e.level()).isEqualTo("Chi bộ");
        assertThat(w.findEvaluation("n0")).as("the correction evaluates, but keeps no evaluation of this campaign").isEmpty();
        assertThat(w.snapshot().evaluations()).isEmpty();
        assertThat(w.snapshot().evaluationHistory()).isEmpty();
        assertThat(w.roll(CB1).current()).extracting(HonourRollEntry::number).containsExactly(2);
        assertThat(w.roll(CB1).current("dh-2021-h2")).hasSize(1);
        assertThat(w.roll(CB1).current("dh-2022-h1")).isEmpty();
    }

    @Test
    void aNomineeRecordedInAnEarlierCampaignCanBeRecordedInThisOne() {
        IndividualNominee n1 = Fixtures.partyMember("n1", CB1, "Nguyễn Thị Hồng Nhung");
        CampaignWorkflow w = openWith(HonourRoll.of(CB1, List.of(earlierEntry(1, CB1, n1))));
        w.evaluate(n1, "BT1");
        HonourRollEntry e = w.record("n1", null, "BT1");
        assertThat(e.number()).isEqualTo(2);
        assertThat(e.campaignId()).isEqualTo("dh-2022-h1");
        assertThat(w.propose("n1", null, "BT1").cellEntryNumber()).as("this campaign's entry, not the earlier one")
                .isEqualTo(2);
        assertThat(w.roll(CB1).entries("dh-2021-h2")).extracting(HonourRollEntry::number).containsExactly(1);
        assertThat(w.roll(CB1).entries("dh-2022-h1")).extracting(HonourRollEntry::number).containsExactly(2);
    }

    @Test
    void aNomineeOnlyInAnEarlierCampaignIsNotLinkedByAProposal() {
        IndividualNominee n1 = Fixtures.partyMember("n1", CB1, "Nguyễn Thị Hồng Nhung");
        CampaignWorkflow w = openWith(HonourRoll.of(CB1, List.of(earlierEntry(1, CB1, n1))));
        w.evaluate(n1, "BT1");
        assertThat(w.propose("n1", null, "BT1").cellEntryNumber()).isNull();
    }

    @Test
    void refusalsNameTheNomineeOrItsIdWhenItHasNoName() {
        ModelNominee unnamed = ModelNominee.builder("m1", CB1).field(ModelField.URBAN_RENOVATION).content("Trồng hoa")
                .novelty("Mỗi hộ một đoạn").build();
        wf.evaluate(unnamed, "BT1");
        wf.record("m1", null, "BT1");
        assertThatThrownBy(() -> wf.record("m1", null, "BT1")).isInstanceOfSatisfying(WorkflowException.class,
                e -> assertThat(e.messageEn()).startsWith("\"m1\" is already recorded in the roll of Chi bộ Tổ dân phố số 1 "
                        + "(entry 1)"));

        wf.evaluate(Fixtures.partyMember("n1", CB1, "Nguyễn Thị Hồng Nhung"), "BT1");
        wf.record("n1", null, "BT1");
        assertThatThrownBy(() -> wf.record("n1", null, "BT1")).isInstanceOfSatisfying(WorkflowException.class,
                e -> assertThat(e.messageVi()).startsWith("\"Nguyễn Thị Hồng Nhung\" đã được ghi danh trong sổ của "
                        + "Chi bộ Tổ dân phố số 1 (mục số 2)"));
    }

    @Test
    void refusalsQuoteTheStateOfTheProposalInBothLanguages() {
        wf.evaluate(Fixtures.partyMember("n1", CB1, "Nguyễn Thị Hồng Nhung"), "BT1");
        wf.evaluate(Fixtures.model("m1", CB1, "Tuyến phố hoa"), "BT1");
        wf.propose("n1", null, "BT1");
        wf.propose("m1", null, "BT1");
        assertThatThrownBy(() -> wf.propose("n1", null, "BT1")).isInstanceOfSatisfying(WorkflowException.class, e -> {
            assertThat(e.code()).isEqualTo(WorkflowException.ALREADY_PROPOSED);
            assertThat(e.messageVi()).startsWith("\"Nguyễn Thị Hồng Nhung\" đã được đề nghị (P1, chờ xem xét);");
            assertThat(e.messageEn()).startsWith("\"Nguyễn Thị Hồng Nhung\" was already proposed (P1, pending);");
        });
        wf.submit(CB1, "BT1");
        wf.accept("P1", null, "VP");
        wf.returnProposal("P2", "Thiếu biên bản", "VP");
        assertThatThrownBy(() -> wf.returnProposal("P1", "x", "VP")).isInstanceOfSatisfying(WorkflowException.class, e -> {
            assertThat(e.code()).isEqualTo(WorkflowException.NOT_PENDING);
            assertThat(e.messageVi()).isEqualTo("Đề nghị P1 (\"Nguyễn Thị Hồng Nhung\") đã được xử lý: Đã ghi danh.");
            assertThat(e.messageEn()).isEqualTo("Proposal P1 (\"Nguyễn Thị Hồng Nhung\") was already handled: Accepted.");
        });
        assertThatThrownBy(() -> wf.accept("P2", null, "VP")).isInstanceOfSatisfying(WorkflowException.class, e -> {
            assertThat(e.messageVi()).isEqualTo("Đề nghị P2 (\"Tuyến phố hoa\") đã được xử lý: Trả lại.");
            assertThat(e.messageEn()).isEqualTo("Proposal P2 (\"Tuyến phố hoa\") was already handled: Returned.");
        });
        assertThatThrownBy(() -> wf.propose("n1", null, "BT1")).isInstanceOfSatisfying(WorkflowException.class,
                e -> assertThat(e.messageEn()).contains("(P1, accepted)"));
        assertThat(wf.propose("m1", null, "BT1").id()).isEqualTo("P3");
    }

    @Test
    void theLatestProposalOfANomineeIsItsNewestInItsCurrentState() {
        assertThat(wf.latestProposal("m1")).isEmpty();
        assertThat(wf.latestProposal(null)).isEmpty();
        wf.evaluate(Fixtures.model("m1", CB1, "Tuyến phố hoa"), "BT1");
        wf.propose("m1", null, "BT1");
        wf.submit(CB1, "BT1");
        wf.returnProposal("P1", "Thiếu biên bản", "VP");
        assertThat(wf.latestProposal("m1")).get().extracting(Proposal::status).isEqualTo(Proposal.Status.RETURNED);
        wf.propose("m1", null, "BT1");
        assertThat(wf.latestProposal("m1")).get().extracting(Proposal::id).isEqualTo("P2");
    }
}
