package io.github.ghidanh.interchange.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ghidanh.core.model.CollectiveNominee;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.ModelField;
import io.github.ghidanh.core.model.ModelNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.model.Sex;
import io.github.ghidanh.core.model.SubjectCategory;
import io.github.ghidanh.testing.SampleCampaigns;
import io.github.ghidanh.interchange.ImportProblem;
import io.github.ghidanh.interchange.InterchangeException;
import io.github.ghidanh.interchange.internal.Messages;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NomineeSheetReaderTest {

    private static final NomineeSheetReader READER = NomineeSheetReader.of("cb-tdp1",
            SampleCampaigns.duyenHai2022().tree());

    /** A proposal list as a Vietnamese-locale Excel saves it: BOM, ';', title rows, section rows. */
    static final String CSV = "\uFEFF"
            + "ĐẢNG BỘ PHƯỜNG DUYÊN HẢI;;;;;;;;;\r\n"
            + "DANH SÁCH ĐỀ NGHỊ GHI DANH 6 THÁNG ĐẦU NĂM 2022;;;;;;;;;\r\n"
            + ";;;;;;;;;\r\n"
            + "STT;HỌ VÀ TÊN;Năm sinh;Giới tính;Chức vụ;Đơn vị;Đối tượng;Xếp loại;Thành tích;Loại thành tích\r\n"
            + "I;CÁ NHÂN;;;;;;;;\r\n"
            + "1;Nguyễn Thị Hồng Nhung;1978;Nữ;Tổ trưởng tổ dân phố;Tổ dân phố số 1;Đảng viên;Hoàn thành xuất sắc nhiệm vụ;\"Vận động 100% hộ ký cam kết; giữ vệ sinh\";Tận tụy, trách nhiệm trong công việc\r\n"
            + "2;Hà Văn Thắng;1956;Nam;Đảng viên;Tổ dân phố số 1;Đảng viên;Đủ tư cách, hoàn thành xuất sắc nhiệm vụ;Hiến 120 m² đất;Hiến đất\r\n"
            + "3;Đỗ Văn Hải;1979;Nam;Công chức Tư pháp;UBND phường;Công chức;hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực;Giải quyết 1.036 hồ sơ;Tận tụy\r\n"
            + "4;Trịnh Văn Lợi;1969;Nam;Tổ phó;Tổ dân phố số 1;Đảng viên;Trong sạch, vững mạnh;Hòa giải 6 vụ việc;Tận tụy\r\n"
            + "5;Ngô Thị Lệ Quyên;19x0;Nữ;Kinh doanh;Tổ dân phố số 1;Quần chúng;Xuất sắc;Nấu cháo từ thiện;Từ thiện\r\n"
            + "6;Lò Thị Xuân;1994;Nữ;Nhân viên y tế;Tổ dân phố số 1;Nhân dân, Viên chức;HTTNV;Tiêm chủng;Tận tụy\r\n"
            + "II;TẬP THỂ;;;;;;;;\r\n"
            + "1;Chi hội Phụ nữ Tổ dân phố số 1;;;;Tổ dân phố số 1;;;Giúp 7 hội viên vay vốn;Giúp đỡ người yếu thế\r\n"
            + "2;;;;;Tổ dân phố số 1;;;Không tên;\r\n";

    @Test
    void anOptionalEthnicityColumnIsRead() {
        String csv = "STT;Họ và tên;Năm sinh;Giới tính;Dân tộc;Đối tượng;Xếp loại;Thành tích;Loại thành tích\r\n"
                + "1;Hoàng Thị Lan;1985;Nữ;Tày;Nhân dân;HTXSNV;Giúp đỡ hộ nghèo;Giúp đỡ người yếu thế\r\n"
                + "2;Nguyễn Văn Nam;1980;Nam;;Nhân dân;HTXSNV;Hiến máu 10 lần;Hiến máu\r\n";
        SheetImport r = READER.read(csv.getBytes(StandardCharsets.UTF_8), "dan-toc.csv");
        assertThat(r.rejected()).isEmpty();
        assertThat(r.accepted()).extracting(a -> ((IndividualNominee) a.nominee()).ethnicity()).containsExactly("Tày", null);
    }

    @Test
    void aCsvFromExcelIsReadRowByRowWithNothingLost() {
        SheetImport r = READER.read(CSV.getBytes(StandardCharsets.UTF_8), "de-nghi.csv");

        assertThat(r.format()).isEqualTo(SheetImport.Format.CSV);
        assertThat(r.headerRow()).isEqualTo(4);
        assertThat(r.rows()).isEqualTo(8);
        assertThat(r.accepted()).extracting(SheetImport.Accepted::row).containsExactly(6, 7, 8, 11, 13);
        assertThat(r.rejected()).extracting(SheetImport.Rejected::row).containsExactly(9, 10, 14);

        IndividualNominee nhung = (IndividualNominee) r.accepted().get(0).nominee();
        assertThat(nhung.name()).isEqualTo("Nguyễn Thị Hồng Nhung");
        assertThat(nhung.cellId()).isEqualTo("cb-tdp1");
        assertThat(nhung.yearOfBirth()).isEqualTo(1978);
        assertThat(nhung.sex()).isEqualTo(Sex.FEMALE);
        assertThat(nhung.categories()).containsExactly(SubjectCategory.DANG_VIEN);
        assertThat(nhung.rating()).isEqualTo(Rating.HTXSNV);
        assertThat(nhung.results()).isEqualTo("Vận động 100% hộ ký cam kết; giữ vệ sinh");
        assertThat(nhung.achievements()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(io.github.ghidanh.core.model.AchievementType.DEDICATION);
            assertThat(a.description()).isEqualTo("Vận động 100% hộ ký cam kết; giữ vệ sinh");
        });
        // legacy wordings of the documented table
        assertThat(r.accepted().get(1).nominee().rating()).isEqualTo(Rating.HTXSNV);
        assertThat(r.accepted().get(2).nominee().rating()).isEqualTo(Rating.HTNV);
        assertThat(((IndividualNominee) r.accepted().get(3).nominee()).categories())
                .containsExactly(SubjectCategory.VIEN_CHUC, SubjectCategory.NHAN_DAN);
        // the section row "II. TẬP THỂ" makes the next rows collectives
        Nominee phuNu = r.accepted().get(4).nominee();
        assertThat(phuNu).isInstanceOf(CollectiveNominee.class);
        assertThat(phuNu.name()).isEqualTo("Chi hội Phụ nữ Tổ dân phố số 1");
    }

    @Test
    void everyBadRowNamesRowColumnAndProblemInBothLanguages() {
        SheetImport r = READER.read(CSV.getBytes(StandardCharsets.UTF_8), "de-nghi.csv");

        assertThat(r.problems()).extracting(ImportProblem::row, ImportProblem::location, ImportProblem::code)
                .containsExactly(
                        tuple(9, "Xếp loại", "sheet.ratingOrganisation"),
                        tuple(10, "Xếp loại", "sheet.rating"),
                        tuple(10, "Năm sinh", "sheet.year"),
                        tuple(10, "Đối tượng", "sheet.category"),
                        tuple(14, "HỌ VÀ TÊN", "sheet.required"));
        ImportProblem org = r.problems().get(0);
        assertThat(org.format(Messages.VI)).isEqualTo("de-nghi.csv, dòng 9, cột \"Xếp loại\": Xếp loại \"Trong sạch, vững mạnh\" "
                + "là xếp loại tổ chức đảng (trước năm 2017), không dùng cho cá nhân hay mô hình; hãy ghi xếp loại của cá nhân.");
        assertThat(org.format(Messages.EN)).isEqualTo("de-nghi.csv, row 9, column \"Xếp loại\": The rating \"Trong sạch, vững mạnh\" "
                + "is an organisation's rating (party organisations before 2017) and cannot be given to an individual or a model; "
                + "give the individual's rating instead.");
        assertThat(r.problems().get(2).messageEn()).startsWith("Year of birth must be a 4-digit year between 1900 and ");
    }

    @Test
    void rejectedRowsGoToAFileThatReimportsOnceFixed(@TempDir Path dir) throws Exception {
        SheetImport first = READER.read(CSV.getBytes(StandardCharsets.UTF_8), "de-nghi.csv");
        Path rejected = dir.resolve("de-nghi.loi.csv");
        first.writeRejected(rejected, Messages.VI);

        String text = Files.readString(rejected, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFSTT,HỌ VÀ TÊN,Năm sinh,Giới tính,Chức vụ,Đơn vị,Đối tượng,Xếp loại,Thành tích,Loại thành tích,Lỗi\r\n"
                + "I,CÁ NHÂN,,,,,,,,,\r\n"
                + "4,Trịnh Văn Lợi,1969,Nam,Tổ phó,Tổ dân phố số 1,Đảng viên,\"Trong sạch, vững mạnh\",Hòa giải 6 vụ việc,Tận tụy,");
        assertThat(text).contains("II,TẬP THỂ,,,,,,,,,\r\n2,,,,,Tổ dân phố số 1,,,Không tên,,HỌ VÀ TÊN: Ô này bắt buộc phải có giá trị.\r\n");

        // unchanged, the same rows are rejected again for the same reasons (the "Lỗi" column is ignored)
        SheetImport again = READER.read(rejected);
        assertThat(again.accepted()).isEmpty();
        assertThat(again.problems()).extracting(ImportProblem::code).containsExactlyElementsOf(
                first.problems().stream().map(ImportProblem::code).toList());

        // fixed by the user, every row comes in, with its kind from the section rows
        String fixed = text.replace(",\"Trong sạch, vững mạnh\",", ",Hoàn thành xuất sắc nhiệm vụ,")
                .replace("19x0", "1990").replace("Quần chúng", "Nhân dân").replace(",Xuất sắc,", ",HTTNV,")
                .replace("2,,,,,Tổ dân phố số 1", "2,Chi đoàn Thanh niên,,,,Tổ dân phố số 1");
        Files.writeString(rejected, fixed, StandardCharsets.UTF_8);
        SheetImport third = READER.read(rejected);
        assertThat(third.rejected()).isEmpty();
        assertThat(third.nominees()).extracting(Nominee::name, Nominee::rating).containsExactly(
                tuple("Trịnh Văn Lợi", Rating.HTXSNV), tuple("Ngô Thị Lệ Quyên", Rating.HTTNV),
                tuple("Chi đoàn Thanh niên", null));
        assertThat(third.nominees().get(2)).isInstanceOf(CollectiveNominee.class);
    }

    @Test
    void headersMatchWithoutAccentsOrCaseAndCommaCsvWithoutBomWorks() {
        String csv = "stt,ho va ten,nam sinh,gioi tinh,doi tuong,xep loai,Loai,Linh vuc,Noi dung mo hinh\n"
                + "1,Lương Thị Nguyệt,1989,nữ,Công chức,HTXSNV,Cá nhân,,\n"
                + "2,\"Mô hình \"\"Một cửa\"\"\",,,,,Mô hình,Khác: Cải cách hành chính,Hẹn trả kết quả qua tin nhắn\n";
        SheetImport r = READER.read(csv.getBytes(StandardCharsets.UTF_8), "x.csv");
        assertThat(r.rejected()).isEmpty();
        assertThat(r.nominees().get(0).name()).isEqualTo("Lương Thị Nguyệt");
        ModelNominee m = (ModelNominee) r.nominees().get(1);
        assertThat(m.name()).isEqualTo("Mô hình \"Một cửa\"");
        assertThat(m.field()).isEqualTo(ModelField.OTHER);
        assertThat(m.otherField()).isEqualTo("Cải cách hành chính");
        assertThat(m.content()).isEqualTo("Hẹn trả kết quả qua tin nhắn");
    }

    @Test
    void aModelsResultsComeFromTheirColumnOrFromTheLastLineTheRollPrints() {
        String csv = "Loại;Tên;Lĩnh vực;Thành tích;Kết quả của mô hình\n"
                + "Mô hình;Mô hình A;Chỉnh trang đô thị;Đọc sách cùng con;Hai trăm gia đình tham gia\n"
                + "Mô hình;Mô hình B;Chỉnh trang đô thị;\"Tuyến phố xanh\nKết quả: Không còn điểm tập kết rác\";\n"
                + "Mô hình;Mô hình C;Chỉnh trang đô thị;\"Kết quả: chỉ có kết quả\";\n"
                + "Mô hình;Mô hình D;Chỉnh trang đô thị;\"Đạt Kết quả: tốt\";\n";
        SheetImport r = READER.read(csv.getBytes(StandardCharsets.UTF_8), "mo-hinh.csv");
        assertThat(r.rejected()).isEmpty();
        assertThat(r.nominees()).map(n -> (ModelNominee) n).extracting(ModelNominee::content, ModelNominee::results)
                .containsExactly(
                        tuple("Đọc sách cùng con", "Hai trăm gia đình tham gia"),
                        tuple("Tuyến phố xanh", "Không còn điểm tập kết rác"),
                        tuple(null, "chỉ có kết quả"),
                        // "Kết quả: " inside a line is the host's text, not the printed results line
                        tuple("Đạt Kết quả: tốt", null));
    }

    @Test
    void nfdCellsAreStoredAsNfc() {
        String name = java.text.Normalizer.normalize("Bùi Thị Ngọc Ánh", java.text.Normalizer.Form.NFD);
        SheetImport r = READER.read(("Họ và tên\n" + name + "\n").getBytes(StandardCharsets.UTF_8), "nfd.csv");
        assertThat(r.nominees().get(0).name()).isEqualTo("B\u00F9i Th\u1ECB Ng\u1ECDc \u00C1nh");
    }

    @Test
    void legacyEncodedCellsAreReportedNotImported() {
        // "B¶o Th¾ng" is TCVN3 (ABC) for "Bảo Thắng", read as if it were Unicode
        String csv = "Họ và tên;Đơn vị\nHà Văn Thắng;Tổ dân phố số 1\nNguyễn Văn An;B¶o Th¾ng\n";
        SheetImport r = READER.read(csv.getBytes(StandardCharsets.UTF_8), "cu.csv");
        assertThat(r.nominees()).extracting(Nominee::name).containsExactly("Hà Văn Thắng");
        assertThat(r.problems()).extracting(ImportProblem::row, ImportProblem::location, ImportProblem::code)
                .containsExactly(tuple(3, "Đơn vị", "import.legacyEncoding"));
        assertThat(r.problems().get(0).messageEn()).isEqualTo("The text \"B¶o Th¾ng\" looks like TCVN3 (a legacy Vietnamese "
                + "encoding), not Unicode. Convert the file to Unicode (e.g. with the Unikey toolkit) and import again.");
    }

    @Test
    void aCsvInTheWindowsCodePageIsRefusedWithWhatToDo() {
        byte[] cp = "Họ và tên\nHà Văn Thắng\n".getBytes(Charset.forName("windows-1258"));
        assertThatThrownBy(() -> READER.read(cp, "ansi.csv")).isInstanceOfSatisfying(InterchangeException.class, e -> {
            assertThat(e.code()).isEqualTo("csv.notUtf8");
            assertThat(e.messageVi()).contains("CSV UTF-8");
        });
    }

    @Test
    void aFileWithoutANameColumnIsRefused() {
        assertThatThrownBy(() -> READER.read("STT;Năm sinh\n1;1970\n".getBytes(StandardCharsets.UTF_8), "x.csv"))
                .isInstanceOfSatisfying(InterchangeException.class, e -> assertThat(e.code()).isEqualTo("sheet.noHeader"));
    }

    @Test
    void xlsxFormulaCellsGiveTheirCachedValueOrAreRejectedNeverEvaluated(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("de-nghi.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("Danh sách");
            row(s, 0, "Danh sách đề nghị ghi danh");
            row(s, 2, "STT", "Họ và tên", "Năm sinh", "Đối tượng", "Xếp loại", "Ghi chú");
            XSSFRow r1 = row(s, 3, "1", "Đinh Thị Hằng", null, "Đảng viên, Viên chức", "Hoàn thành xuất sắc nhiệm vụ", "=không phải công thức");
            r1.createCell(2, CellType.NUMERIC).setCellValue(1975.0);
            XSSFRow r2 = row(s, 4, "2", "Vàng Thị Mỷ", null, "Viên chức", "HTTNV", null);
            Cell f = r2.createCell(2);
            f.setCellFormula("1990+3");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(f); // what Excel does on save: cache 1993
            XSSFRow r3 = row(s, 5, "3", "Mai Xuân Trường", null, "Viên chức", "HTXSNV", null);
            r3.createCell(2).setCellFormula("YEAR(TODAY())-52"); // never calculated: no cached value
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }

        SheetImport r = READER.read(file);

        assertThat(r.format()).isEqualTo(SheetImport.Format.XLSX);
        assertThat(r.headerRow()).isEqualTo(3);
        assertThat(r.nominees()).extracting(n -> ((IndividualNominee) n).yearOfBirth()).containsExactly(1975, 1993);
        assertThat(r.rejected()).singleElement().satisfies(rej -> {
            assertThat(rej.row()).isEqualTo(6);
            assertThat(rej.problems()).extracting(ImportProblem::location, ImportProblem::code)
                    .containsExactly(tuple("Năm sinh", "sheet.formula"));
            assertThat(rej.problems().get(0).messageEn()).startsWith("The cell holds a formula (=YEAR(TODAY())-52) without a stored value");
        });

        // the rejected-rows workbook holds text only (no formula), with the "Lỗi" column
        Path out = dir.resolve("de-nghi.loi.xlsx");
        r.writeRejected(out, Messages.EN);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Lỗi");
            assertThat(s.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Mai Xuân Trường");
            assertThat(s.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(s.getRow(1).getCell(2).getStringCellValue()).isEqualTo("=YEAR(TODAY())-52");
            assertThat(s.getRow(1).getCell(6).getStringCellValue()).startsWith("Năm sinh: The cell holds a formula");
        }
        // fixing the year in the rejected-rows workbook and importing it again brings the row in
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            wb.getSheetAt(0).getRow(1).getCell(2).setCellValue("1970");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            wb.write(bytes);
            SheetImport again = READER.read(bytes.toByteArray(), "de-nghi.loi.xlsx");
            assertThat(again.rejected()).isEmpty();
            assertThat(again.nominees()).extracting(Nominee::name).containsExactly("Mai Xuân Trường");
        }
    }

    @Test
    void anXlsFileIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> READER.read(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, "cu.xls"))
                .isInstanceOfSatisfying(InterchangeException.class, e -> assertThat(e.messageEn()).contains("save it as .xlsx"));
    }

    @Test
    void theRatingTableIsExplicit() {
        assertThat(RatingWordings.map("Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực")).contains(Rating.HTNV);
        assertThat(RatingWordings.map("HOÀN THÀNH XUẤT SẮC NHIỆM VỤ")).contains(Rating.HTXSNV);
        assertThat(RatingWordings.map("Đảng viên vi phạm tư cách hoặc không hoàn thành nhiệm vụ")).contains(Rating.KHTNV);
        assertThat(RatingWordings.lookup("Trong sạch, vững mạnh tiêu biểu")).isInstanceOf(RatingWordings.OrganisationOnly.class);
        assertThat(RatingWordings.lookup("Yếu kém")).isInstanceOf(RatingWordings.OrganisationOnly.class);
        assertThat(RatingWordings.lookup("Tốt")).isInstanceOf(RatingWordings.Unknown.class);
        assertThat(RatingWordings.lookup("Khá")).isInstanceOf(RatingWordings.Unknown.class);
    }

    private static XSSFRow row(XSSFSheet s, int index, String... values) {
        XSSFRow r = s.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                r.createCell(i, CellType.STRING).setCellValue(values[i]);
            }
        }
        return r;
    }

}
