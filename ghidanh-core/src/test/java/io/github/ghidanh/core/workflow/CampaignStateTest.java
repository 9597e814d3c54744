package io.github.ghidanh.core.workflow;

import static io.github.ghidanh.core.workflow.Fixtures.CB1;
import static io.github.ghidanh.core.workflow.Fixtures.CB2;
import static io.github.ghidanh.core.workflow.Fixtures.WARD;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.workflow.WorkflowEvent.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A campaign as it stood at a date, and the lookups of a snapshot. Dates are in Hà Nội time (UTC+7). */
class CampaignStateTest {
    StepClock clock;
    CampaignWorkflow wf;

    static Instant morningOf(int day) {
        return Instant.parse(String.format("2022-06-%02dT01:00:00Z", day)); // 08:00 in Hà Nội
    }

    @BeforeEach
    void story() {
        clock = new StepClock(morningOf(1), Duration.ofMinutes(1));
        wf = Fixtures.openWithStandInEngine(clock);                                 // 1 June: opened
        wf.evaluate(Fixtures.partyMember("n1", CB1, "Tên cũ"), "BT1");              // 1 June
        wf.evaluate(Fixtures.model("m1", CB2, "Tuyến phố hoa"), "BT2");             // 1 June
        clock.set(morningOf(3));
        wf.evaluate(Fixtures.partyMember("n1", CB1, "Tên mới"), "BT1");             // 3 June: re-evaluated
        wf.propose("n1", null, "BT1");                                              // 3 June: P1
        wf.propose("m1", null, "BT2");                                              // 3 June: P2
        clock.set(morningOf(5));
        wf.record("n1", null, "BT1");                                               // 5 June: CB1 entry 1
        wf.submit(CB1, LocalDate.of(2022, 6, 4), "BT1");                            // dated 4 June, entered on 5 June
        wf.submit(CB2, "BT2");                                                      // 5 June
        clock.set(morningOf(8));
        wf.accept("P1", "Quyết định số 15", "VP");                                  // 8 June: ward entry 1
    }

    @Test
    void afterTheLastEventTheStateIsTheSame() {
        CampaignState s = wf.snapshot();
        assertThat(s.lastEventDate()).isEqualTo(LocalDate.of(2022, 6, 8));
        assertThat(s.asOf(LocalDate.of(2022, 6, 8))).isSameAs(s);
        assertThat(s.asOf(LocalDate.of(2022, 7, 1))).isSameAs(s);
    }

    @Test
    void beforeAnythingHappenedOnlyTheOpeningAndTheFirstEvaluationsAreThere() {
        CampaignState s = wf.snapshot().asOf(LocalDate.of(2022, 6, 2));
        assertThat(s.evaluations()).extracting(e -> e.nominee().name()).containsExactly("Tên cũ", "Tuyến phố hoa");
        assertThat(s.evaluationHistory()).hasSize(2);
        assertThat(s.proposals()).isEmpty();
        assertThat(s.submissions()).isEmpty();
        assertThat(s.roll(CB1).entries()).isEmpty();
        assertThat(s.roll(WARD).entries()).isEmpty();
        assertThat(s.events()).extracting(WorkflowEvent::type).containsExactly(Type.OPENED, Type.EVALUATED, Type.EVALUATED);
        assertThat(s.lastEventDate()).isEqualTo(LocalDate.of(2022, 6, 1));
    }

    @Test
    void aDateInTheMiddleKeepsWhatHadHappenedByTheEndOfThatDay() {
        CampaignState s = wf.snapshot().asOf(LocalDate.of(2022, 6, 4));
        assertThat(s.evaluations()).extracting(e -> e.nominee().name()).containsExactly("Tên mới", "Tuyến phố hoa");
        assertThat(s.evaluationHistory()).hasSize(3);
        assertThat(s.proposals()).extracting(Proposal::id).containsExactly("P1", "P2");
        assertThat(s.submissions()).containsOnlyKeys(CB1);
        assertThat(s.roll(CB1).entries()).isEmpty();
        assertThat(s.events()).extracting(WorkflowEvent::type).containsExactly(Type.OPENED, Type.EVALUATED, Type.EVALUATED,
                Type.EVALUATED, Type.PROPOSED, Type.PROPOSED);
    }

