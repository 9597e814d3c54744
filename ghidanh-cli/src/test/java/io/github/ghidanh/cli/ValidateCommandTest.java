package io.github.ghidanh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.testing.SampleCampaigns;
import io.github.ghidanh.interchange.Interchange;
import io.github.ghidanh.interchange.JsonInterchange;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void validInputExitsZero() throws Exception {
        SampleCampaigns.Sample s = SampleCampaigns.duyenHai2022();
        Interchange eligibleOnly = new Interchange(s.tree(), s.campaign(),
                s.nominees().stream().filter(n -> !s.ineligible().containsKey(n.id())).toList(), List.of(), List.of());
        Path file = dir.resolve("hop-le.json");
        JsonInterchange.write(eligibleOnly, file);

        CliRunner r = CliRunner.run("validate", "--input", file.toString(), "--lang", "en");

        assertThat(r.exitCode).as(r.toString()).isEqualTo(0);
        assertThat(r.out).isEqualTo("hop-le.json: 20 nominee(s), 20 meet the criteria, 0 do not; 0 input problem(s); "
                + "profile lao-cai-duyen-hai-2022-h1.\n");
    }

    @Test
    void violationsArePrintedWithPathAndClauseAndExitOne() throws Exception {
        Path file = dir.resolve("mau.json");
        JsonInterchange.write(SampleData.duyenHai2022(), file);

        CliRunner r = CliRunner.run("validate", "--input", file.toString());

        assertThat(r.exitCode).as(r.toString()).isEqualTo(1);
        // the sample's deliberately ineligible nominees, each with its path and the clause it breaks (SampleCampaigns.ineligible)
        assertThat(r.out).contains("mau.json: nominees[4].assessment (i-tdp1-loi, Trịnh Văn Lợi): [CV-1.e.party] Đảng viên đề nghị "
                + "ghi danh phải được xếp loại từ hoàn thành xuất sắc nhiệm vụ trở lên, nhưng được xếp loại hoàn thành tốt nhiệm vụ");
        assertThat(r.out).contains("mau.json: nominees[8].achievements (i-tdp2-mo, Lý Thị Mơ): [CV-1.b] ");
        assertThat(r.out).contains("mau.json: nominees[9].spread (c-tdp2-thanhnien, Chi đoàn Thanh niên Tổ dân phố số 2): [CV-1.d] ");
        assertThat(r.out).contains("mau.json: nominees[13].recognition (i-tdp3-chu, Sùng Seo Chứ): [CV-1.e] ");
        assertThat(r.out).contains("mau.json: nominees[18].exemplary (i-truong-truong, Mai Xuân Trường): [CV-2] ");
        assertThat(r.out).contains("mau.json: nominees[20].novelty (m-ubnd-dat, Mô hình \"Quản lý đất đai bằng bản đồ số\"): [CV-1.c] ");
        assertThat(r.out.lines()).hasSize(7);
        assertThat(r.out).endsWith("mau.json: 26 trường hợp đề nghị, 20 đạt tiêu chí, 6 không đạt; 0 lỗi dữ liệu; "
                + "bộ tiêu chí lao-cai-duyen-hai-2022-h1.\n");
    }

    @Test
    void badValuesAreViolationsWithTheirPath() throws Exception {
        String json = JsonInterchange.toJson(SampleData.duyenHai2022()).replaceFirst("\"rating\" : \"HTXSNV\"", "\"rating\" : \"XUATSAC\"");
        Path file = dir.resolve("sai.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);

        CliRunner r = CliRunner.run("validate", "--input", file.toString(), "--lang", "en");

        assertThat(r.exitCode).isEqualTo(1);
        assertThat(r.out).contains("sai.json: nominees[1].assessment.rating: Unknown value \"XUATSAC\". Allowed: HTXSNV, HTTNV, HTNV, KHTNV.");
    }

    @Test
    void fieldRulesOfTheValidatorAreReportedToo() throws Exception {
        SampleCampaigns.Sample s = SampleCampaigns.duyenHai2022();
        io.github.ghidanh.core.model.IndividualNominee nhung = (io.github.ghidanh.core.model.IndividualNominee) s.nominees().get(1);
        Interchange one = new Interchange(s.tree(), s.campaign(), List.of(nhung.toBuilder().citizenId("12345").build()),
                List.of(), List.of());
        Path file = dir.resolve("cccd.json");
        JsonInterchange.write(one, file);

        CliRunner r = CliRunner.run("validate", "--input", file.toString(), "--lang", "en");

        assertThat(r.exitCode).isEqualTo(1);
        assertThat(r.out).startsWith("cccd.json: nominees[0].citizenId (i-tdp1-nhung, Nguyễn Thị Hồng Nhung): ");
    }

    @Test
    void unreadableInputExitsTwoWithoutAStackTrace() throws Exception {
        Path file = dir.resolve("hong.json");
        Files.writeString(file, "{\"organisations\": [", StandardCharsets.UTF_8);

        CliRunner broken = CliRunner.run("validate", "--input", file.toString(), "--lang", "en");
        assertThat(broken.exitCode).isEqualTo(2);
        assertThat(broken.err).startsWith("hong.json is not valid JSON (line 1, column");
        assertThat(broken.err).doesNotContain("Exception", "\tat ");

        CliRunner missing = CliRunner.run("validate", "--input", dir.resolve("khong-co.json").toString());
        assertThat(missing.exitCode).isEqualTo(2);
        assertThat(missing.err).startsWith("Không tìm thấy tệp ").contains("khong-co.json");
    }

    @Test
    void aSpreadsheetIsValidatedRowByRow() throws Exception {
        Path csv = dir.resolve("ds.csv");
        Files.writeString(csv, "Họ và tên;Năm sinh;Đối tượng;Xếp loại;Thành tích;Loại thành tích;Ngày họp;Số phiếu đồng ý;Tổng số phiếu\n"
                + "Hà Văn Thắng;1956;Đảng viên;HTXSNV;Hiến 120 m² đất;Hiến đất;03/06/2022;28;28\n"
                + "Trịnh Văn Lợi;1969;Đảng viên;HTTNV;Hòa giải 6 vụ việc;Tận tụy;03/06/2022;20;28\n"
                + "Ngô Thị Lệ Quyên;1990;Nhân dân;Khá;Nấu cháo từ thiện;Từ thiện;03/06/2022;25;28\n", StandardCharsets.UTF_8);

        CliRunner r = CliRunner.run("validate", "--input", csv.toString(), "--lang", "en");

        assertThat(r.exitCode).as(r.toString()).isEqualTo(1);
        assertThat(r.out.lines()).containsExactly(
                "ds.csv, row 4, column \"Xếp loại\": Unknown rating \"Khá\". Use one of: Hoàn thành xuất sắc nhiệm vụ, "
                        + "Hoàn thành tốt nhiệm vụ, Hoàn thành nhiệm vụ, Không hoàn thành nhiệm vụ (or a legacy wording listed "
                        + "in docs/json-format.md).",
                r.out.lines().filter(l -> l.startsWith("ds.csv, row 3 (Trịnh Văn Lợi) assessment: [CV-1.e.party] ")).findFirst()
                        .orElse("a CV-1.e.party line for row 3"),
                "ds.csv: 3 rows, 2 accepted, 1 rejected; 1 violation(s) of the rules and criteria in the accepted rows");
    }

    @Test
    void helpIsPrinted() {
        CliRunner r = CliRunner.run("validate", "--help");
        assertThat(r.exitCode).isEqualTo(0);
        assertThat(r.out).contains("--input=FILE", "--lang=vi|en", "Exit codes: 0 valid, 1 violations");
    }
}
