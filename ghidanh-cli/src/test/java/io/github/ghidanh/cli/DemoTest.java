package io.github.ghidanh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.interchange.JsonInterchange;
import io.github.ghidanh.cli.internal.Messages;
import io.github.ghidanh.interchange.run.CampaignRun;
import io.github.ghidanh.cli.documents.DocumentSet;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's demo, end to end. */
class DemoTest {
    @TempDir
    static Path out;
    static Demo.Result result;
    static String printed;

    @BeforeAll
    static void runTheDemo() throws Exception {
        StringWriter w = new StringWriter();
        result = Demo.run(out, Messages.VI, 2, new PrintWriter(w, true));
        printed = w.toString();
    }

    @Test
    void everyDocumentKindIsWrittenInEveryFormatThatApplies() throws Exception {
        // the ward: letter, honour roll, summary, certificates; each of the five cells that submitted:
        // report, proposal list, honour roll, certificates — PDF and DOCX, plus XLSX for the tables
        assertThat(result.documents()).hasSize(10 + 5 * 11);
        Set<String> kindsAndFormats = result.documents().stream()
                .map(j -> j.kind().id() + "." + j.format().extension()).collect(Collectors.toSet());
        assertThat(kindsAndFormats).containsExactlyInAnyOrder(
                "letter.pdf", "letter.docx", "cell-report.pdf", "cell-report.docx", "cell-report.xlsx",
                "proposal-list.pdf", "proposal-list.docx", "proposal-list.xlsx", "honour-roll.pdf", "honour-roll.docx",
                "honour-roll.xlsx", "ward-summary.pdf", "ward-summary.docx", "ward-summary.xlsx", "certificates.pdf",
                "certificates.docx");
        for (DocumentSet.Job j : result.documents()) {
            assertThat(j.target()).isRegularFile();
            assertThat(Files.size(j.target())).as(j.target().toString()).isGreaterThan(1000);
        }
        // no temporary file left behind
        try (var files = Files.walk(out)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void thePdfsOpenAndCarryTheSampleText() throws Exception {
        Pdfs.Read letter = Pdfs.read(out.resolve("du-duyen-hai/cong-van.pdf"));
        assertThat(letter.pages()).isPositive();
        assertThat(letter.text()).contains("ĐẢNG ỦY PHƯỜNG DUYÊN HẢI", "Bùi Đại Quang");

        Pdfs.Read roll = Pdfs.read(out.resolve("du-duyen-hai/so-ghi-danh.pdf"));
        assertThat(roll.text()).contains("Nguyễn Thị Hồng Nhung", "Dương Văn Tiến");
        // a returned proposal is not in the ward's roll
        assertThat(roll.text()).doesNotContain("Hà Văn Thắng");

        Pdfs.Read summary = Pdfs.read(out.resolve("du-duyen-hai/tong-hop.pdf"));
        assertThat(summary.text()).contains("Chi bộ Quân sự phường", "Chi bộ Tổ dân phố số 3");

        Pdfs.Read certificates = Pdfs.read(out.resolve("du-duyen-hai/giay-chung-nhan.pdf"));
        assertThat(certificates.pages()).isEqualTo(10); // one page per ward-level honouree (10 accepted)
    }

    @Test
    void theXlsxFilesOpen() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("cb-tdp1/danh-sach-de-nghi.xlsx")))) {
            assertThat(wb.getNumberOfSheets()).isPositive();
        }
    }

    @Test
    void itWritesItsOwnInputAsAValidInterchangeFile() throws Exception {
        assertThat(result.input()).isEqualTo(out.resolve("duyen-hai-2022.json"));
        JsonInterchange.ReadResult r = JsonInterchange.read(result.input());
        assertThat(r.problems()).isEmpty();
        assertThat(r.content()).isEqualTo(SampleData.duyenHai2022());
    }

    @Test
    void itPrintsWhereItWroteWhatAndTheCounts() {
        // counted by hand from SampleCampaigns: 26 nominees, 6 built ineligible; the 19 eligible of the five
        // cells that submitted are recorded (the missing cell records nothing); 12 proposals, 2 returned
        assertThat(result.totals()).isEqualTo(new CampaignRun.Totals(26, 20, 19, 12, 10, 2));
        assertThat(printed).contains("Đối tượng: 26; đạt tiêu chí: 20; ghi danh tại chi bộ: 19; đề nghị lên phường: 12; "
                + "được ghi danh: 10; bị trả lại: 2.");
        assertThat(printed).contains("Nộp muộn: Chi bộ Tổ dân phố số 3 (ngày 13/06/2022).", "Chưa nộp: Chi bộ Quân sự phường.");
        assertThat(printed).contains("/du-duyen-hai/cong-van.pdf, .docx  (công văn)",
                "/cb-tdp1/bao-cao.pdf, .docx, .xlsx  (báo cáo của chi bộ)", "duyen-hai-2022.json");
        assertThat(printed).contains("Đã ghi 65 văn bản vào ");
    }
}