    @Test
    void aProposalAnsweredLaterIsStillPendingAtTheDate() {
        CampaignState before = wf.snapshot().asOf(LocalDate.of(2022, 6, 7));
        assertThat(before.proposal("P1")).get().satisfies(p -> {
            assertThat(p.status()).isEqualTo(Proposal.Status.PENDING);
            assertThat(p.resolvedBy()).isNull();
            assertThat(p.acceptedEntryNumber()).isNull();
        });
        assertThat(before.roll(CB1).entries()).extracting(HonourRollEntry::number).containsExactly(1);
        assertThat(before.roll(WARD).entries()).isEmpty();
        assertThat(before.submissions()).containsOnlyKeys(CB1, CB2);
        CampaignState after = wf.snapshot();
        assertThat(after.proposal("P1")).get().extracting(Proposal::status).isEqualTo(Proposal.Status.ACCEPTED);
        assertThat(after.proposal("P2")).get().extracting(Proposal::status).isEqualTo(Proposal.Status.PENDING);
        assertThat(after.proposal("P9")).isEmpty();
    }

    @Test
    void theLastEventDateCountsSubmissionDatesAndRollEntries() {
        wf.submit(Fixtures.CB3, LocalDate.of(2022, 6, 20), "BT3");
        assertThat(wf.snapshot().lastEventDate()).as("a submission dated later than every event")
                .isEqualTo(LocalDate.of(2022, 6, 20));

        HonourRollEntry undated = new HonourRollEntry(1, CB1, "dh-2021-h2", null, Fixtures.partyMember("n0", CB1, "A"),
                "Chi bộ", null, null, null, null, null, "BT", Instant.parse("2021-12-20T02:00:00Z"));
        HonourRollEntry late = new HonourRollEntry(1, CB2, "dh-2021-h2", LocalDate.of(2022, 12, 31),
                Fixtures.partyMember("n9", CB2, "B"), "Chi bộ", null, null, null, null, null, "BT",
                Instant.parse("2021-12-20T02:00:00Z"));
        CampaignWorkflow w = CampaignWorkflow.open(Fixtures.campaign(), Fixtures.tree(), CriteriaProfile.defaultProfile(),
                Fixtures.FAKE, new StepClock(morningOf(1), Duration.ofMinutes(1)), "VP",
                List.of(HonourRoll.of(CB1, List.of(undated))));
        assertThat(w.snapshot().lastEventDate()).as("an entry without a date does not count").isEqualTo(LocalDate.of(2022, 6, 1));
        CampaignWorkflow w2 = CampaignWorkflow.open(Fixtures.campaign(), Fixtures.tree(), CriteriaProfile.defaultProfile(),
                Fixtures.FAKE, new StepClock(morningOf(1), Duration.ofMinutes(1)), "VP",
                List.of(HonourRoll.of(CB2, List.of(late))));
        assertThat(w2.snapshot().lastEventDate()).isEqualTo(LocalDate.of(2022, 12, 31));
    }

    @Test
    void lookupsBySubjectOrganisationAndId() {
        CampaignState s = wf.snapshot();
        assertThat(s.evaluation("n1")).get().extracting(e -> e.nominee().name()).isEqualTo("Tên mới");
        assertThat(s.evaluation("zz")).isEmpty();
        assertThat(s.evaluationsOf(CB2)).extracting(e -> e.nominee().id()).containsExactly("m1");
        assertThat(s.evaluationsOf(WARD)).isEmpty();
        assertThat(s.proposalsFrom(CB1)).extracting(Proposal::id).containsExactly("P1");
        assertThat(s.proposalsFrom(CB2)).extracting(Proposal::id).containsExactly("P2");
        assertThat(s.proposalsTo(WARD)).extracting(Proposal::id).containsExactly("P1", "P2");
        assertThat(s.proposalsTo(CB1)).isEmpty();
        assertThat(s.submission(CB1)).get().extracting(Submission::submittedOn).isEqualTo(LocalDate.of(2022, 6, 4));
        assertThat(s.submission(Fixtures.CB3)).isEmpty();
        assertThat(s.roll(Fixtures.CB3).entries()).isEmpty();
        assertThat(s.roll(WARD).entries()).extracting(HonourRollEntry::decision).containsExactly("Quyết định số 15");
        assertThat(s.zone()).isEqualTo(StepClock.VN);
    }
}
