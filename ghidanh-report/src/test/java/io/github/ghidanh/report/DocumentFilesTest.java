package io.github.ghidanh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.model.OrganisationKind;
import io.github.ghidanh.core.model.OrganisationTree;
import io.github.ghidanh.core.view.DocumentKind;
import io.github.ghidanh.report.DocumentFiles.DocumentFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentFilesTest {

    private static List<String> paths(List<DocumentFile> files) {
        return files.stream().map(DocumentFile::path).toList();
    }

    @Test
    void aCellThatSubmittedHasItsReportProposalsRollAndCertificates() {
        List<String> tdp1 = paths(DocumentFiles.of(Demo.STATE, null, "cb-tdp1", "cb-tdp1"));
        assertThat(tdp1).containsExactly(
                "cb-tdp1/bao-cao.pdf", "cb-tdp1/bao-cao.docx", "cb-tdp1/bao-cao.xlsx",
                "cb-tdp1/danh-sach-de-nghi.pdf", "cb-tdp1/danh-sach-de-nghi.docx", "cb-tdp1/danh-sach-de-nghi.xlsx",
                "cb-tdp1/so-ghi-danh.pdf", "cb-tdp1/so-ghi-danh.docx", "cb-tdp1/so-ghi-danh.xlsx",
                "cb-tdp1/giay-chung-nhan.pdf", "cb-tdp1/giay-chung-nhan.docx");
    }

    @Test
    void aCellThatNeverSubmittedHasNoReportAndTheWardHasItsLetterAndSummary() {
        // the sample's military cell recorded its nominees in its own book but never submitted
        assertThat(DocumentFiles.of(Demo.STATE, null, "cb-quansu", "cb-quansu")).extracting(DocumentFile::kind).containsOnly(
                DocumentKind.HONOUR_ROLL, DocumentKind.CERTIFICATES);
        List<String> ward = paths(DocumentFiles.of(Demo.STATE, null, "du-duyen-hai", "du-duyen-hai"));
        assertThat(ward).startsWith("du-duyen-hai/cong-van.pdf", "du-duyen-hai/cong-van.docx")
                .contains("du-duyen-hai/tong-hop.pdf", "du-duyen-hai/tong-hop.docx", "du-duyen-hai/tong-hop.xlsx")
                .noneMatch(p -> p.contains("bao-cao") || p.contains("danh-sach-de-nghi"));
    }

    @Test
    void onTheDayTheLetterWasIssuedOnlyTheLetterAndTheSummaryExist() {
        List<DocumentFile> files = DocumentFiles.of(Demo.STATE, LocalDate.of(2022, 5, 31));
        assertThat(files).extracting(DocumentFile::kind).containsOnly(DocumentKind.LETTER, DocumentKind.WARD_SUMMARY);
        // the day the first cell (cb-ubnd) submitted: its report exists, cb-tdp1's (8 June) not yet
        assertThat(paths(DocumentFiles.of(Demo.STATE, LocalDate.of(2022, 6, 6))))
                .contains("cb-ubnd/bao-cao.pdf").doesNotContain("cb-tdp1/bao-cao.pdf");
    }

    @Test
    void theWholeCampaignIsListedOrganisationByOrganisationInTreeOrder() {
        List<DocumentFile> all = DocumentFiles.of(Demo.STATE, null);
        List<String> order = all.stream().map(DocumentFile::organisationId).distinct().toList();
        List<String> tree = Demo.STATE.tree().all().stream().map(Organisation::id)
                .filter(order::contains).toList();
        assertThat(order).isEqualTo(tree);
        assertThat(all).allSatisfy(f -> assertThat(f.in(Path.of("out"))).isEqualTo(Path.of("out", f.folder(), f.fileName())));
        // organisation by organisation, with the folders worked out once, the same files
        for (Map.Entry<String, String> e : DocumentFiles.folders(Demo.STATE.tree()).entrySet()) {
            assertThat(DocumentFiles.of(Demo.STATE, null, e.getKey(), e.getValue())).as(e.getKey())
                    .isEqualTo(all.stream().filter(f -> f.organisationId().equals(e.getKey())).toList());
        }
        assertThatThrownBy(() -> DocumentFiles.of(Demo.STATE, null, "no-such-cell", "x")).isInstanceOf(ReportException.class)
                .hasMessageContaining("no-such-cell")
                .satisfies(e -> assertThat(((ReportException) e).code()).isEqualTo("report.files.organisation"));
    }

    @Test
    void organisationIdsFromAFileCannotNameAFolderOutsideTheOutput() {
        assertThat(DocumentFiles.folderName("cb-tdp1")).isEqualTo("cb-tdp1");
        assertThat(DocumentFiles.folderName("../../etc")).isEqualTo("..-..-etc");
        assertThat(DocumentFiles.folderName("/tmp/x")).isEqualTo("-tmp-x");
        assertThat(DocumentFiles.folderName("..")).isEqualTo("org---");
        assertThat(DocumentFiles.folderName("chi-bộ-số-1")).isEqualTo("chi-bộ-số-1");
        Path out = Path.of("/tmp/out");
        for (String id : new String[] {"../../etc", "/tmp/x", "..", "a\\b"}) {
            assertThat(out.resolve(DocumentFiles.folderName(id)).normalize().getParent()).isEqualTo(out);
        }
    }

    @Test
    void idsThatDifferOnlyInCaseOrUnsafeCharactersGetFoldersOfTheirOwn() {
        OrganisationTree tree = OrganisationTree.of(List.of(
                Organisation.builder("ward", OrganisationKind.PARTY).name("Đảng ủy phường").build(),
                cell("CB/1", "Chi bộ 1"), cell("cb-1", "Chi bộ 2"), cell("cb 1", "Chi bộ 3")));
        Map<String, String> folders = DocumentFiles.folders(tree);
        assertThat(folders).containsExactly(Map.entry("ward", "ward"), Map.entry("CB/1", "CB-1"),
                Map.entry("cb-1", "cb-1-2"), Map.entry("cb 1", "cb-1-3"));
    }

    private static Organisation cell(String id, String name) {
        return Organisation.builder(id, OrganisationKind.PARTY).name(name).parentId("ward").build();
    }

    @Test
    void documentsKnowTheirFormatsAndFlatFileNames() {
        assertThat(DocumentType.formats(DocumentKind.LETTER)).containsExactly(Format.PDF, Format.DOCX);
        assertThat(DocumentType.WARD_SUMMARY.formats()).containsExactly(Format.PDF, Format.DOCX, Format.XLSX);
        assertThat(DocumentType.CERTIFICATES.formats()).containsExactly(Format.PDF, Format.DOCX);
        for (DocumentKind k : DocumentKind.values()) {
            assertThat(DocumentType.of(k).kind()).isSameAs(k);
        }
        assertThat(DocumentFiles.flatFileName(DocumentKind.CELL_REPORT, "CB/1", Format.PDF)).isEqualTo("bao-cao-cb-1.pdf");
    }
}
