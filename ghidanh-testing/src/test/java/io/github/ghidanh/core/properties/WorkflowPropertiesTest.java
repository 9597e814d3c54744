package io.github.ghidanh.core.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.model.SubjectCategory;
import io.github.ghidanh.core.properties.Props.Drawn;
import io.github.ghidanh.testing.CampaignGenerators;
import io.github.ghidanh.testing.CampaignScenario;
import io.github.ghidanh.testing.ScenarioRunner;
import io.github.ghidanh.testing.ScenarioRunner.StepResult;
import io.github.ghidanh.core.view.CellCounts;
import io.github.ghidanh.core.view.ReadModels;
import io.github.ghidanh.core.view.SubmissionStatus;
import io.github.ghidanh.core.view.WardSummaryView;
import io.github.ghidanh.core.workflow.CampaignState;
import io.github.ghidanh.core.workflow.Evaluation;
import io.github.ghidanh.core.workflow.HonourRoll;
import io.github.ghidanh.core.workflow.HonourRollEntry;
import io.github.ghidanh.core.workflow.Proposal;
import io.github.ghidanh.core.workflow.WorkflowException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Conservation properties of the workflow and its read models over whole generated campaigns
 * (trees, campaigns, nominees and random sequences of steps, including steps the workflow must
 * refuse), with the real criteria engine.
 */
class WorkflowPropertiesTest {

    record Run(CampaignScenario scenario, ScenarioRunner.Outcome outcome) {
        @Override
        public String toString() {
            return "scenario of campaign " + scenario.campaign().id() + " with " + scenario.tree().size() + " organisations, "
                    + scenario.nominees().size() + " nominees, " + scenario.steps().size() + " steps";
        }
    }

    /** Everything the properties want to see happen at least once across the runs. */
    final Map<String, AtomicLong> seen = new ConcurrentHashMap<>();

    void saw(String what, long n) {
        seen.computeIfAbsent(what, k -> new AtomicLong()).addAndGet(n);
    }

    @Test
    void conservationAcrossWholeCampaigns() {
        Props.check(Math.max(1, Props.examples() / 2), r -> {
            CampaignScenario s = CampaignGenerators.scenario(r);
            return new Run(s, ScenarioRunner.run(s));
        }, this::conserves);
        if (Props.replaying()) {
            return; // one value replayed: the "both outcomes" counts do not apply
        }
        // the generator really produced every outcome
        for (String what : List.of("accepted", "returned", "re-proposed", "refused not eligible", "refused not submitted",
                "refused already recorded", "refused already proposed", "corrected", "ON_TIME", "LATE", "MISSING", "eligible", "ineligible", "sub-cells")) {
            assertThat(seen.get(what)).as(what).isNotNull();
            assertThat(seen.get(what).get()).as(what).isPositive();
        }
    }

