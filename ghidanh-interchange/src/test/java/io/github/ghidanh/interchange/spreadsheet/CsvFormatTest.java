package io.github.ghidanh.interchange.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.interchange.ImportProblem;
import io.github.ghidanh.interchange.InterchangeException;
import io.github.ghidanh.interchange.internal.Messages;
import io.github.ghidanh.testing.SampleCampaigns;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV as spreadsheets write it, read and written through Commons CSV: what the rows are and where they start. */
class CsvFormatTest {
    private static final NomineeSheetReader READER = NomineeSheetReader.of("cb-tdp1", SampleCampaigns.duyenHai2022().tree());

    private static RawSheet read(String csv) {
        return CsvFormat.read(csv.getBytes(StandardCharsets.UTF_8), "x.csv");
    }

    private static List<List<String>> texts(RawSheet sheet) {
        return sheet.rows().stream().map(r -> r.cells().stream().map(RawSheet.RawCell::text).toList()).toList();
    }

    @Test
    void quotedValuesKeepDelimitersQuotesAndLineBreaksAndRowsAreNumberedByTheLineTheyStartOn() {
        RawSheet sheet = read("Họ và tên;Thành tích\r\n\"Nguyễn Văn An\";\"Hiến đất; làm đường\r\ndài 2 km\"\r\n\r\nLê \"Bình\";\"Nói \"\"không\"\"\"\r\n");

        assertThat(sheet.delimiter()).isEqualTo(';');
        assertThat(texts(sheet)).containsExactly(List.of("Họ và tên", "Thành tích"),
                List.of("Nguyễn Văn An", "Hiến đất; làm đường\r\ndài 2 km"), List.of(""), List.of("Lê \"Bình\"", "Nói \"không\""));
        assertThat(sheet.rows()).extracting(RawSheet.RawRow::number).containsExactly(1, 2, 4, 5);
    }

    @Test
    void theDelimiterIsTheMostFrequentOfCommaSemicolonAndTabInTheFirstLineAndABomIsDropped() {
        RawSheet tab = CsvFormat.read("\uFEFFHọ và tên\tNăm sinh\tGhi chú, nếu có\rHà Văn Thắng\t1956\t\r".getBytes(StandardCharsets.UTF_8), "x.tsv");
        assertThat(tab.delimiter()).isEqualTo('\t');
        assertThat(tab.bom()).isTrue();
        assertThat(texts(tab)).containsExactly(List.of("Họ và tên", "Năm sinh", "Ghi chú, nếu có"), List.of("Hà Văn Thắng", "1956", ""));
        assertThat(tab.rows()).extracting(RawSheet.RawRow::number).containsExactly(1, 2); // CR alone ends a line too
        assertThat(read("\"a,b\";c;d\n").delimiter()).isEqualTo(';'); // a delimiter inside quotes does not count
    }

    @Test
    void textAfterAClosingQuoteIsKeptAsWrittenLikeSpreadsheetsDo() {
        assertThat(texts(read("\"Nguyễn\" Văn An,1970\n"))).containsExactly(List.of("Nguyễn Văn An", "1970"));
    }

    @Test
    void anOpeningQuoteNeverClosedRejectsTheRowItStartsInAndKeepsTheRowsAbove() {
        String csv = "Họ và tên;Năm sinh\nHà Văn Thắng;1956\n\"Nguyễn Văn An;1970\nLê Thị Bình;1980\n";

        var r = READER.read(csv.getBytes(StandardCharsets.UTF_8), "mo-ngoac.csv");

        assertThat(r.nominees()).extracting(Nominee::name).containsExactly("Hà Văn Thắng");
        assertThat(r.problems()).extracting(ImportProblem::row, ImportProblem::location, ImportProblem::code)
                .containsExactly(tuple(3, "Họ và tên", "sheet.csvQuote"));
        assertThat(r.problems().get(0).format(Messages.EN)).isEqualTo("mo-ngoac.csv, row 3, column \"Họ và tên\": An opening quote "
                + "is never closed; the rest of the file was read as one value.");
        assertThat(r.problems().get(0).format(Messages.VI)).isEqualTo("mo-ngoac.csv, dòng 3, cột \"Họ và tên\": Có dấu ngoặc kép mở "
                + "mà không đóng; phần còn lại của tệp bị đọc thành một giá trị.");
    }

    @Test
    void aValueASpreadsheetWouldTakeForAFormulaIsWrittenGuardedAndReadBackAsItWas() {
        List<String> values = List.of("=1+1", "+84 912", "-5", "@SUM(A1)", "\t=1", "'=already guarded", "'plain", "Ngô, Thị \"Lệ\"", "");
        String written = CsvFormat.write(List.of(values), ',');

        assertThat(written).isEqualTo("\"'=1+1\",\"'+84 912\",\"'-5\",\"'@SUM(A1)\",\"'\t=1\",\"''=already guarded\",'plain,"
                + "\"Ngô, Thị \"\"Lệ\"\"\",\r\n");
        assertThat(texts(read(written))).containsExactly(values);
    }

    @Test
    void theApostropheASpreadsheetUserTypesBeforeAFormulaIsDroppedQuotedOrNot() {
        assertThat(texts(read("'=1+1,\"'@x\",'abc\n"))).containsExactly(List.of("=1+1", "@x", "'abc"));
    }

    @Test
    void aFileInTheWindowsCodePageIsRefusedNotGuessed() {
        byte[] cp1258 = "Họ và tên\nHà Văn Thắng\n".getBytes(java.nio.charset.Charset.forName("windows-1258"));
        assertThatThrownBy(() -> CsvFormat.read(cp1258, "ansi.csv")).isInstanceOfSatisfying(InterchangeException.class,
                e -> assertThat(e.messageEn()).startsWith("ansi.csv is not UTF-8 text (Excel's plain \"CSV\" saves in the Windows code page)."));
    }

    @Test
    void anUnreadableWorkbookIsExplainedWithoutPoisWords(@TempDir Path dir) throws Exception {
        for (byte[] bytes : List.of(new byte[0], "PK\u0003\u0004 cut short".getBytes(StandardCharsets.ISO_8859_1), new byte[] {1, 2, 3})) {
            assertThatThrownBy(() -> READER.read(bytes, "hong.xlsx")).isInstanceOfSatisfying(InterchangeException.class, e -> {
                assertThat(e.code()).isEqualTo("sheet.notXlsx");
                assertThat(e.messageEn()).startsWith("hong.xlsx is not a readable XLSX workbook: the file is ")
                        .doesNotContain("Exception", "org.apache", "zip", "Zip");
                assertThat(e.messageVi()).startsWith("Tệp hong.xlsx không phải bảng tính XLSX đọc được: tệp ");
            });
        }
        assertThatThrownBy(() -> READER.read(new byte[0], "rong.xlsx")).hasMessageContaining("the file is empty");
        Path folder = Files.createDirectory(dir.resolve("thu-muc.csv"));
        assertThatThrownBy(() -> READER.read(folder)).isInstanceOfSatisfying(InterchangeException.class,
                e -> assertThat(e.code()).isEqualTo("io.unreadable"));
    }
}
