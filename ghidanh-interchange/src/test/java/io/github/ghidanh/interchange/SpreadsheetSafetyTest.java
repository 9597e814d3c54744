package io.github.ghidanh.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.GhidanhException;
import io.github.ghidanh.testing.SampleCampaigns;
import io.github.ghidanh.interchange.spreadsheet.NomineeSheetReader;
import io.github.ghidanh.interchange.spreadsheet.SheetImport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spreadsheet safety and XML safety: formula-looking text is written as text (XLSX text cells; CSV
 * cells quoted with a leading apostrophe, OWASP advice) by the rejected-rows writer; an XLSX whose XML
 * carries an external entity (XXE) or an entity bomb is read without ever reading the referenced
 * file. (The report's XLSX is checked the same way in ghidanh-cli's tests.)
 */
public class SpreadsheetSafetyTest {
    static final NomineeSheetReader READER = NomineeSheetReader.of("cb-tdp1", SampleCampaigns.duyenHai2022().tree());
    static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://x.invalid\",\"bấm\")", "+84 912", "-1+2", "@SUM(A1)",
            "\t=1+2", "\r=1+2", "@@x");
    static final String HEADER = "STT;HỌ VÀ TÊN;Năm sinh;Giới tính;Chức vụ;Đơn vị;Đối tượng;Xếp loại;Thành tích;Loại thành tích\r\n";

    /** One rejected row per formula (the year of birth is not a year), the formula in the name and the unit. */
    static String csvWithFormulas() {
        StringBuilder b = new StringBuilder(HEADER);
        int no = 1;
        for (String f : FORMULAS) {
            String q = "\"" + f.replace("\"", "\"\"") + "\"";
            b.append(no++).append(';').append(q).append(";năm xưa;Nam;;").append(q).append(";Đảng viên;HTXSNV;Hiến đất;Hiến đất\r\n");
        }
        return b.toString();
    }

    static List<String> csvFields(String csv) {
        List<String> fields = new ArrayList<>();
        StringBuilder v = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (q) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    v.append('"');
                    i++;
                } else if (c == '"') {
                    q = false;
                } else {
                    v.append(c);
                }
            } else if (c == '"') {
                q = true;
            } else if (c == ',' || c == '\n') {
                fields.add(v.toString());
                v.setLength(0);
            } else if (c != '\r' && c != '\uFEFF') {
                v.append(c);
            }
        }
        return fields;
    }

    @Test
    void theRejectedRowsCsvGuardsFormulasAndImportsBackToTheSameValues(@TempDir Path dir) throws IOException {
        SheetImport first = READER.read(csvWithFormulas().getBytes(StandardCharsets.UTF_8), "de-nghi.csv");
        assertThat(first.accepted()).isEmpty();
        assertThat(first.rejected()).hasSize(FORMULAS.size());
        Path out = dir.resolve("loi.csv");
        first.writeRejected(out, Locale.forLanguageTag("vi"));

        String written = Files.readString(out, StandardCharsets.UTF_8);
        for (String field : csvFields(written)) {
            assertThat(field).as("a CSV field a spreadsheet would evaluate").doesNotStartWith("=").doesNotStartWith("+")
                    .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
        }
        assertThat(written).contains("\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"bấm\"\")\"", "\"'@SUM(A1)\"", "\"'-1+2\"");

        // imported again, the guarded file gives back exactly the cells the first import read
        SheetImport again = READER.read(Files.readAllBytes(out), "loi.csv");
        assertThat(again.rejected()).hasSize(FORMULAS.size());
        for (int i = 0; i < FORMULAS.size(); i++) {
            assertThat(again.rejected().get(i).cells().subList(0, 10)).isEqualTo(first.rejected().get(i).cells());
        }
        assertThat(again.rejected().get(0).cells().get(1)).isEqualTo(FORMULAS.get(0));
    }

    @Test
    void theRejectedRowsXlsxHoldsOnlyTextCells(@TempDir Path dir) throws IOException {
        // the same rejected rows, arriving as an XLSX: written back as an XLSX through the same writer
        SheetImport viaXlsx = READER.read(ImportFuzzTest.xlsx(ImportFuzzTest.rows(csvWithFormulas()), null), "de-nghi.xlsx");
        assertThat(viaXlsx.rejected()).hasSize(FORMULAS.size());
        Path out = dir.resolve("loi.xlsx");
        viaXlsx.writeRejected(out, Locale.forLanguageTag("vi"));
        byte[] bytes = Files.readAllBytes(out);
        assertNoFormula(bytes);
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Row row : wb.getSheetAt(0)) {
                for (Cell c : row) {
                    assertThat(c.getCellType()).isEqualTo(CellType.STRING);
                    texts.add(c.getStringCellValue());
                }
            }
        }
        assertThat(texts).contains("=HYPERLINK(http://x.invalid,bấm)", "@SUM(A1)", "-1+2", "+84 912", "@@x"); // (rows() drops quotes)
    }

    /** Fails if any sheet of {@code xlsx} holds a formula, in its XML or as POI reads it. */
    public static void assertNoFormula(byte[] xlsx) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().startsWith("xl/worksheets/")) {
                    assertThat(xml).as(e.getName()).doesNotContain("<f>").doesNotContain("<f ");
                }
            }
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                for (Row row : wb.getSheetAt(s)) {
                    for (Cell c : row) {
                        assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ XXE

    static byte[] replacePart(byte[] xlsx, String part, java.util.function.UnaryOperator<String> edit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                z.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(part)) {
                    found = true;
                    data = edit.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                z.write(data);
                z.closeEntry();
            }
        }
        assertThat(found).as(part).isTrue();
        return out.toByteArray();
    }

    static String withDoctype(String xml, String root, String doctype) {
        int decl = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        return xml.substring(0, decl) + "<!DOCTYPE " + root + " [" + doctype + "]>" + xml.substring(decl);
    }

    /** Everything an import shows: accepted values, rejected cells, problems; or the error's message. */
    static String everything(byte[] xlsx) {
        try {
            SheetImport r = READER.read(xlsx, "de-nghi.xlsx");
            StringBuilder b = new StringBuilder();
            r.nominees().forEach(n -> b.append(n).append('\n'));
            r.rejected().forEach(x -> b.append(x.cells()).append(x.problems()).append('\n'));
            r.problems().forEach(p -> b.append(p.format(Locale.ENGLISH)).append('\n'));
            return b.toString();
        } catch (GhidanhException e) {
            return e.getMessage() + " " + (e.getCause() == null ? "" : e.getCause().getMessage());
        }
    }

    @Test
    void anExternalEntityInAnXlsxIsNeverResolved(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "BI-MAT-XXE-42");
        String uri = secret.toUri().toString();
        byte[] good = ImportFuzzTest.xlsx(ImportFuzzTest.rows(HEADER + "1;Nguyễn Văn An;1970;Nam;;Tổ 1;Đảng viên;HTXSNV;Hiến đất;Hiến đất\r\n"), null);
        assertThat(everything(good)).contains("Nguyễn Văn An");

        byte[] inStrings = replacePart(good, "xl/sharedStrings.xml", x -> withDoctype(x, "sst",
                "<!ENTITY xxe SYSTEM \"" + uri + "\">").replace("Nguyễn Văn An", "&xxe;"));
        byte[] inSheet = replacePart(good, "xl/worksheets/sheet1.xml", x -> withDoctype(x, "worksheet",
                "<!ENTITY xxe SYSTEM \"" + uri + "\">").replace("<sheetData>", "<sheetData><!-- &xxe; -->"));
        byte[] parameter = replacePart(good, "xl/workbook.xml", x -> withDoctype(x, "workbook",
                "<!ENTITY % p SYSTEM \"" + uri + "\"> %p;"));
        byte[] contentTypes = replacePart(good, "[Content_Types].xml", x -> withDoctype(x, "Types",
                "<!ENTITY xxe SYSTEM \"" + uri + "\">"));
        byte[] laughs = replacePart(good, "xl/sharedStrings.xml", x -> withDoctype(x, "sst",
                "<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                        + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
                        + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">")
                .replace("Nguyễn Văn An", "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;"));
        int tried = 0;
        for (byte[] attack : List.of(inStrings, inSheet, parameter, contentTypes, laughs)) {
            String shown = everything(attack);
            assertThat(shown).doesNotContain("BI-MAT-XXE-42").doesNotContain("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
            tried++;
        }
        System.out.println("xxe: " + tried + " XLSX files with a DOCTYPE (external, parameter and nested entities) read, "
                + "the local file never read");
    }
}
