package io.github.ghidanh.testing;

import io.github.ghidanh.core.criteria.CriteriaEngine;
import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.testing.CampaignScenario.Step;
import io.github.ghidanh.core.workflow.CampaignState;
import io.github.ghidanh.core.workflow.CampaignWorkflow;
import io.github.ghidanh.core.workflow.HonourRollEntry;
import io.github.ghidanh.core.workflow.Proposal;
import io.github.ghidanh.core.workflow.WorkflowException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs a {@link CampaignScenario} through a {@link CampaignWorkflow}, step by step, on a clock set
 * to each step's date (09:00 Hà Nội time plus one millisecond per step, so every run of the same
 * scenario gives the same state). A step the workflow refuses with a {@link WorkflowException} is
 * reported, not rethrown; any other exception is a bug and propagates.
 *
 * <p>Also turns the bundled sample ({@link SampleCampaigns}) into a scenario, so demos, reports and
 * tests can start from its finished workflow state. Thread-safe: each run has its own workflow.
 */
public final class ScenarioRunner {
    private ScenarioRunner() {
    }

    /** The time zone of the steps' dates. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /**
     * What happened to one step.
     *
     * @param step the step
     * @param refusal the {@link WorkflowException#code()} if the workflow refused the step, else null
     * @param message the refusal's English message, else null
     */
    public record StepResult(Step step, String refusal, String message) {
        public boolean done() {
            return refusal == null;
        }
    }

    /**
     * The end state and the result of every step.
     *
     * @param state the workflow's final snapshot
     * @param results one result per step, in order
     */
    public record Outcome(CampaignState state, List<StepResult> results) {
        public Outcome {
            results = List.copyOf(results);
        }

        /** The steps refused with that code. */
        public List<StepResult> refused(String code) {
            return results.stream().filter(r -> code.equals(r.refusal())).toList();
        }
    }

    /** Runs under the default profile (the source letter's). */
    public static Outcome run(CampaignScenario scenario) {
        return run(scenario, CriteriaProfile.defaultProfile());
    }

    public static Outcome run(CampaignScenario scenario, CriteriaProfile profile) {
        Objects.requireNonNull(scenario, "scenario");
        Map<String, Nominee> byId = new LinkedHashMap<>();
        for (Nominee n : scenario.nominees()) {
            byId.put(n.id(), n);
        }
        StepClock clock = new StepClock();
        List<Step> steps = scenario.steps();
        clock.at(scenario.campaign().issueDate(), 0);
        CampaignWorkflow wf = CampaignWorkflow.open(scenario.campaign(), scenario.tree(), profile, CriteriaEngine.create(),
                clock, "Văn phòng " + scenario.tree().get(scenario.campaign().issuerId()).name(), List.of());
        List<StepResult> results = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            clock.at(s.on(), i + 1);
            try {
                apply(wf, s, byId);
                results.add(new StepResult(s, null, null));
            } catch (WorkflowException e) {
                results.add(new StepResult(s, e.code(), e.messageEn()));
            }
        }
        return new Outcome(wf.snapshot(), results);
    }

    private static void apply(CampaignWorkflow wf, Step s, Map<String, Nominee> byId) {
        if (s instanceof CampaignScenario.Evaluate e) {
            wf.evaluate(Objects.requireNonNull(byId.get(e.nomineeId()), e.nomineeId()), e.actor());
        } else if (s instanceof CampaignScenario.Record e) {
            wf.record(e.nomineeId(), e.decision(), e.actor());
        } else if (s instanceof CampaignScenario.Propose e) {
            wf.propose(e.nomineeId(), null, e.actor());
        } else if (s instanceof CampaignScenario.Submit e) {
            wf.submit(e.cellId(), e.on(), e.actor());
        } else if (s instanceof CampaignScenario.Accept e) {
            wf.accept(latestProposal(wf, e.nomineeId()), e.decision(), e.actor());
        } else if (s instanceof CampaignScenario.Return e) {
            wf.returnProposal(latestProposal(wf, e.nomineeId()), e.reason(), e.actor());
        } else if (s instanceof CampaignScenario.Correct e) {
            int number = 0;
            Nominee n = byId.get(e.nomineeId());
            for (HonourRollEntry x : wf.roll(e.rollOwnerId()).current()) {
                if (x.nominee().id().equals(e.nomineeId())) {
                    number = x.number();
                    n = x.nominee();
                }
            }
            wf.correct(e.rollOwnerId(), number, n, e.reason(), e.actor());
        }
    }

    /** The id of the nominee's latest proposal, or a placeholder the workflow will refuse. */
    private static String latestProposal(CampaignWorkflow wf, String nomineeId) {
        return wf.latestProposal(nomineeId).map(Proposal::id).orElse("(none for " + nomineeId + ")");
    }

    // ------------------------------------------------------------------ the bundled sample

    /**
     * The bundled sample as a scenario: each cell evaluates its nominees on its submission date
     * (a cell that never submits, the day before the deadline), records every nominee not built to
     * be ineligible (by the cell's resolution, {@link SampleCampaigns.Sample#decisions()}), proposes
     * the sample's proposals and submits; the day after the last submission the ward returns the
     * sample's returned proposals with their reasons and accepts the others (by its decision).
     */
    public static CampaignScenario scenarioOf(SampleCampaigns.Sample sample) {
        List<Step> steps = new ArrayList<>();
        LocalDate last = sample.campaign().deadline().date();
        for (LocalDate d : sample.submissions().values()) {
            if (d.isAfter(last)) {
                last = d;
            }
        }
        for (Organisation cell : sample.cells()) {
            String actor = cell.signatory() == null ? "Bí thư " + cell.name() : cell.signatory().name();
            LocalDate submitted = sample.submissions().get(cell.id());
            LocalDate day = submitted != null ? submitted : sample.campaign().deadline().date().minusDays(1);
            for (Nominee n : sample.nomineesOf(cell.id())) {
                steps.add(new CampaignScenario.Evaluate(day, actor, n.id()));
                if (!sample.ineligible().containsKey(n.id())) {
                    steps.add(new CampaignScenario.Record(day, actor, n.id(), sample.decisions().get(cell.id())));
                }
                if (sample.proposedIds().contains(n.id())) {
                    steps.add(new CampaignScenario.Propose(day, actor, n.id()));
                }
            }
            if (submitted != null) {
                steps.add(new CampaignScenario.Submit(submitted, actor, cell.id()));
            }
        }
        Organisation ward = sample.tree().get(sample.campaign().issuerId());
        String decider = ward.signatory() == null ? "Văn phòng " + ward.name() : ward.signatory().name();
        LocalDate decisionDay = last.plusDays(1);
        for (String id : sample.proposedIds()) {
            String reason = sample.returned().get(id);
            steps.add(reason != null ? new CampaignScenario.Return(decisionDay, decider, id, reason)
                    : new CampaignScenario.Accept(decisionDay, decider, id, sample.decisions().get(ward.id())));
        }
        steps.sort(Comparator.comparing(Step::on));
        return new CampaignScenario(sample.tree(), sample.campaign(), sample.nominees(), Collections.unmodifiableList(steps));
    }

    /** The bundled sample run to its end: the state the demo, the reports and the examples start from. */
    public static CampaignState runSample() {
        return run(scenarioOf(SampleCampaigns.duyenHai2022())).state();
    }

    /** A clock the runner sets before each step; confined to one run. */
    private static final class StepClock extends Clock {
        private Instant now = Instant.EPOCH;

        void at(LocalDate day, int step) {
            now = day.atTime(LocalTime.of(9, 0)).plusNanos(step * 1_000_000L).atZone(ZONE).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
