package io.github.ghidanh.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.htmlunit.DefaultCredentialsProvider;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlInlineFrame;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlTable;
import org.htmlunit.html.HtmlTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web page driven by a browser engine (HtmlUnit) as the person at the ward office uses it: upload
 * the campaign file, see every problem, preview a document in the page, download it and the ZIP.
 * {@link ChromiumPageTest} runs the same scenario in headless Chromium where one is installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ghidanh.server.api-key=" + Http.KEY)
class PageTest {
    @LocalServerPort
    int port;

    @Test
    void uploadSeeProblemsPreviewAndDownload(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("duyen-hai-2022.json");
        Files.writeString(file, ApiTest.DEMO);
        try (WebClient browser = new WebClient()) {
            DefaultCredentialsProvider credentials = new DefaultCredentialsProvider();
            credentials.addCredentials("ward", Http.KEY.toCharArray());
            browser.setCredentialsProvider(credentials);
            browser.getOptions().setThrowExceptionOnFailingStatusCode(true);

            HtmlPage start = browser.getPage("http://127.0.0.1:" + port + "/");
            assertThat(start.getTitleText()).isEqualTo("Lập hồ sơ ghi danh");
            ((HtmlFileInput) start.getElementById("file")).setFiles(file.toFile());
            HtmlPage result = ((HtmlButton) start.getElementById("check")).click();

            // every problem in a table: row, column, clause, message in Vietnamese
            assertThat(result.getElementById("summary").asNormalizedText()).contains("duyen-hai-2022.json").contains("lỗi");
            HtmlTable problems = (HtmlTable) result.getElementById("problems");
            List<HtmlTableRow> rows = problems.getBodies().get(0).getRows();
            assertThat(rows).isNotEmpty();
            assertThat(problems.getHeader().getRows().get(0).asNormalizedText()).contains("Dòng").contains("Điều khoản");
            assertThat(rows).anyMatch(r -> r.getCell(2).asNormalizedText().startsWith("CV-")
                    && r.getCell(1).asNormalizedText().startsWith("nominees["));

            // pick the ward's honour roll; preview it in the page
            ((HtmlSelect) result.getElementById("org")).setSelectedAttribute("du-duyen-hai", true);
            ((HtmlSelect) result.getElementById("kind")).setSelectedAttribute("honour-roll", true);
            ((HtmlButton) result.getElementById("preview-button")).click();
            HtmlInlineFrame frame = (HtmlInlineFrame) result.getElementById("preview");
            Page preview = frame.getEnclosedPage();
            assertThat(preview.getWebResponse().getContentType()).isEqualTo("application/pdf");
            assertThat(preview.getWebResponse().getResponseHeaderValue("Content-Disposition")).startsWith("inline;");
            assertThat(preview.getWebResponse().getContentAsStream().readNBytes(5)).isEqualTo("%PDF-".getBytes());

            // download it
            Page download = ((HtmlButton) result.getElementById("download")).click();
            assertThat(download.getWebResponse().getContentType()).isEqualTo("application/pdf");
            assertThat(download.getWebResponse().getResponseHeaderValue("Content-Disposition"))
                    .startsWith("attachment;").contains("filename*=UTF-8''S%E1%BB%95%20ghi%20danh");
            byte[] pdf = download.getWebResponse().getContentAsStream().readAllBytes();
            assertThat(pdf).isEqualTo(preview.getWebResponse().getContentAsStream().readAllBytes());

            // and everything as a ZIP
            Page zip = ((HtmlButton) result.getElementById("zip")).click();
            assertThat(zip.getWebResponse().getContentType()).isEqualTo("application/zip");
            assertThat(zip.getWebResponse().getContentAsStream().readNBytes(2)).isEqualTo(new byte[] {'P', 'K'});
        }
    }

    @Test
    void aSheetIsMergedIntoTheConfiguredCampaignAndItsRowProblemsShown(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("chi-bo-1.csv");
        Files.writeString(file, "STT;Họ và tên;Năm sinh;Giới tính;Đối tượng;Xếp loại;Thành tích;Loại thành tích\r\n"
                + "1;Hoàng Thị Lan;1985;Nữ;Nhân dân;HTXSNV;Giúp đỡ hộ nghèo;Giúp đỡ người yếu thế\r\n"
                + "2;Ngô Thị Lệ Quyên;19x0;Nữ;Nhân dân;HTXSNV;Nấu cháo từ thiện;Từ thiện\r\n");
        try (WebClient browser = new WebClient()) {
            DefaultCredentialsProvider credentials = new DefaultCredentialsProvider();
            credentials.addCredentials("ward", Http.KEY.toCharArray());
            browser.setCredentialsProvider(credentials);
            HtmlPage start = browser.getPage("http://127.0.0.1:" + port + "/");
            ((HtmlSelect) start.getElementById("cell")).setSelectedAttribute("cb-tdp1", true);
            ((HtmlFileInput) start.getElementById("file")).setFiles(file.toFile());
            HtmlPage result = ((HtmlButton) start.getElementById("check")).click();
            HtmlTable problems = (HtmlTable) result.getElementById("problems");
            assertThat(problems.getBodies().get(0).getRows()).anyMatch(r -> r.getCell(0).asNormalizedText().equals("3")
                    && r.getCell(1).asNormalizedText().equals("Năm sinh"));
            // a row that cannot be read: official documents are not offered
            assertThat(result.getElementById("documents")).isNull();
            assertThat(result.asNormalizedText()).contains("không lập văn bản chính thức");
        }
    }
}
