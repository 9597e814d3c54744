package io.github.ghidanh.core.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.ghidanh.core.criteria.CriteriaEngine;
import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.criteria.Decision;
import io.github.ghidanh.core.model.Campaign;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.OrganisationTree;
import io.github.ghidanh.testing.NomineeGenerators;
import io.github.ghidanh.testing.SampleCampaigns;
import io.github.ghidanh.core.validation.NomineeValidator;
import io.github.ghidanh.core.validation.Stage;
import io.github.ghidanh.core.validation.Violation;
import io.github.ghidanh.core.view.ReadModels;
import io.github.ghidanh.core.workflow.CampaignState;
import io.github.ghidanh.core.workflow.CampaignWorkflow;
import io.github.ghidanh.core.workflow.Proposal;
import io.github.ghidanh.core.workflow.WorkflowException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Whatever the validator accepts never makes the engine or the workflow throw: a nominee valid for
 * a draft is evaluated without an exception and is either recorded or refused with a
 * {@link WorkflowException} citing the engine's reasons; a nominee valid for submission is eligible
 * and goes through record, propose, submit, accept and every read model without any exception.
 */
class ValidatorPropertiesTest {

    static final SampleCampaigns.Sample SAMPLE = SampleCampaigns.duyenHai2022();
    static final OrganisationTree TREE = SAMPLE.tree();
    static final Campaign CAMPAIGN = SAMPLE.campaign();
    static final String CELL = "cb-tdp1";
    static final LocalDate ON = LocalDate.of(2022, 6, 8);
    static final NomineeValidator VALIDATOR = NomineeValidator.create().asOf(ON);

    @Test
    void whatTheValidatorAcceptsNeverMakesTheEngineOrTheWorkflowThrow() {
        AtomicLong draftValid = new AtomicLong();
        AtomicLong submissionValid = new AtomicLong();
        AtomicLong rejected = new AtomicLong();
        AtomicLong refusedByWorkflow = new AtomicLong();
        Props.check(r -> NomineeGenerators.hostile(r, "h" + r.between(0, 99), CELL, ON), s -> {
            Nominee n = s.value();
            List<Violation> draft = VALIDATOR.validate(n, Stage.DRAFT, Locale.ENGLISH);
            List<Violation> submission = VALIDATOR.validate(n, Stage.SUBMISSION, Locale.ENGLISH);
            if (!draft.isEmpty()) {
                assertThat(submission).as("%s: a draft fault is also a submission fault", s).isNotEmpty();
                rejected.incrementAndGet();
                return;
            }
            draftValid.incrementAndGet();
            Decision d = CriteriaEngine.create().evaluate(n, CriteriaProfile.defaultProfile(), CAMPAIGN, ON);
            CampaignWorkflow wf = CampaignWorkflow.open(CAMPAIGN, TREE, CriteriaProfile.defaultProfile(),
                    Clock.fixed(ON.atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(), ZoneId.of("Asia/Ho_Chi_Minh")),
                    "Văn phòng");
            assertThat(wf.evaluate(n, "Bí thư")).isEqualTo(d);
            // the validator's clause violations and the engine's reasons cite the same clauses
            java.util.Set<String> validatorClauses = new java.util.TreeSet<>();
            submission.stream().map(Violation::clauseId).filter(java.util.Objects::nonNull).forEach(validatorClauses::add);
            java.util.Set<String> engineClauses = new java.util.TreeSet<>();
            d.reasons().forEach(x -> engineClauses.add(x.clauseId()));
            assertThat(validatorClauses).as("%s: clauses of the validator vs the engine", s).isEqualTo(engineClauses);
            if (!submission.isEmpty()) {
                // valid as a draft only: recorded when the engine finds it eligible (a field rule of
                // the submission stage failed, not a clause), otherwise refused with the engine's reasons
                try {
                    wf.record(n.id(), null, "Bí thư");
                    assertThat(d.eligible()).as("%s recorded", s).isTrue();
                } catch (WorkflowException e) {
                    assertThat(d.eligible()).as("%s refused", s).isFalse();
                    assertThat(e.code()).isEqualTo(WorkflowException.NOT_ELIGIBLE);
                    assertThat(e.reasons()).isEqualTo(d.reasons());
                    refusedByWorkflow.incrementAndGet();
                }
                return;
            }
            submissionValid.incrementAndGet();
            assertThat(d.reasons()).as("%s: valid for submission, so eligible", s).isEmpty();
            assertThatCode(() -> {
                wf.record(n.id(), "Nghị quyết chi bộ", "Bí thư");
                Proposal p = wf.propose(n.id(), null, "Bí thư");
                wf.submit(CELL, "Bí thư");
                wf.accept(p.id(), "Quyết định của Đảng ủy", "Bí thư Đảng ủy");
                wf.correct(CELL, 1, n, "Đính chính", "Bí thư");
                CampaignState st = wf.snapshot();
                ReadModels.cellReport(st, CELL, null);
                ReadModels.proposalList(st, CELL, ON);
                ReadModels.honourRoll(st, CELL, ON);
                ReadModels.wardSummary(st, SampleCampaigns.WARD, ON);
                ReadModels.certificates(st, SampleCampaigns.WARD, ON);
            }).as("%s", s).doesNotThrowAnyException();
        });
        if (Props.replaying()) {
            return; // one value replayed: the "both outcomes" counts do not apply
        }
        assertThat(rejected.get()).as("rejected even as drafts").isPositive();
        assertThat(refusedByWorkflow.get()).as("valid drafts the workflow refuses as ineligible").isPositive();
        assertThat(submissionValid.get()).as("valid for submission").isGreaterThan(Props.total() / 10);
        assertThat(draftValid.get()).isGreaterThan(submissionValid.get());
    }
}