    void conserves(Drawn<Run> seeded) {
        CampaignScenario sc = seeded.value().scenario();
        ScenarioRunner.Outcome out = seeded.value().outcome();
        CampaignState s = out.state();
        String campaignId = sc.campaign().id();
        Map<String, Nominee> nominees = new HashMap<>();
        sc.nominees().forEach(n -> nominees.put(n.id(), n));

        // --- steps refused only for the right reasons; no ineligible nominee recorded or proposed
        for (StepResult r : out.results()) {
            CampaignScenario.Step step = r.step();
            if (step instanceof CampaignScenario.Record x) {
                boolean eligible = s.evaluation(x.nomineeId()).orElseThrow().eligible();
                if (r.done()) {
                    assertThat(eligible).as("%s recorded", seeded).isTrue();
                } else {
                    assertThat(r.refusal()).as("%s", r).isIn(WorkflowException.NOT_ELIGIBLE, WorkflowException.ALREADY_RECORDED);
                    if (!eligible) {
                        assertThat(r.refusal()).isEqualTo(WorkflowException.NOT_ELIGIBLE);
                    }
                    saw(r.refusal().equals(WorkflowException.NOT_ELIGIBLE) ? "refused not eligible" : "refused already recorded", 1);
                }
            } else if (step instanceof CampaignScenario.Propose x && !r.done()) {
                assertThat(r.refusal()).as("%s", r).isIn(WorkflowException.NOT_ELIGIBLE, WorkflowException.ALREADY_PROPOSED,
                        WorkflowException.UNKNOWN_ORGANISATION);
            } else if ((step instanceof CampaignScenario.Accept || step instanceof CampaignScenario.Return) && !r.done()) {
                assertThat(r.refusal()).as("%s", r).isIn(WorkflowException.NOT_SUBMITTED, WorkflowException.NOT_PENDING,
                        WorkflowException.UNKNOWN_PROPOSAL, WorkflowException.ALREADY_RECORDED);
                if (r.refusal().equals(WorkflowException.NOT_SUBMITTED)) {
                    saw("refused not submitted", 1);
                }
            } else if (step instanceof CampaignScenario.Evaluate || step instanceof CampaignScenario.Submit) {
                assertThat(r.done()).as("%s", r).isTrue();
            } else if (step instanceof CampaignScenario.Correct && r.done()) {
                saw("corrected", 1);
            }
        }

        // --- every proposal comes from an evaluated, eligible nominee (and its cell entry, if linked)
        Map<String, Integer> proposalsPerNominee = new HashMap<>();
        for (Proposal p : s.proposals()) {
            Evaluation ev = s.evaluation(p.nominee().id()).orElseThrow();
            assertThat(ev.eligible()).as("%s: %s", seeded, p.id()).isTrue();
            assertThat(p.decision().eligible()).isTrue();
            assertThat(p.fromId()).isEqualTo(p.nominee().cellId());
            assertThat(p.toId()).isEqualTo(sc.tree().get(p.fromId()).parentId());
            if (p.cellEntryNumber() != null) {
                HonourRollEntry e = s.roll(p.fromId()).entry(p.cellEntryNumber()).orElseThrow();
                assertThat(e.nominee().id()).isEqualTo(p.nominee().id());
            }
            proposalsPerNominee.merge(p.nominee().id(), 1, Integer::sum);
            saw(p.status() == Proposal.Status.ACCEPTED ? "accepted" : p.status() == Proposal.Status.RETURNED ? "returned"
                    : "pending", 1);
        }
        saw("re-proposed", proposalsPerNominee.values().stream().filter(n -> n > 1).count());
        // a nominee is proposed again only after a return: never after an acceptance, never twice pending
        Map<String, Proposal.Status> last = new HashMap<>();
        for (Proposal p : s.proposals()) {
            Proposal.Status before = last.put(p.nominee().id(), p.status());
            assertThat(before).as("%s: %s proposed again after %s", seeded, p.nominee().id(), before)
                    .isIn(null, Proposal.Status.RETURNED);
        }
        saw("refused already proposed", out.refused(WorkflowException.ALREADY_PROPOSED).size());

        // --- no entry lost or duplicated through propose / accept / return / correct
        long doneAccepts = out.results().stream().filter(r -> r.done() && r.step() instanceof CampaignScenario.Accept).count();
        long accepted = s.proposals().stream().filter(p -> p.status() == Proposal.Status.ACCEPTED).count();
        assertThat(accepted).as("%s", seeded).isEqualTo(doneAccepts);
        for (Organisation o : sc.tree().all()) {
            HonourRoll roll = s.roll(o.id());
            for (int i = 0; i < roll.size(); i++) {
                assertThat(roll.entries().get(i).number()).isEqualTo(i + 1);
            }
            long records = count(out, CampaignScenario.Record.class, st -> nominees.get(((CampaignScenario.Record) st).nomineeId()).cellId().equals(o.id()));
            long accepts = s.proposals().stream().filter(p -> p.status() == Proposal.Status.ACCEPTED && p.toId().equals(o.id())).count();
            long corrections = count(out, CampaignScenario.Correct.class, st -> ((CampaignScenario.Correct) st).rollOwnerId().equals(o.id()));
            assertThat((long) roll.size()).as("%s: entries of %s", seeded, o.id()).isEqualTo(records + accepts + corrections);
            Set<String> inForce = new HashSet<>();
            for (HonourRollEntry e : roll.current(campaignId)) {
                assertThat(inForce.add(e.nominee().id())).as("%s: %s twice in force in %s", seeded, e.nominee().id(), o.id()).isTrue();
            }
            assertThat((long) roll.current(campaignId).size()).isEqualTo(records + accepts);
        }
        for (Proposal p : s.proposals()) {
            if (p.status() == Proposal.Status.ACCEPTED) {
                HonourRollEntry e = s.roll(p.toId()).entry(p.acceptedEntryNumber()).orElseThrow();
                assertThat(e.nominee().id()).isEqualTo(p.nominee().id());
                assertThat(e.sourceRollOwnerId()).isEqualTo(p.fromId());
                assertThat(e.sourceEntryNumber()).isEqualTo(p.cellEntryNumber());
            }
        }

        // --- the ward summary: rows recounted from the steps, totals = sum over the rows
        WardSummaryView v = ReadModels.wardSummary(s, sc.campaign().issuerId(), null);
        List<Organisation> cells = sc.tree().children(sc.campaign().issuerId());
        assertThat(v.rows()).extracting(WardSummaryView.CellRow::cellId).containsExactlyElementsOf(cells.stream().map(Organisation::id).toList());
        int[] sum = new int[9];
        Map<SubjectCategory, Integer> cats = new EnumMap<>(SubjectCategory.class);
        for (WardSummaryView.CellRow row : v.rows()) {
            String c = row.cellId();
            CellCounts k = row.counts();
            long evaluated = s.evaluations().stream().filter(e -> e.nominee().cellId().equals(c)).count();
            assertThat((long) k.evaluated()).isEqualTo(evaluated);
            assertThat((long) k.eligible()).isEqualTo(s.evaluations().stream().filter(e -> e.nominee().cellId().equals(c) && e.eligible()).count());
            long recorded = count(out, CampaignScenario.Record.class, st -> nominees.get(((CampaignScenario.Record) st).nomineeId()).cellId().equals(c));
            // a cell with sub-cells also keeps, in its own roll, the proposals it accepted from them
            long acceptedHere = s.proposals().stream().filter(p -> p.status() == Proposal.Status.ACCEPTED && p.toId().equals(c)).count();
            assertThat((long) k.recorded()).as("%s: recorded in %s", seeded, c).isEqualTo(recorded + acceptedHere);
            assertThat(k.models() + k.collectives() + k.individuals()).isEqualTo(k.recorded());
            assertThat((long) k.proposed()).isEqualTo(proposalsPerNominee.keySet().stream().filter(id -> nominees.get(id).cellId().equals(c)).count());
            assertThat(k.accepted() + k.returned()).isLessThanOrEqualTo(k.proposed());
            SubmissionStatus expected = out.results().stream()
                    .filter(r -> r.step() instanceof CampaignScenario.Submit x && x.cellId().equals(c))
                    .map(r -> sc.campaign().deadline().isLate(r.step().on()) ? SubmissionStatus.LATE : SubmissionStatus.ON_TIME)
                    .findFirst().orElse(SubmissionStatus.MISSING);
            assertThat(row.status()).isEqualTo(expected);
            assertThat(row.supervisor()).isEqualTo(sc.tree().get(c).supervisor());
            saw(row.status().name(), 1);
            int[] f = {k.evaluated(), k.eligible(), k.recorded(), k.proposed(), k.accepted(), k.returned(), k.models(), k.collectives(), k.individuals()};
            for (int i = 0; i < 9; i++) {
                sum[i] += f[i];
            }
            k.individualsByCategory().forEach((cat, n) -> cats.merge(cat, n, Integer::sum));
        }
        CellCounts t = v.totals();
        assertThat(new int[] {t.evaluated(), t.eligible(), t.recorded(), t.proposed(), t.accepted(), t.returned(), t.models(),
            t.collectives(), t.individuals()}).as("%s: totals", seeded).containsExactly(sum);
        assertThat(t.individualsByCategory()).isEqualTo(cats);
        assertThat(v.honourees()).containsExactlyElementsOf(s.roll(sc.campaign().issuerId()).current(campaignId));
        saw("eligible", s.evaluations().stream().filter(Evaluation::eligible).count());
        saw("ineligible", s.evaluations().stream().filter(e -> !e.eligible()).count());
        saw("sub-cells", sc.tree().size() - 1 - cells.size());
    }

    static long count(ScenarioRunner.Outcome out, Class<?> type, java.util.function.Predicate<CampaignScenario.Step> which) {
        return out.results().stream().filter(r -> r.done() && type.isInstance(r.step()) && which.test(r.step())).count();
    }
}
