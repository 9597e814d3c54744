package io.github.ghidanh.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.ghidanh.testing.SampleCampaigns;
import io.github.ghidanh.interchange.spreadsheet.NomineeSheetReader;
import io.github.ghidanh.interchange.spreadsheet.SheetImport;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.Function;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Mutated and truncated inputs (fixed seeds): every reader either returns a result or throws
 * {@link InterchangeException} — never another exception.
 */
class HostileInputTest {
    static final long SEED = 20221006L;
    static final int CASES = 600;
    private static final NomineeSheetReader SHEETS = NomineeSheetReader.of("cb-tdp1", SampleCampaigns.duyenHai2022().tree());

    @Test
    void mutatedJsonNeverEscapes() {
        byte[] good = FuzzInputs.SAMPLE_JSON.getBytes(StandardCharsets.UTF_8);
        int[] outcomes = run(good, bytes -> JsonInterchange.read(bytes, "x.json").problems().size());
        // the generator really produced readable files with problems, clean files and unreadable files
        assertThat(outcomes[0]).as("clean").isPositive();
        assertThat(outcomes[1]).as("with problems").isPositive();
        assertThat(outcomes[2]).as("unreadable").isPositive();
    }

    @Test
    void mutatedCsvNeverEscapes() {
        byte[] good = ("\uFEFFSTT;Họ và tên;Năm sinh;Giới tính;Đối tượng;Xếp loại;Thành tích;Loại thành tích\r\n"
                + "1;Nguyễn Thị Hồng Nhung;1978;Nữ;Đảng viên;HTXSNV;\"Vận động; 100%\";Tận tụy\r\n"
                + "2;Hà Văn Thắng;1956;Nam;Đảng viên;Đủ tư cách, hoàn thành xuất sắc nhiệm vụ;Hiến đất;Hiến đất\r\n"
                + "II;TẬP THỂ;;;;;;\r\n3;Chi hội Phụ nữ;;;;;Giúp 7 hội viên;Từ thiện\r\n").getBytes(StandardCharsets.UTF_8);
        int[] outcomes = run(good, bytes -> {
            SheetImport r = SHEETS.read(bytes, "x.csv");
            assertThat(r.accepted().size() + r.rejected().size()).isEqualTo(r.rows());
            return r.rejected().size();
        });
        assertThat(outcomes[0]).isPositive();
        assertThat(outcomes[1]).isPositive();
        assertThat(outcomes[2]).isPositive();
    }

    @Test
    void mutatedXlsxNeverEscapes() throws Exception {
        byte[] good;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var s = wb.createSheet();
            String[][] rows = {{"Họ và tên", "Năm sinh", "Xếp loại"}, {"Nguyễn Văn An", "1970", "HTXSNV"}, {"Lê Thị Bình", "19x0", "Tốt"}};
            for (int r = 0; r < rows.length; r++) {
                var row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            good = out.toByteArray();
        }
        int[] outcomes = run(good, bytes -> SHEETS.read(bytes, "x.xlsx").rejected().size());
        assertThat(outcomes[2]).as("unreadable").isPositive();
    }

    /** Counts of: read clean, read with problems, unreadable. */
    private static int[] run(byte[] good, Function<byte[], Integer> read) {
        Random random = new Random(SEED);
        int[] outcomes = new int[3];
        for (int i = 0; i < CASES; i++) {
            byte[] b = FuzzInputs.mutate(good, random, i);
            try {
                int problems = read.apply(b);
                outcomes[problems == 0 ? 0 : 1]++;
            } catch (InterchangeException e) {
                assertThat(e.messageVi()).isNotBlank();
                assertThat(e.messageEn()).isNotBlank();
                outcomes[2]++;
            } catch (RuntimeException | AssertionError e) {
                fail("case " + i + " (seed " + SEED + ") escaped with " + e, e);
            }
        }
        return outcomes;
    }
}
