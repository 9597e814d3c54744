package io.github.ghidanh.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.criteria.CriteriaEngine;
import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.criteria.Decision;
import io.github.ghidanh.core.model.Achievement;
import io.github.ghidanh.core.model.AchievementType;
import io.github.ghidanh.core.model.Campaign;
import io.github.ghidanh.core.model.Deadline;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.model.OrganisationKind;
import io.github.ghidanh.core.model.OrganisationTree;
import io.github.ghidanh.core.model.CampaignPeriod;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.model.Recognition;
import io.github.ghidanh.core.model.Sex;
import io.github.ghidanh.core.model.Signatory;
import io.github.ghidanh.core.model.SubjectCategory;
import io.github.ghidanh.core.validation.NomineeValidator;
import io.github.ghidanh.core.validation.Stage;
import io.github.ghidanh.core.validation.Violation;
import io.github.ghidanh.core.view.CellReportView;
import io.github.ghidanh.core.view.ReadModels;
import io.github.ghidanh.core.workflow.CampaignState;
import io.github.ghidanh.core.workflow.CampaignWorkflow;
import io.github.ghidanh.core.workflow.Proposal;
import io.github.ghidanh.cli.Pdfs;
import io.github.ghidanh.report.Format;
import io.github.ghidanh.report.RenderOptions;
import io.github.ghidanh.report.Reports;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code of docs/getting-started.md and docs/getting-started.vi.md, step by step, so that the guide compiles and runs. */
class GettingStartedTest {

    @Test
    void theGuideRunsAsWritten(@TempDir Path out) throws Exception {
        // --- step 1: the organisations, the campaign, a nominee, from the host's own data
        OrganisationTree tree = OrganisationTree.of(List.of(
                Organisation.builder("du-bc", OrganisationKind.PARTY)
                        .name("Đảng ủy phường Bắc Cường").levelName("Đảng ủy phường")
                        .superiorName("Đảng bộ thành phố Lào Cai").abbreviation("ĐU").place("Bắc Cường")
                        .signatory(new Signatory("T/M ĐẢNG ỦY", "BÍ THƯ", "Hoàng Văn Sơn")).build(),
                Organisation.builder("cb-tdp5", OrganisationKind.PARTY)
                        .name("Chi bộ Tổ dân phố số 5").levelName("Chi bộ").parentId("du-bc")
                        .superiorName("Đảng bộ phường Bắc Cường").abbreviation("CB").place("Bắc Cường")
                        .supervisor("Lê Thị Bích Ngọc")
                        .signatory(new Signatory("T/M CHI BỘ", "BÍ THƯ", "Trần Văn Khoa")).build()));

        Campaign campaign = Campaign.builder("bac-cuong-2025-h2", "du-bc")
                .period(CampaignPeriod.secondHalf(2025))
                .criteriaProfileId(CriteriaProfile.DEFAULT_ID)
                .deadline(Deadline.before(LocalDate.of(2025, 12, 15)))
                .receivingOffice("Văn phòng Đảng ủy")
                .issueDate(LocalDate.of(2025, 11, 20))
                .build();

        IndividualNominee khoa = IndividualNominee.builder("DV-0501", "cb-tdp5")
                .name("Trần Văn Khoa").yearOfBirth(1968).sex(Sex.MALE)
                .position("Bí thư chi bộ, Tổ trưởng").unit("Tổ dân phố số 5")
                .category(SubjectCategory.DANG_VIEN)
                .rating(Rating.HTXSNV)
                .results("Tổ dân phố 3 năm liền đạt danh hiệu Tổ dân phố văn hóa.")
                .achievement(Achievement.of(AchievementType.DEDICATION, "Tận tụy với công tác tổ dân phố 15 năm liền"))
                .recognition(new Recognition(LocalDate.of(2025, 12, 5), "Hội nghị Chi bộ Tổ dân phố số 5", 23, 24))
                .build();

        // --- step 2: validate and evaluate
        CriteriaProfile profile = CriteriaProfile.defaultProfile();
        List<Violation> violations = NomineeValidator.create().withProfile(profile).asOf(LocalDate.of(2025, 12, 5))
                .validate(khoa, Stage.SUBMISSION, Locale.forLanguageTag("vi"));
        Decision decision = CriteriaEngine.create().evaluate(khoa, profile, campaign, LocalDate.of(2025, 12, 5));
        assertThat(violations).isEmpty();
        assertThat(decision.eligible()).isTrue();

        // --- step 3: the workflow
        Clock clock = Clock.fixed(LocalDate.of(2025, 12, 7).atTime(8, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
                ZoneId.of("Asia/Ho_Chi_Minh"));
        CampaignWorkflow wf = CampaignWorkflow.open(campaign, tree, profile, clock, "Văn phòng Đảng ủy");
        wf.evaluate(khoa, "Trần Văn Khoa");
        wf.record("DV-0501", "Nghị quyết Chi bộ Tổ dân phố số 5 ngày 05/12/2025", "Trần Văn Khoa");
        Proposal p = wf.propose("DV-0501", null, "Trần Văn Khoa");
        wf.submit("cb-tdp5", LocalDate.of(2025, 12, 7), "Trần Văn Khoa");
        wf.accept(p.id(), "Quyết định số 15-QĐ/ĐU ngày 18/12/2025", "Hoàng Văn Sơn");
        CampaignState state = wf.snapshot();

        // --- step 4: read models, step 5: documents
        CellReportView report = ReadModels.cellReport(state, "cb-tdp5", null);
        Reports reports = Reports.create();                       // once per application; thread-safe
        reports.render(report, RenderOptions.of(Format.PDF), out.resolve("bao-cao.pdf"));
        reports.render(ReadModels.honourRoll(state, "du-bc", LocalDate.of(2025, 12, 18)),
                RenderOptions.builder(Format.PDF).archival(true).build(), out.resolve("so-ghi-danh.pdf"));
        reports.render(ReadModels.wardSummary(state, "du-bc", LocalDate.of(2025, 12, 18)),
                RenderOptions.of(Format.XLSX), out.resolve("tong-hop.xlsx"));

        assertThat(Pdfs.read(out.resolve("bao-cao.pdf")).text()).contains("CHI BỘ TỔ DÂN PHỐ SỐ 5", "Trần Văn Khoa");
        assertThat(Pdfs.read(out.resolve("so-ghi-danh.pdf")).text()).contains("Trần Văn Khoa");
        assertThat(out.resolve("tong-hop.xlsx")).isRegularFile();
    }
}
