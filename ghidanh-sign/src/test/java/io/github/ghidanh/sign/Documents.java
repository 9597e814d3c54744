package io.github.ghidanh.sign;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.view.DocumentView;
import io.github.ghidanh.core.view.ReadModels;
import io.github.ghidanh.core.workflow.CampaignState;
import io.github.ghidanh.report.Format;
import io.github.ghidanh.report.RenderOptions;
import io.github.ghidanh.report.Reports;
import io.github.ghidanh.report.SignatureBlock;
import io.github.ghidanh.report.SignatureBlocks;
import io.github.ghidanh.testing.SampleCampaigns;
import io.github.ghidanh.testing.ScenarioRunner;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every document kind of the sample campaign, rendered as archival PDF/A-1a, with its signature blocks. */
final class Documents {
    static final Reports REPORTS = Reports.create();
    static final RenderOptions ARCHIVAL = RenderOptions.builder(Format.PDF).archival(true).build();
    private static final SampleCampaigns.Sample SAMPLE = SampleCampaigns.duyenHai2022();
    private static final LocalDate SUMMARY_DATE = LocalDate.of(2022, 6, 20);

    record Rendered(String name, byte[] pdf, List<Placement> blocks) {
        @Override
        public String toString() {
            return name;
        }
    }

    private Documents() {
    }

    static Map<String, DocumentView> views() {
        CampaignState state = ScenarioRunner.runSample();
        var cell = SAMPLE.cells().get(0).id();
        Map<String, DocumentView> m = new TreeMap<>();
        m.put("letter", ReadModels.directiveLetter(SAMPLE.campaign(), SAMPLE.tree(), CriteriaProfile.defaultProfile()));
        m.put("cell-report", ReadModels.cellReport(state, cell, null));
        m.put("proposal-list", ReadModels.proposalList(state, cell, LocalDate.of(2022, 6, 8)));
        m.put("honour-roll", ReadModels.honourRoll(state, SampleCampaigns.WARD, SUMMARY_DATE));
        m.put("ward-summary", ReadModels.wardSummary(state, SampleCampaigns.WARD, SUMMARY_DATE));
        m.put("certificates", ReadModels.certificates(state, SampleCampaigns.WARD, SUMMARY_DATE));
        return m;
    }

    static Rendered render(String name, DocumentView view) {
        byte[] pdf = REPORTS.render(view, ARCHIVAL);
        List<Placement> blocks = SignatureBlocks.locate(REPORTS, view, ARCHIVAL).stream().map(Documents::placement).toList();
        return new Rendered(name, pdf, blocks);
    }

    static Placement placement(SignatureBlock b) {
        return new Placement(b.pageIndex(), b.x(), b.y(), b.width(), b.height());
    }
}
