package io.github.ghidanh.report;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.view.DocumentView;
import io.github.ghidanh.testing.SampleCampaigns;
import io.github.ghidanh.testing.ScenarioRunner;
import io.github.ghidanh.core.view.CellReportView;
import io.github.ghidanh.core.view.CertificatesView;
import io.github.ghidanh.core.view.DirectiveLetterView;
import io.github.ghidanh.core.view.HonourRollView;
import io.github.ghidanh.core.view.ProposalListView;
import io.github.ghidanh.core.view.ReadModels;
import io.github.ghidanh.core.view.WardSummaryView;
import io.github.ghidanh.core.workflow.CampaignState;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The demo data: the sample campaign of the source letter run through the workflow. */
final class Demo {
    static final SampleCampaigns.Sample SAMPLE = SampleCampaigns.duyenHai2022();
    static final CampaignState STATE = run();
    static final LocalDate SUMMARY_DATE = LocalDate.of(2022, 6, 20);

    private Demo() {
    }

    /** The sample run by the library's own scenario: each cell evaluates on its submission date. */
    private static CampaignState run() {
        return ScenarioRunner.runSample();
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
    static Map<String, DocumentView> all() {
        return Map.of("letter", letter(), "cell-report", cellReport(), "proposal-list", proposalList(),
                "honour-roll", honourRoll(), "ward-summary", wardSummary(), "certificates", certificates());
    }
}
