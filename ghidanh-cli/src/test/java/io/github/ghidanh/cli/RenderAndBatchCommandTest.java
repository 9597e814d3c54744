package io.github.ghidanh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.interchange.JsonInterchange;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderAndBatchCommandTest {
    @TempDir
    static Path dir;
    static Path sample;

    @BeforeAll
    static void writeSample() throws Exception {
        sample = dir.resolve("mau.json");
        JsonInterchange.write(SampleData.duyenHai2022(), sample);
    }

    @Test
    void rendersTheLetterOfTheIssuerByDefault() throws Exception {
        Path pdf = dir.resolve("cong-van.pdf");
        CliRunner r = CliRunner.run("render", "--input", sample.toString(), "--document", "letter", "--format", "pdf",
                "--out", pdf.toString());
        assertThat(r.exitCode).as(r.toString()).isEqualTo(0);
        assertThat(r.out).contains("(công văn của Đảng ủy phường Duyên Hải)");
        assertThat(Pdfs.read(pdf).text()).contains("ĐẢNG ỦY PHƯỜNG DUYÊN HẢI");
    }

    @Test
    void archivalGivesAPdfA() throws Exception {
        Path pdf = dir.resolve("so-ghi-danh-pdfa.pdf");
        CliRunner r = CliRunner.run("render", "-i", sample.toString(), "-d", "honour-roll", "-f", "pdf", "--archival",
                "-o", pdf.toString());
        assertThat(r.exitCode).as(r.toString()).isEqualTo(0);
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            var metadata = d.getDocumentCatalog().getMetadata();
            assertThat(metadata).isNotNull();
            String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfaid:part");
        }
        CliRunner docx = CliRunner.run("render", "-i", sample.toString(), "-d", "honour-roll", "-f", "docx", "--archival",
                "-o", dir.resolve("x.docx").toString(), "--lang", "en");
        assertThat(docx.exitCode).isEqualTo(2);
        assertThat(docx.err).isEqualTo("--archival applies to PDF only.\n");
    }

    @Test
    void cellDocumentsDefaultToTheFirstCellAndTakeOrg() throws Exception {
        Path first = dir.resolve("bao-cao.xlsx");
        CliRunner r = CliRunner.run("render", "-i", sample.toString(), "-d", "cell-report", "-f", "xlsx", "-o", first.toString(),
                "--lang", "en");
        assertThat(r.exitCode).as(r.toString()).isEqualTo(0);
        assertThat(r.out).contains("(cell report of Chi bộ Tổ dân phố số 1)");
        assertThat(first).isRegularFile();

        Path other = dir.resolve("ds-truong.pdf");
        CliRunner r2 = CliRunner.run("render", "-i", sample.toString(), "-d", "proposal-list", "-f", "pdf", "--org", "cb-truong",
                "-o", other.toString());
        assertThat(r2.exitCode).as(r2.toString()).isEqualTo(0);
        assertThat(Pdfs.read(other).text()).contains("Đinh Thị Hằng");
    }

    @Test
    void documentsThatDoNotExistExitTwoAndWriteNothing() {
        Path target = dir.resolve("khong.xlsx");
        CliRunner xlsxLetter = CliRunner.run("render", "-i", sample.toString(), "-d", "letter", "-f", "xlsx", "-o", target.toString(),
                "--lang", "en");
        assertThat(xlsxLetter.exitCode).isEqualTo(2);
        assertThat(xlsxLetter.err).isEqualTo("The letter is not a table and has no XLSX form; use pdf or docx.\n");

        CliRunner unknown = CliRunner.run("render", "-i", sample.toString(), "-d", "bang-khen", "-f", "pdf", "-o", target.toString());
        assertThat(unknown.exitCode).isEqualTo(2);
        assertThat(unknown.err).startsWith("Không có văn bản \"bang-khen\"; hãy dùng một trong: letter, cell-report,");

        CliRunner noSuchOrg = CliRunner.run("render", "-i", sample.toString(), "-d", "honour-roll", "-f", "pdf", "--org", "cb-9",
                "-o", target.toString());
        assertThat(noSuchOrg.exitCode).isEqualTo(2);
        assertThat(noSuchOrg.err).contains("cb-9");

        CliRunner summaryOfACell = CliRunner.run("render", "-i", sample.toString(), "-d", "ward-summary", "-f", "pdf", "--org",
                "cb-tdp1", "-o", target.toString(), "--lang", "en");
        assertThat(summaryOfACell.exitCode).isEqualTo(2);
        assertThat(summaryOfACell.err).startsWith("There is no ward-summary for Chi bộ Tổ dân phố số 1");
        assertThat(target).doesNotExist();
    }

    @Test
    void unreadableInputExitsTwo() throws Exception {
        Path bad = dir.resolve("hong.json");
        Files.writeString(bad, "[1, 2", StandardCharsets.UTF_8);
        CliRunner r = CliRunner.run("render", "-i", bad.toString(), "-d", "letter", "-f", "pdf", "-o", dir.resolve("x.pdf").toString());
        assertThat(r.exitCode).isEqualTo(2);
        assertThat(r.err).startsWith("Tệp hong.json không phải JSON hợp lệ");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void aFileWithABadRecordIsRefusedRatherThanRenderedWithoutIt() throws Exception {
        Path bad = dir.resolve("thieu.json");
        Files.writeString(bad, Files.readString(sample, StandardCharsets.UTF_8)
                .replaceFirst("\"sex\" : \"FEMALE\"", "\"sex\" : \"NU\""), StandardCharsets.UTF_8);
        Path target = dir.resolve("so.pdf");
        CliRunner r = CliRunner.run("render", "-i", bad.toString(), "-d", "honour-roll", "-f", "pdf", "-o", target.toString(),
                "--lang", "en");
        assertThat(r.exitCode).isEqualTo(2);
        // the bad record, then what depends on it (the proposal and the review of the same nominee), then the verdict
        assertThat(r.err.lines()).containsExactly(
                "thieu.json: nominees[1].sex: Unknown value \"NU\". Allowed: MALE, FEMALE.",
                "thieu.json: submissions[0].proposed[1]: No nominee with id \"i-tdp1-nhung\" in \"nominees\" "
                        + "(or it was rejected for errors reported above).",
                "thieu.json: reviews[1].nomineeId: Nominee \"i-tdp1-nhung\" was not proposed by any submission, "
                        + "so it cannot be accepted or returned.",
                bad + " has 3 problem(s) (see above); fix them, or run \"ghidanh validate --input " + bad
                        + "\" to see them all.");
        assertThat(target).doesNotExist();
    }

    @Test
    void batchRendersEveryOrganisationWithPlainProgressLinesWhenNotATerminal() throws Exception {
        Path outDir = dir.resolve("batch");
        CliRunner r = CliRunner.run("batch", "--input", sample.toString(), "--out", outDir.toString(), "--threads", "2");
        assertThat(r.exitCode).as(r.toString()).isEqualTo(0);
        String[] lines = r.out.split("\n");
        assertThat(lines).hasSize(66);
        assertThat(lines[0]).matches("1/65 .*\\.(pdf|docx|xlsx)");
        assertThat(lines[64]).startsWith("65/65 ");
        assertThat(lines[65]).startsWith("Đã ghi 65 văn bản vào ");
        try (var files = Files.walk(outDir)) {
            // the 65 documents and the manifest a re-run resumes from
            assertThat(files.filter(Files::isRegularFile).map(p -> outDir.relativize(p).toString()))
                    .hasSize(66).contains(".ghidanh-batch");
        }
    }

    @Test
    void aBatchRunAgainKeepsWhatIsWrittenRemovesDebrisAndRedoesWhatChanged() throws Exception {
        Path outDir = dir.resolve("batch-again");
        CliRunner first = CliRunner.run("batch", "-i", sample.toString(), "-o", outDir.toString(), "--lang", "en");
        assertThat(first.exitCode).as(first.toString()).isEqualTo(0);
        Path roll = outDir.resolve("cb-tdp1/so-ghi-danh.pdf");
        byte[] rollBytes = Files.readAllBytes(roll);
        Path manifest = outDir.resolve(".ghidanh-batch");
        String written = Files.readString(manifest);
        // what a killed run leaves: a document's and the manifest's temporary files, a document cut short
        Path debris = Files.writeString(outDir.resolve("cb-tdp1/.so-ghi-danh.pdf.0f8fad5b-d9cb-469f-a165-70867728950e.tmp"), "%PDF-1.4");
        Path debris2 = Files.writeString(outDir.resolve(".ghidanh-batch.7c9e6679-7425-40de-944b-e07fc1f90ae7.tmp"), "#");
        Path notOurs = Files.writeString(outDir.resolve("cb-tdp1/.ghi-chu.tmp"), "a user's file: not a UUID name");
        Files.write(roll, java.util.Arrays.copyOf(rollBytes, rollBytes.length / 2));
        Files.delete(outDir.resolve("du-duyen-hai/cong-van.docx"));

        CliRunner again = CliRunner.run("batch", "-i", sample.toString(), "-o", outDir.toString(), "--lang", "en");
        assertThat(again.exitCode).as(again.toString()).isEqualTo(0);
        assertThat(again.out).contains("Removed 2 temporary file(s) left in " + outDir + " by a run that was stopped.",
                "63 of 65 documents in " + outDir + " are already written from the same input and options: kept",
                "2 documents written into " + outDir);
        assertThat(again.out).containsPattern("[12]/2 .*cb-tdp1.so-ghi-danh\\.pdf").containsPattern("[12]/2 .*cong-van\\.docx");
        assertThat(debris).doesNotExist();
        assertThat(debris2).doesNotExist();
        assertThat(notOurs).exists();
        assertThat(Files.readAllBytes(roll)).isEqualTo(rollBytes);
        assertThat(Files.readString(manifest)).isEqualTo(written);

        // another language is another input: every document again; --fresh too
        CliRunner vi = CliRunner.run("batch", "-i", sample.toString(), "-o", outDir.toString());
        assertThat(vi.out).doesNotContain("ghi từ cùng dữ liệu").contains("Đã ghi 65 văn bản");
        CliRunner fresh = CliRunner.run("batch", "-i", sample.toString(), "-o", outDir.toString(), "--fresh");
        assertThat(fresh.exitCode).as(fresh.toString()).isEqualTo(0);
        assertThat(fresh.out).doesNotContain("ghi từ cùng dữ liệu").contains("Đã ghi 65 văn bản");
    }

    @Test
    void warmupRunsThroughValidateAndRenderAndWritesNothing() throws Exception {
        Path cwd = Path.of(System.getProperty("user.dir"));
        java.util.Set<Path> before;
        try (var files = Files.list(cwd)) {
            before = files.collect(java.util.stream.Collectors.toSet());
        }
        CliRunner r = CliRunner.run("warmup");
        assertThat(r.exitCode).as(r.toString()).isEqualTo(0);
        assertThat(r.out).isEmpty();
        try (var files = Files.list(cwd)) {
            assertThat(files.collect(java.util.stream.Collectors.toSet())).isEqualTo(before);
        }
    }

    @Test
    void everySubcommandHasHelp() {
        for (String cmd : new String[] {"demo", "validate", "render", "batch", "import"}) {
            CliRunner r = CliRunner.run(cmd, "--help");
            assertThat(r.exitCode).as(cmd).isEqualTo(0);
            assertThat(r.out).as(cmd).startsWith("Usage: ghidanh " + cmd);
        }
        CliRunner top = CliRunner.run("--help");
        assertThat(top.out).contains("demo", "validate", "render", "batch", "import");
    }

    // ---- every document is true as of its date

    @Test
    void aCellsReportAndProposalListDescribeTheSubmissionNotWhatTheWardDecidedLater() throws Exception {
        // cb-tdp1 submitted on 08/06/2022; the ward accepted two of its proposals and returned Hà Văn Thắng on 15/06
        Path report = dir.resolve("bao-cao-tdp1.pdf");
        CliRunner r = CliRunner.run("render", "-i", sample.toString(), "-d", "cell-report", "-f", "pdf", "--org", "cb-tdp1",
                "-o", report.toString());
        assertThat(r.exitCode).as(r.toString()).isEqualTo(0);
        String text = Pdfs.read(report).text();
        assertThat(text).contains("ngày 08 tháng 6 năm 2022").contains("Hà Văn Thắng")
                .doesNotContain("đã ghi danh 2").doesNotContain("trả lại");
        Path list = dir.resolve("danh-sach-tdp1.pdf");
        CliRunner l = CliRunner.run("render", "-i", sample.toString(), "-d", "proposal-list", "-f", "pdf", "--org", "cb-tdp1",
                "-o", list.toString());
        assertThat(l.exitCode).as(l.toString()).isEqualTo(0);
        assertThat(Pdfs.read(list).text()).contains("ngày 08 tháng 6 năm 2022").contains("Hà Văn Thắng");
    }

    @Test
    void dateShowsTheCampaignAsItStoodThatDay() throws Exception {
        Path before = dir.resolve("so-ghi-danh-10-6.pdf");
        CliRunner r = CliRunner.run("render", "-i", sample.toString(), "-d", "honour-roll", "-f", "pdf", "--date", "10/06/2022",
                "-o", before.toString());
        assertThat(r.exitCode).as(r.toString()).isEqualTo(0);
        Path after = dir.resolve("so-ghi-danh-15-6.pdf");
        CliRunner a = CliRunner.run("render", "-i", sample.toString(), "-d", "honour-roll", "-f", "pdf", "--date", "2022-06-15",
                "-o", after.toString());
        assertThat(a.exitCode).as(a.toString()).isEqualTo(0);
        // the ward answered the proposals on 15/06: its roll has no entry on 10/06, and Nguyễn Thị Hồng Nhung on 15/06
        assertThat(Pdfs.read(before).text()).contains("ngày 10 tháng 6 năm 2022").doesNotContain("Nguyễn Thị Hồng Nhung");
        assertThat(Pdfs.read(after).text()).contains("ngày 15 tháng 6 năm 2022").contains("Nguyễn Thị Hồng Nhung");
    }

    @Test
    void aDateThatIsNotADateIsRefusedInTheUsersLanguage() throws Exception {
        CliRunner r = CliRunner.run("render", "-i", sample.toString(), "-d", "honour-roll", "-f", "pdf", "--date", "31/02/2022",
                "-o", dir.resolve("x.pdf").toString());
        assertThat(r.exitCode).isEqualTo(2);
        assertThat(r.err).contains("\"31/02/2022\" không phải là một ngày");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void aBatchAtADateHasOnlyTheDocumentsThatExistedThen() throws Exception {
        Path early = dir.resolve("batch-1-6");
        CliRunner r = CliRunner.run("batch", "-i", sample.toString(), "-o", early.toString(), "--date", "01/06/2022");
        assertThat(r.exitCode).as(r.toString()).isEqualTo(0);
        // no cell had submitted on 01/06: no cell report, no proposal list, no roll entries yet
        assertThat(early.resolve("cb-tdp1/bao-cao.pdf")).doesNotExist();
        assertThat(early.resolve("cb-tdp1/danh-sach-de-nghi.pdf")).doesNotExist();
        assertThat(early.resolve("du-duyen-hai/cong-van.pdf")).isRegularFile();
        assertThat(Pdfs.read(early.resolve("du-duyen-hai/tong-hop.pdf")).text()).contains("ngày 01 tháng 6 năm 2022");
    }
}
