package io.github.ghidanh.core.view;

import static io.github.ghidanh.core.workflow.Fixtures.CB1;
import static io.github.ghidanh.core.workflow.Fixtures.CB2;
import static io.github.ghidanh.core.workflow.Fixtures.CB3;
import static io.github.ghidanh.core.workflow.Fixtures.WARD;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.workflow.CampaignState;
import io.github.ghidanh.core.workflow.CampaignWorkflow;
import io.github.ghidanh.core.workflow.Fixtures;
import io.github.ghidanh.core.workflow.StepClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DocumentKindTest {

    private static CampaignWorkflow open() {
        return Fixtures.openWithStandInEngine(new StepClock(Instant.parse("2022-06-05T01:00:00Z"), Duration.ofMinutes(1)));
    }

    private static Organisation org(CampaignState s, String id) {
        return s.tree().get(id);
    }

    @Test
    void documentsAreNamedByTheirIdOrConstantInAnyCase() {
        assertThat(DocumentKind.byId("honour-roll")).contains(DocumentKind.HONOUR_ROLL);
        assertThat(DocumentKind.byId("Honour-Roll")).contains(DocumentKind.HONOUR_ROLL);
        assertThat(DocumentKind.byId("WARD_SUMMARY")).contains(DocumentKind.WARD_SUMMARY);
        assertThat(DocumentKind.byId("so-ghi-danh")).isEmpty();
        assertThat(DocumentKind.ids()).isEqualTo("letter, cell-report, proposal-list, honour-roll, ward-summary, certificates");
        assertThat(DocumentKind.HONOUR_ROLL.id()).isEqualTo("honour-roll");
        assertThat(DocumentKind.HONOUR_ROLL.fileStem()).isEqualTo("so-ghi-danh");
        assertThat(DocumentKind.CELL_REPORT.titleVi()).isEqualTo("Báo cáo kết quả đánh giá, ghi danh");
        assertThat(DocumentKind.CELL_REPORT.titleEn()).isEqualTo("Cell report");
        assertThat(DocumentKind.HONOUR_ROLL.title(Locale.ENGLISH)).isEqualTo("Honour roll");
        assertThat(DocumentKind.HONOUR_ROLL.title(Locale.forLanguageTag("vi-VN"))).isEqualTo("Sổ ghi danh");
        assertThat(DocumentKind.values()).filteredOn(DocumentKind::tabular).containsExactly(DocumentKind.CELL_REPORT,
                DocumentKind.PROPOSAL_LIST, DocumentKind.HONOUR_ROLL, DocumentKind.WARD_SUMMARY);
    }

    @Test
    void aCellsDocumentIsForTheFirstCellThatEvaluatedNominees() {
        CampaignWorkflow wf = open();
        assertThat(DocumentKind.CELL_REPORT.defaultOrganisation(wf.snapshot())).as("no cell evaluated: the first cell")
                .isEqualTo(CB1);
        wf.evaluate(Fixtures.collective("c1", CB2, "Tổ dân phố số 2"), "BT2");
        CampaignState s = wf.snapshot();
        assertThat(DocumentKind.CELL_REPORT.defaultOrganisation(s)).isEqualTo(CB2);
        assertThat(DocumentKind.PROPOSAL_LIST.defaultOrganisation(s)).isEqualTo(CB2);
        assertThat(DocumentKind.HONOUR_ROLL.defaultOrganisation(s)).as("the campaign's issuer").isEqualTo(WARD);
        assertThat(DocumentKind.LETTER.defaultOrganisation(s)).isEqualTo(WARD);
    }

    @Test
    void whoIssuesEachDocument() {
        CampaignState s = open().snapshot();
        assertThat(DocumentKind.LETTER.issuedBy(s, org(s, WARD))).isTrue();
        assertThat(DocumentKind.LETTER.issuedBy(s, org(s, CB1))).isFalse();
        assertThat(DocumentKind.CELL_REPORT.issuedBy(s, org(s, WARD))).isFalse();
        assertThat(DocumentKind.PROPOSAL_LIST.issuedBy(s, org(s, CB3))).isTrue();
        assertThat(DocumentKind.WARD_SUMMARY.issuedBy(s, org(s, WARD))).isTrue();
        assertThat(DocumentKind.WARD_SUMMARY.issuedBy(s, org(s, CB1))).as("a cell has no cells below it").isFalse();
        assertThat(DocumentKind.HONOUR_ROLL.issuedBy(s, org(s, CB1))).isTrue();
        assertThat(DocumentKind.CERTIFICATES.issuedBy(s, org(s, WARD))).isTrue();
    }

    @Test
    void aDocumentHasContentOnlyOnceThereIsSomethingToShow() {
        CampaignWorkflow wf = open();
        wf.evaluate(Fixtures.partyMember("n1", CB1, "Nguyễn Thị Hồng Nhung"), "BT1");
        CampaignState before = wf.snapshot();
        assertThat(DocumentKind.CELL_REPORT.hasContent(before, org(before, CB1))).as("not submitted").isFalse();
        assertThat(DocumentKind.HONOUR_ROLL.hasContent(before, org(before, CB1))).as("nobody recorded").isFalse();
        assertThat(DocumentKind.LETTER.hasContent(before, org(before, WARD))).isTrue();
        assertThat(DocumentKind.WARD_SUMMARY.hasContent(before, org(before, WARD))).isTrue();

        wf.record("n1", "Nghị quyết chi bộ ngày 05/6/2022", "BT1");
        wf.evaluate(Fixtures.collective("c2", CB2, "Tổ dân phố số 2"), "BT2");
        wf.propose("c2", null, "BT2");
        CampaignState proposed = wf.snapshot();
        assertThat(DocumentKind.PROPOSAL_LIST.hasContent(proposed, org(proposed, CB2))).as("proposed, not yet submitted")
                .isFalse();
        wf.submit(CB2, LocalDate.of(2022, 6, 8), "BT2");
        CampaignState sent = wf.snapshot();
        assertThat(DocumentKind.PROPOSAL_LIST.hasContent(sent, org(sent, CB2))).as("proposed and submitted").isTrue();
        wf.submit(CB1, LocalDate.of(2022, 6, 9), "BT1");
        CampaignState submitted = wf.snapshot();
        assertThat(DocumentKind.CELL_REPORT.hasContent(submitted, org(submitted, CB1))).isTrue();
        assertThat(DocumentKind.PROPOSAL_LIST.hasContent(submitted, org(submitted, CB1))).as("nothing proposed").isFalse();
        assertThat(DocumentKind.HONOUR_ROLL.hasContent(submitted, org(submitted, CB1))).isTrue();
        assertThat(DocumentKind.CERTIFICATES.hasContent(submitted, org(submitted, CB1))).isTrue();
        assertThat(DocumentKind.HONOUR_ROLL.hasContent(submitted, org(submitted, WARD))).as("the ward's roll is empty").isFalse();
    }

    @Test
    void eachDocumentIsBuiltFromItsOwnReadModel() {
        CampaignWorkflow wf = open();
        wf.evaluate(Fixtures.partyMember("n1", CB1, "Nguyễn Thị Hồng Nhung"), "BT1");
        wf.record("n1", "Nghị quyết chi bộ ngày 05/6/2022", "BT1");
        wf.submit(CB1, LocalDate.of(2022, 6, 9), "BT1");
        CampaignState s = wf.snapshot();
        CriteriaProfile p = CriteriaProfile.defaultProfile();
        assertThat(DocumentKind.LETTER.view(s, WARD, p, null)).isInstanceOf(DirectiveLetterView.class);
        assertThat(DocumentKind.CELL_REPORT.view(s, CB1, p, null)).isInstanceOf(CellReportView.class);
        assertThat(DocumentKind.PROPOSAL_LIST.view(s, CB1, p, null)).isInstanceOf(ProposalListView.class);
        assertThat(DocumentKind.HONOUR_ROLL.view(s, CB1, p, null)).isInstanceOf(HonourRollView.class);
        assertThat(DocumentKind.WARD_SUMMARY.view(s, WARD, p, null)).isInstanceOf(WardSummaryView.class);
        assertThat(DocumentKind.CERTIFICATES.view(s, CB1, p, null)).isInstanceOf(CertificatesView.class);
        assertThat(((HonourRollView) DocumentKind.HONOUR_ROLL.view(s, CB1, p, LocalDate.of(2022, 6, 9))).context().date())
                .isEqualTo(LocalDate.of(2022, 6, 9));
    }
}
