package io.github.ghidanh.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.view.CellReportView;
import io.github.ghidanh.core.view.DocumentView;
import io.github.ghidanh.core.view.HonourRollView;
import io.github.ghidanh.core.view.ProposalListView;
import io.github.ghidanh.core.view.WardSummaryView;
import io.github.ghidanh.core.workflow.HonourRollEntry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The XLSX of every tabular document opened with POI: one sheet per table, the header row once,
 * one row per entry, no merged cell in the data, the filter over the table, the pane frozen below
 * the header, typed cells, the print setup, and formula-looking names as text.
 */
class XlsxLayoutTest {
    static final Reports REPORTS = Reports.create();

    /**
     * The rows of the header block above the honour roll's table (party format): national heading,
     * superior body, issuer, title, subtitle, the roll's owner, place and date, an empty row.
     */
    static final int BLOCK = 8;

    static XSSFWorkbook open(DocumentView view, RenderOptions options) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(REPORTS.render(view, options)));
    }

    static XSSFWorkbook open(DocumentView view) throws IOException {
        return open(view, RenderOptions.of(Format.XLSX));
    }

    /** The index of the only row whose first cells are {@code headers}, checking that no other row repeats them. */
    static int headerRow(XSSFSheet sheet, String... headers) {
        List<Integer> found = new ArrayList<>();
        for (Row r : sheet) {
            boolean all = true;
            for (int i = 0; i < headers.length && all; i++) {
                Cell c = r.getCell(i);
                all = c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(headers[i]);
            }
            if (all) {
                found.add(r.getRowNum());
            }
        }
        assertThat(found).as("the header row of " + sheet.getSheetName() + " occurs once").hasSize(1);
        return found.get(0);
    }

    /** Filter, frozen pane, print titles, print setup and merged cells of a table whose header is row {@code h}. */
    static void assertTableFeatures(XSSFSheet s, int h, int dataRows, String lastColumn) {
        assertThat(s.getCTWorksheet().getAutoFilter().getRef()).as("the filter covers header and rows")
                .isEqualTo("A" + (h + 1) + ":" + lastColumn + (h + 1 + dataRows));
        assertThat(s.getPaneInformation().isFreezePane()).isTrue();
        assertThat((int) s.getPaneInformation().getHorizontalSplitPosition()).as("frozen below the header").isEqualTo(h + 1);
        assertThat((int) s.getPaneInformation().getVerticalSplitPosition()).isZero();
        assertThat(s.getRepeatingRows()).as("print titles").isEqualTo(new CellRangeAddress(h, h, -1, -1));
        PrintSetup ps = s.getPrintSetup();
        assertThat(s.getFitToPage()).isTrue();
        assertThat(ps.getFitWidth()).as("one page wide").isEqualTo((short) 1);
        assertThat(ps.getFitHeight()).as("as many pages down as needed").isEqualTo((short) 0);
        assertThat(ps.getLandscape()).isTrue();
        assertThat(ps.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        for (CellRangeAddress m : s.getMergedRegions()) {
            assertThat(m.getLastRow()).as("merged " + m.formatAsString() + " stays above the table").isLessThan(h);
        }
    }

    static void assertDate(Cell c, LocalDate expected) {
        assertThat(c.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(c)).isTrue();
        assertThat(c.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
        assertThat(c.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(expected);
    }

    @Test
    void honourRollIsOneTableOfOneRowPerEntry() throws IOException {
        HonourRollView roll = Demo.honourRoll();
        try (XSSFWorkbook wb = open(roll)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("Sổ ghi danh");
            // the default columns, with position/unit and category/field each in two columns
            int h = headerRow(s, "Số ghi danh", "Ngày ghi danh", "Loại", "Tên mô hình, tập thể, cá nhân", "Chức vụ", "Đơn vị",
                    "Đối tượng", "Lĩnh vực", "Tóm tắt thành tích", "Cấp ghi danh", "Quyết định, nghị quyết công nhận", "Ghi chú");
            assertThat(h).isEqualTo(BLOCK);
            int n = roll.entries().size();
            assertThat(n).isGreaterThan(3);
            // the header block's 7 lines (the empty row below them holds no cell), the header row, one row per entry
            assertThat(s.getPhysicalNumberOfRows()).as("header block + header row + entries").isEqualTo(BLOCK - 1 + 1 + n);
            assertThat(s.getLastRowNum()).isEqualTo(h + n);
            assertTableFeatures(s, h, n, "L");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM");
            assertThat(s.getRow(3).getCell(0).getStringCellValue()).isEqualTo("SỔ GHI DANH");
            for (int i = 0; i < n; i++) {
                HonourRollEntry e = roll.entries().get(i);
                Row r = s.getRow(h + 1 + i);
                assertThat(r.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(r.getCell(0).getNumericCellValue()).isEqualTo(e.number());
                assertDate(r.getCell(1), e.date());
                assertThat(r.getCell(3).getStringCellValue()).isEqualTo(e.nominee().name());
                assertThat(r.getCell(5).getStringCellValue()).isEqualTo(e.nominee().unit() == null ? "" : e.nominee().unit());
                assertThat(r.getCell(8).getCellStyle().getWrapText()).as("multi-line cells wrap").isTrue();
            }
            assertThat(wb.getFontAt(0).getFontName()).isEqualTo("Times New Roman");
            assertThat(wb.getFontAt(r(s, h).getCell(0).getCellStyle().getFontIndex()).getFontName()).isEqualTo("Times New Roman");
            assertThat(wb.getProperties().getCoreProperties().getCreated())
                    .isEqualTo(java.util.Date.from(roll.context().date().atStartOfDay(ZoneId.of("UTC")).toInstant()));
        }
    }

    private static Row r(XSSFSheet s, int i) {
        return s.getRow(i);
    }

    @Test
    void aLongRollHasItsHeaderOnceAndNoMergedCellsInItsRows() throws IOException {
        // 1,200 entries fill about 130 printed pages; the sheet still has one header row
        HonourRollView roll = Views.roll(Views.party(), 1_200);
        try (XSSFWorkbook wb = open(roll)) {
            XSSFSheet s = wb.getSheetAt(0);
            int h = headerRow(s, "Số ghi danh", "Ngày ghi danh");
            assertThat(s.getLastRowNum() - h).isEqualTo(1_200);
            assertTableFeatures(s, h, 1_200, "L");
            assertThat(s.getRow(h + 1_200).getCell(3).getStringCellValue()).isEqualTo("Người thứ 1200");
        }
    }

    @Test
    void cellReportHasOneSheetPerTable() throws IOException {
        CellReportView v = Demo.cellReport();
        try (XSSFWorkbook wb = open(v)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            XSSFSheet recorded = wb.getSheetAt(0);
            XSSFSheet proposals = wb.getSheetAt(1);
            assertThat(recorded.getSheetName()).isEqualTo("Ghi danh tại chi bộ");
            assertThat(proposals.getSheetName()).isEqualTo("Đề nghị cấp trên");
            int h1 = headerRow(recorded, "Số ghi danh", "Ngày ghi danh", "Loại");
            assertThat(recorded.getLastRowNum() - h1).isEqualTo(v.recorded().size());
            assertTableFeatures(recorded, h1, v.recorded().size(), "L");
            int h2 = headerRow(proposals, "STT", "Loại", "Họ và tên / tên tập thể, mô hình", "Năm sinh", "Giới tính", "Chức vụ", "Đơn vị",
                    "Đối tượng", "Lĩnh vực", "Tóm tắt thành tích, điểm mới", "Xếp loại", "Cấp đề nghị", "Ghi chú");
            assertThat(proposals.getLastRowNum() - h2).isEqualTo(v.proposals().size());
            assertTableFeatures(proposals, h2, v.proposals().size(), "M");
        }
    }

    @Test
    void proposalListTypesNumbersAndKeepsCitizenIdsAsText() throws IOException {
        ProposalListView v = Demo.proposalList();
        List<ProposalListView.Row> rows = new ArrayList<>();
        v.groups().forEach(g -> rows.addAll(g.rows()));
        RenderOptions full = RenderOptions.builder(Format.XLSX).columns(Table.PROPOSALS, Table.PROPOSALS.availableColumns())
                .showCitizenIds(true).build();
        try (XSSFWorkbook wb = open(v, full)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("Danh sách đề nghị");
            int h = headerRow(s, "STT", "Loại", "Họ và tên / tên tập thể, mô hình", "Năm sinh", "Giới tính", "Số định danh cá nhân");
            assertThat(s.getLastRowNum() - h).isEqualTo(rows.size());
            assertTableFeatures(s, h, rows.size(), "O");
            int ids = 0;
            for (int i = 0; i < rows.size(); i++) {
                Row r = s.getRow(h + 1 + i);
                ProposalListView.Row p = rows.get(i);
                assertThat(r.getCell(0).getNumericCellValue()).isEqualTo(p.no());
                if (p.nominee() instanceof IndividualNominee in) {
                    assertThat(r.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(r.getCell(3).getNumericCellValue()).isEqualTo(in.yearOfBirth().doubleValue());
                    if (in.citizenId() != null) {
                        assertThat(r.getCell(5).getCellType()).isEqualTo(CellType.STRING);
                        assertThat(r.getCell(5).getStringCellValue()).isEqualTo(in.citizenId());
                        ids++;
                    }
                }
                Integer score = p.nominee().assessment() == null ? null : p.nominee().assessment().score();
                if (score != null) {
                    assertThat(r.getCell(12).getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(r.getCell(12).getNumericCellValue()).isEqualTo(score.doubleValue());
                }
            }
            assertThat(ids).as("the demo has citizen ids").isPositive();
        }
    }

    @Test
    void wardSummaryHasCellsWithNumericCountsAndTotalsBelowTheFilterThenHonourees() throws IOException {
        WardSummaryView v = Demo.wardSummary();
        try (XSSFWorkbook wb = open(v)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            XSSFSheet cells = wb.getSheetAt(0);
            assertThat(cells.getSheetName()).isEqualTo("Kết quả các chi bộ");
            int h = headerRow(cells, "STT", "Chi bộ", "Mô hình", "Tập thể", "Cá nhân");
            int n = v.rows().size();
            assertThat(cells.getLastRowNum()).as("cells, then the totals").isEqualTo(h + n + 1);
            // 16 default columns: A..P
            assertTableFeatures(cells, h, n, "P");
            for (int i = 0; i < n; i++) {
                Row r = cells.getRow(h + 1 + i);
                assertThat(r.getCell(0).getNumericCellValue()).isEqualTo(i + 1);
                assertThat(r.getCell(1).getStringCellValue()).isEqualTo(v.rows().get(i).cellName());
                assertThat(r.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(r.getCell(2).getNumericCellValue()).isEqualTo(v.rows().get(i).counts().models());
                assertThat(r.getCell(4).getNumericCellValue()).isEqualTo(v.rows().get(i).counts().individuals());
            }
            Row total = cells.getRow(h + n + 1);
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(total.getCell(0).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(total.getCell(4).getCellType()).as("totals are numbers, not formulas").isEqualTo(CellType.NUMERIC);
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(v.totals().individuals());
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(v.totals().models());
            XSSFSheet honourees = wb.getSheetAt(1);
            assertThat(honourees.getSheetName()).isEqualTo("Danh sách ghi danh");
            int h2 = headerRow(honourees, "Số ghi danh", "Ngày ghi danh");
            assertThat(honourees.getLastRowNum() - h2).isEqualTo(v.honourees().size());
            assertTableFeatures(honourees, h2, v.honourees().size(), "L");
            assertDate(honourees.getRow(h2 + 1).getCell(1), v.honourees().get(0).date());
        }
        // the submission date is a date cell (a column the host may add)
        RenderOptions all = RenderOptions.builder(Format.XLSX).columns(Table.CELLS, Table.CELLS.availableColumns()).build();
        try (XSSFWorkbook wb = open(v, all)) {
            XSSFSheet cells = wb.getSheetAt(0);
            int h = headerRow(cells, "STT", "Chi bộ", "Đã đánh giá");
            int col = Table.CELLS.availableColumns().indexOf("submittedOn");
            for (int i = 0; i < v.rows().size(); i++) {
                LocalDate d = v.rows().get(i).submittedOn();
                if (d != null) {
                    assertDate(cells.getRow(h + 1 + i).getCell(col), d);
                }
            }
        }
    }

    @Test
    void formulaLookingNamesAreTextCells() throws IOException {
        List<String> names = List.of("=HYPERLINK(\"http://x.invalid\",\"bấm\")", "+84 912", "-1+2", "@SUM(A1)", "=1+2");
        List<HonourRollEntry> entries = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            entries.add(Views.entry(i + 1, Views.person("p" + i, names.get(i), "Thành tích")));
        }
        HonourRollView roll = new HonourRollView(Views.party(), "Đảng ủy phường Duyên Hải", List.of(Views.CAMPAIGN), entries);
        try (XSSFWorkbook wb = open(roll)) {
            XSSFSheet s = wb.getSheetAt(0);
            int h = headerRow(s, "Số ghi danh");
            for (int i = 0; i < names.size(); i++) {
                Cell c = s.getRow(h + 1 + i).getCell(3);
                assertThat(c.getCellType()).isEqualTo(CellType.STRING);
                assertThat(c.getStringCellValue()).isEqualTo(names.get(i));
            }
            for (Row r : s) {
                for (Cell c : r) {
                    assertThat(c.getCellType()).as(c.getAddress().formatAsString()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        HonourRollView roll = Views.roll(Views.party(), 50);
        byte[] a = REPORTS.render(roll, RenderOptions.of(Format.XLSX));
        byte[] b = REPORTS.render(roll, RenderOptions.of(Format.XLSX));
        assertThat(a).isEqualTo(b);
        // above the threshold the file is assembled on disk: the same bytes again
        byte[] c = Reports.builder().virtualizerThreshold(10).build().render(roll, RenderOptions.of(Format.XLSX));
        assertThat(c).isEqualTo(a);
    }
}
