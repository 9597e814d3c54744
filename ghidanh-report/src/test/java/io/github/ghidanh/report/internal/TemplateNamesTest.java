package io.github.ghidanh.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.view.DocumentView;
import io.github.ghidanh.core.view.ReadModels;
import io.github.ghidanh.core.workflow.CampaignState;
import io.github.ghidanh.report.DocumentType;
import io.github.ghidanh.report.Format;
import io.github.ghidanh.report.RenderOptions;
import io.github.ghidanh.report.Reports;
import io.github.ghidanh.report.Table;
import io.github.ghidanh.report.spi.PreparedDocument;
import io.github.ghidanh.testing.SampleCampaigns;
import io.github.ghidanh.testing.ScenarioRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The names a template is filled with are the ones TemplateNames declares for each document (a host
 * template is checked against those) and the ones docs/reports.md lists.
 */
class TemplateNamesTest {
    static final SampleCampaigns.Sample SAMPLE = SampleCampaigns.duyenHai2022();

    static List<DocumentView> sampleDocuments() {
        CampaignState s = ScenarioRunner.runSample();
        String cell = SAMPLE.cells().get(0).id();
        LocalDate date = LocalDate.of(2022, 6, 20);
        return List.of(ReadModels.directiveLetter(SAMPLE.campaign(), SAMPLE.tree(), CriteriaProfile.defaultProfile()),
                ReadModels.cellReport(s, cell, null), ReadModels.proposalList(s, cell, date),
                ReadModels.honourRoll(s, SampleCampaigns.WARD, date), ReadModels.wardSummary(s, SampleCampaigns.WARD, date),
                ReadModels.certificates(s, SampleCampaigns.WARD, date));
    }

    @Test
    void everyDocumentFillsOnlyTheNamesDeclaredForIt() {
        Reports reports = Reports.create();
        for (DocumentView view : sampleDocuments()) {
            DocumentType type = DocumentType.of(view);
            for (Locale l : List.of(RenderOptions.VIETNAMESE, Locale.ENGLISH)) {
                PreparedDocument doc = reports.prepare(view, RenderOptions.builder(Format.PDF).locale(l).build());
                Set<String> declared = new LinkedHashSet<>(TemplateNames.COMMON_PARAMETERS);
                declared.addAll(TemplateNames.documentParameters(type));
                for (Table t : TemplateNames.rowTables(type)) {
                    t.availableColumns().forEach(c -> declared.add(TemplateNames.columnHeader(t.name(), c)));
                }
                declared.add("REPORT_LOCALE");
                assertThat(declared).as(type + " parameters").containsAll(doc.parameters().keySet());
                assertThat(doc.parameters()).as(type.name()).containsKeys(TemplateNames.P_ISSUING_BODY,
                        TemplateNames.P_PLACE_AND_DATE, TemplateNames.P_PAGE_LABEL, TemplateNames.P_ORGANISATION_KIND);
                assertThat(doc.parameters().keySet()).as(type.name()).containsAll(TemplateNames.documentParameters(type));
                Set<String> fields = TemplateNames.knownFields(type);
                for (Map<String, Object> row : doc.rows()) {
                    assertThat(fields).as(type + " fields").containsAll(row.keySet());
                }
            }
        }
    }

    @Test
    void theLibrarysOwnLayoutsPassTheCheckMadeOnAHostsTemplate() {
        // the library's JRXML is the starting point docs/reports.md gives for a host template
        for (DocumentType type : DocumentType.values()) {
            for (var kind : io.github.ghidanh.core.model.OrganisationKind.values()) {
                byte[] jrxml = TemplateCompiler.jrxml(type, kind).getBytes(StandardCharsets.UTF_8);
                HostTemplates.load(type, new Engine.HostTemplate(type + "-" + kind, false, jrxml), Engine.newContext());
            }
        }
    }

    @Test
    void docsReportsMdListsEveryName() throws IOException {
        String doc = Files.readString(Path.of("../docs/reports.md"), StandardCharsets.UTF_8);
        List<String> names = new ArrayList<>(TemplateNames.COMMON_PARAMETERS);
        for (DocumentType t : DocumentType.values()) {
            names.addAll(TemplateNames.documentParameters(t));
        }
        names.addAll(TemplateNames.ROW_FIELDS);
        names.addAll(TemplateNames.CERTIFICATE_FIELDS);
        names.addAll(List.of(TemplateNames.S_BODY, TemplateNames.S_HEADING, TemplateNames.S_PLAIN, TemplateNames.S_ADDRESSEE,
                TemplateNames.S_ADDRESSEE_CONTINUED, TemplateNames.S_CHART, TemplateNames.S_EMPTY));
        for (String n : names) {
            assertThat(doc).as("docs/reports.md names `%s`", n).contains("`" + n + "`");
        }
        assertThat(doc).contains("`ENTRIES_name`", "`ENTRIES_name_header`");
    }
}
