package io.github.ghidanh.report;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.criteria.Decision;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.testing.SampleCampaigns;
import io.github.ghidanh.core.view.CellReportView;
import io.github.ghidanh.core.view.CertificatesView;
import io.github.ghidanh.core.view.DirectiveLetterView;
import io.github.ghidanh.core.view.HonourRollView;
import io.github.ghidanh.core.view.ProposalListView;
import io.github.ghidanh.core.view.ReadModels;
import io.github.ghidanh.core.view.WardSummaryView;
import io.github.ghidanh.core.workflow.CampaignState;
import io.github.ghidanh.core.workflow.CampaignWorkflow;
import io.github.ghidanh.core.workflow.Proposal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** The demo data: the sample campaign of the source letter run through the workflow. */
final class Demo {
    static final SampleCampaigns.Sample SAMPLE = SampleCampaigns.duyenHai2022();
    static final CampaignState STATE = run();
    static final LocalDate SUMMARY_DATE = LocalDate.of(2022, 6, 20);

    private Demo() {
    }

    private static CampaignState run() {
        Clock clock = Clock.fixed(Instant.parse("2022-06-05T02:00:00Z"), ZoneOffset.UTC);
        CampaignWorkflow wf = CampaignWorkflow.open(SAMPLE.campaign(), SAMPLE.tree(), CriteriaProfile.defaultProfile(),
                clock, "Văn phòng Đảng ủy");
        for (Nominee n : SAMPLE.nominees()) {
            Decision d = wf.evaluate(n, "Bí thư chi bộ");
            if (d.eligible()) {
                wf.record(n.id(), "Nghị quyết chi bộ ngày 05/6/2022", "Bí thư chi bộ");
                if (SAMPLE.proposedIds().contains(n.id())) {
                    wf.propose(n.id(), null, "Bí thư chi bộ");
                }
            }
        }
        for (Map.Entry<String, LocalDate> s : SAMPLE.submissions().entrySet()) {
            wf.submit(s.getKey(), s.getValue(), "Bí thư chi bộ");
        }
        for (Proposal p : wf.proposals()) {
            String reason = SAMPLE.returned().get(p.nominee().id());
            if (reason != null) {
                wf.returnProposal(p.id(), reason, "Văn phòng Đảng ủy");
            } else {
                wf.accept(p.id(), "Quyết định số 15-QĐ/ĐU ngày 20/6/2022", "Bí thư Đảng ủy");
            }
        }
        return wf.snapshot();
    }

    static List<Organisation> cells() {
        return SAMPLE.cells();
    }

    static DirectiveLetterView letter() {
        return ReadModels.directiveLetter(SAMPLE.campaign(), SAMPLE.tree(), CriteriaProfile.defaultProfile());
    }

    static CellReportView cellReport() {
        return ReadModels.cellReport(STATE, cells().get(0).id(), null);
    }

    static ProposalListView proposalList() {
        return ReadModels.proposalList(STATE, cells().get(0).id(), LocalDate.of(2022, 6, 8));
    }

    static HonourRollView honourRoll() {
        return ReadModels.honourRoll(STATE, SampleCampaigns.WARD, SUMMARY_DATE);
    }

    static HonourRollView cellRoll() {
        return ReadModels.honourRoll(STATE, cells().get(0).id(), SUMMARY_DATE);
    }

    static WardSummaryView wardSummary() {
        return ReadModels.wardSummary(STATE, SampleCampaigns.WARD, SUMMARY_DATE);
    }

    static CertificatesView certificates() {
        return ReadModels.certificates(STATE, SampleCampaigns.WARD, SUMMARY_DATE);
    }

    /** Every document of the demo. */
    static Map<String, Object> all() {
        return Map.of("letter", letter(), "cell-report", cellReport(), "proposal-list", proposalList(),
                "honour-roll", honourRoll(), "ward-summary", wardSummary(), "certificates", certificates());
    }
}
