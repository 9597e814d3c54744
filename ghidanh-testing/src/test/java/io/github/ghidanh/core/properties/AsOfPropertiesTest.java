package io.github.ghidanh.core.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.view.ReadModels;
import io.github.ghidanh.core.workflow.CampaignState;
import io.github.ghidanh.core.workflow.Proposal;
import io.github.ghidanh.testing.CampaignGenerators;
import io.github.ghidanh.testing.CampaignScenario;
import io.github.ghidanh.testing.SampleCampaigns;
import io.github.ghidanh.testing.ScenarioRunner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Every document is true as of its date: a read model built at date D from the campaign's final
 * state equals the one built at D from the campaign stopped after the last step of D, for every
 * organisation and every document. Steps after D never show in a document dated D.
 */
class AsOfPropertiesTest {

    record Split(CampaignScenario whole, int stepsUpToDate, LocalDate date) {
        @Override
        public String toString() {
            return "campaign " + whole.campaign().id() + " with " + whole.steps().size() + " steps, cut after step "
                    + stepsUpToDate + " (" + date + ")";
        }
    }

    /** The dates at which the steps split in two: every step up to it on or before, every later step after. */
    static List<Split> splits(CampaignScenario s) {
        List<Split> out = new ArrayList<>();
        List<CampaignScenario.Step> steps = s.steps();
        for (int k = 0; k < steps.size(); k++) {
            LocalDate d = steps.get(k).on();
            boolean upToK = true;
            for (int i = 0; i <= k && upToK; i++) {
                upToK = !steps.get(i).on().isAfter(d);
            }
            boolean afterK = true;
            for (int i = k + 1; i < steps.size() && afterK; i++) {
                afterK = steps.get(i).on().isAfter(d);
            }
            if (upToK && afterK) {
                out.add(new Split(s, k + 1, d));
            }
        }
        return out;
    }

    final AtomicLong compared = new AtomicLong();
    final AtomicLong laterResolutions = new AtomicLong();

    void documentsAtTheCutDoNotChange(Split split) {
        CampaignScenario whole = split.whole();
        CampaignScenario cut = new CampaignScenario(whole.tree(), whole.campaign(), whole.nominees(),
                whole.steps().subList(0, split.stepsUpToDate()));
        CampaignState full = ScenarioRunner.run(whole).state();
        CampaignState then = ScenarioRunner.run(cut).state();
        LocalDate d = split.date();
        assertThat(full.asOf(d).proposals()).as("proposals as of %s", d).isEqualTo(then.proposals());
        if (full.proposals().stream().anyMatch(p -> p.status() != Proposal.Status.PENDING)
                && full.asOf(d).proposals().stream().anyMatch(p -> p.status() == Proposal.Status.PENDING)) {
            laterResolutions.incrementAndGet();
        }
        for (Organisation o : whole.tree().all()) {
            String id = o.id();
            assertThat(ReadModels.cellReport(full, id, d)).as("cell report of %s at %s", id, d)
                    .isEqualTo(ReadModels.cellReport(then, id, d));
            assertThat(ReadModels.proposalList(full, id, d)).as("proposal list of %s at %s", id, d)
                    .isEqualTo(ReadModels.proposalList(then, id, d));
            assertThat(ReadModels.honourRoll(full, id, d)).as("honour roll of %s at %s", id, d)
                    .isEqualTo(ReadModels.honourRoll(then, id, d));
            assertThat(ReadModels.certificates(full, id, d)).as("certificates of %s at %s", id, d)
                    .isEqualTo(ReadModels.certificates(then, id, d));
            if (!whole.tree().children(id).isEmpty()) {
                assertThat(ReadModels.wardSummary(full, id, d)).as("summary of %s at %s", id, d)
                        .isEqualTo(ReadModels.wardSummary(then, id, d));
            }
            compared.incrementAndGet();
        }
    }

    @Test
    void theSampleCampaignAtEveryDateOfItsHistory() {
        CampaignScenario sample = ScenarioRunner.scenarioOf(SampleCampaigns.duyenHai2022());
        List<Split> splits = splits(sample);
        assertThat(splits).as("the sample's history has several dates").hasSizeGreaterThan(2);
        splits.forEach(this::documentsAtTheCutDoNotChange);
        assertThat(laterResolutions.get()).as("some cut sees proposals answered only later").isPositive();
    }

    @Test
    void generatedCampaignsAtEveryDateOfTheirHistory() {
        Props.check(Math.max(1, Props.examples() / 20), r -> CampaignGenerators.scenario(r),
                seeded -> splits(seeded.value()).forEach(this::documentsAtTheCutDoNotChange));
        assertThat(compared.get()).as("documents compared").isPositive();
    }

    @Test
    void aDateAfterTheLastEventChangesNothing() {
        CampaignState s = ScenarioRunner.run(ScenarioRunner.scenarioOf(SampleCampaigns.duyenHai2022())).state();
        assertThat(s.asOf(s.lastEventDate())).isEqualTo(s);
        assertThat(s.asOf(s.lastEventDate().plusYears(1))).isEqualTo(s);
    }
}
