package io.github.ghidanh.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.view.ReadModels;
import io.github.ghidanh.core.view.SubmissionStatus;
import io.github.ghidanh.core.view.WardSummaryView;
import io.github.ghidanh.core.workflow.CampaignState;
import io.github.ghidanh.core.workflow.HonourRollEntry;
import io.github.ghidanh.core.workflow.Proposal;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ScenarioRunnerTest {

    @Test
    void theBundledSampleRunsToTheExpectedState() {
        ScenarioRunner.Outcome out = ScenarioRunner.run(ScenarioRunner.scenarioOf(SampleCampaigns.duyenHai2022()));
        assertThat(out.results()).allSatisfy(r -> assertThat(r.done()).as(r.toString()).isTrue());
        CampaignState s = out.state();
        // 26 nominees (5+5+4+5+6+1 by cell), 6 built to be ineligible; 12 proposals, 2 returned
        assertThat(s.evaluations()).hasSize(26);
        assertThat(s.evaluations().stream().filter(e -> !e.eligible()).map(e -> e.nominee().id()))
                .containsExactlyInAnyOrder("i-tdp1-loi", "i-tdp2-mo", "c-tdp2-thanhnien", "i-tdp3-chu", "i-truong-truong",
                        "m-ubnd-dat");
        assertThat(s.proposals()).hasSize(12);
        assertThat(s.proposals().stream().filter(p -> p.status() == Proposal.Status.RETURNED).map(p -> p.nominee().id()))
                .containsExactlyInAnyOrder("i-tdp1-thang", "i-ubnd-nguyet");
        assertThat(s.roll(SampleCampaigns.WARD).entries()).hasSize(10);
        HonourRollEntry first = s.roll(SampleCampaigns.WARD).entries().get(0);
        assertThat(first.sourceRollOwnerId()).isEqualTo("cb-tdp1");
        assertThat(first.recordedAt()).isNotNull();
        assertThat(first.date()).isEqualTo(LocalDate.of(2022, 6, 14));

        WardSummaryView v = ReadModels.wardSummary(s, SampleCampaigns.WARD, LocalDate.of(2022, 6, 15));
        assertThat(v.rows()).extracting(WardSummaryView.CellRow::status).containsExactly(SubmissionStatus.ON_TIME,
                SubmissionStatus.ON_TIME, SubmissionStatus.LATE, SubmissionStatus.ON_TIME, SubmissionStatus.ON_TIME,
                SubmissionStatus.MISSING);
        assertThat(v.totals().evaluated()).isEqualTo(26);
        assertThat(v.totals().eligible()).isEqualTo(20);
        assertThat(v.totals().recorded()).isEqualTo(20);
        assertThat(v.totals().proposed()).isEqualTo(12);
        assertThat(v.totals().accepted()).isEqualTo(10);
        assertThat(v.totals().returned()).isEqualTo(2);
    }

    @Test
    void theSameSeedGivesTheSameScenarioAndTheSameState() {
        CampaignScenario a = CampaignGenerators.scenario(Choices.random(new SplittableRandom(42)));
        CampaignScenario b = CampaignGenerators.scenario(Choices.random(new SplittableRandom(42)));
        assertThat(a).isEqualTo(b);
        assertThat(ScenarioRunner.run(a).state()).isEqualTo(ScenarioRunner.run(b).state());
        assertThat(CampaignGenerators.scenario(Choices.random(new SplittableRandom(43)))).isNotEqualTo(a);
    }
}
