package io.github.ghidanh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.testing.SampleCampaigns;
import io.github.ghidanh.interchange.Interchange;
import io.github.ghidanh.interchange.JsonInterchange;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @Test
    void goodRowsAreAddedBadRowsGoToAFileThatReimportsOnceFixed(@TempDir Path dir) throws Exception {
        SampleCampaigns.Sample s = SampleCampaigns.duyenHai2022();
        Path base = dir.resolve("khung.json");
        JsonInterchange.write(new Interchange(s.tree(), s.campaign(), List.of(), List.of(), List.of()), base);
        Path sheet = dir.resolve("tdp2.csv");
        Files.writeString(sheet, "Họ và tên;Năm sinh;Đối tượng;Xếp loại;Thành tích;Loại thành tích\n"
                + "Chu Văn Kỷ;1949;Đảng viên, Nhân dân;HTXSNV;Xây 2 nhà tình nghĩa;Từ thiện\n"
                + "Tạ Thị Phượng;1985;Nhân dân;Khá;Tạo việc làm cho 14 lao động nữ;Khác: Khởi nghiệp\n", StandardCharsets.UTF_8);
        Path all = dir.resolve("tat-ca.json");

        CliRunner first = CliRunner.run("import", "--sheet", sheet.toString(), "--into", base.toString(), "--cell", "cb-tdp2",
                "--out", all.toString());

        assertThat(first.exitCode).as(first.toString()).isEqualTo(1);
        assertThat(first.out).contains("tdp2.csv, dòng 3, cột \"Xếp loại\": Xếp loại \"Khá\" không hợp lệ.",
                "tdp2.csv: 2 dòng, 1 dòng nhận, 1 dòng bị loại");
        Path rejected = dir.resolve("tdp2.loi.csv");
        assertThat(first.out).contains(rejected.toString());
        assertThat(JsonInterchange.read(all).content().nominees()).extracting(Nominee::name).containsExactly("Chu Văn Kỷ");

        // the user fixes the rating in the rejected-rows file and imports it into the file just written
        Files.writeString(rejected, Files.readString(rejected, StandardCharsets.UTF_8).replace(",Khá,", ",HTTNV,"),
                StandardCharsets.UTF_8);
        CliRunner second = CliRunner.run("import", "--sheet", rejected.toString(), "--into", all.toString(), "--cell", "cb-tdp2",
                "--out", all.toString(), "--lang", "en");

        assertThat(second.exitCode).as(second.toString()).isEqualTo(0);
        assertThat(JsonInterchange.read(all).content().nominees()).extracting(Nominee::name)
                .containsExactly("Chu Văn Kỷ", "Tạ Thị Phượng");
        assertThat(JsonInterchange.read(all).content().nominees()).allMatch(n -> n.cellId().equals("cb-tdp2"));
    }

    @Test
    void aRowWhoseIdIsAlreadyInTheFileIsReportedAndLeftOut(@TempDir Path dir) throws Exception {
        SampleCampaigns.Sample s = SampleCampaigns.duyenHai2022();
        Path base = dir.resolve("khung.json");
        JsonInterchange.write(new Interchange(s.tree(), s.campaign(), s.nominees(), List.of(), List.of()), base);
        String taken = s.nominees().get(1).id();
        Path sheet = dir.resolve("trung.csv");
        Files.writeString(sheet, "Mã;Họ và tên;Năm sinh;Đối tượng;Xếp loại\n"
                + taken + ";Nguyễn Văn Trùng;1970;Đảng viên;HTTNV\n"
                + "moi-1;Chu Văn Mới;1972;Đảng viên;HTTNV\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("ra.json");

        CliRunner r = CliRunner.run("import", "--sheet", sheet.toString(), "--into", base.toString(), "--cell", "cb-tdp1",
                "--out", out.toString(), "--lang", "en");

        assertThat(r.exitCode).as(r.toString()).isEqualTo(1);
        assertThat(r.out).contains("trung.csv, row 2: Nominee id \"" + taken + "\" is already in the interchange file; "
                + "the row was not added (give it another \"Mã\").");
        assertThat(JsonInterchange.read(out).content().nominees()).extracting(Nominee::name)
                .contains("Chu Văn Mới").doesNotContain("Nguyễn Văn Trùng");
    }
}
