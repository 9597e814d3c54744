package io.github.ghidanh.interchange.spreadsheet;

import io.github.ghidanh.interchange.InterchangeException;
import io.github.ghidanh.interchange.internal.Messages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * XLSX through Apache POI: the first sheet, every cell read as the text the user sees. Formulas are
 * never evaluated: a formula cell gives its cached value, or is reported when it has none (or when
 * the cached value is an error). Date cells become dd/mm/yyyy; whole numbers lose their ".0".
 */
final class XlsxFormat {
    private XlsxFormat() {
    }

    static RawSheet read(byte[] bytes, String file) {
        XSSFWorkbook wb;
        try {
            wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (org.apache.poi.poifs.filesystem.OfficeXmlFileException | org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException e) {
            throw new InterchangeException(Messages.of("sheet.encrypted", file), e);
        } catch (IOException | RuntimeException e) {
            throw unreadable(file, e);
        }
        try (wb) {
            if (wb.getNumberOfSheets() == 0) {
                return new RawSheet(List.of(), null, false);
            }
            Sheet sheet = wb.getSheetAt(0);
            List<RawSheet.RawRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<RawSheet.RawCell> cells = new ArrayList<>();
                int last = row.getLastCellNum();
                for (int c = 0; c < last; c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? RawSheet.RawCell.EMPTY : cell(cell));
                }
                rows.add(new RawSheet.RawRow(row.getRowNum() + 1, List.copyOf(cells)));
            }
            return new RawSheet(rows, null, false);
        } catch (IOException | RuntimeException e) {
            throw unreadable(file, e);
        }
    }

    /** POI's own words name its classes and zip internals: the user is told what to do instead. */
    private static InterchangeException unreadable(String file, Exception e) {
        String reason = e instanceof org.apache.poi.EmptyFileException ? "sheet.xlsxEmpty" : "sheet.xlsxDamaged";
        return new InterchangeException(Messages.of("sheet.notXlsx", file, Messages.of(reason)), e);
    }

    private static RawSheet.RawCell cell(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            String formula = cell.getCellFormula();
            if (cell instanceof XSSFCell x && !x.getCTCell().isSetV()) {
                return new RawSheet.RawCell("=" + formula, Messages.of("sheet.formula", "=" + formula));
            }
            type = cell.getCachedFormulaResultType();
            if (type == CellType.ERROR) {
                return new RawSheet.RawCell("=" + formula, Messages.of("sheet.formulaError", "=" + formula));
            }
        }
        return switch (type) {
            case STRING -> RawSheet.RawCell.of(cell.getRichStringCellValue().getString());
            case NUMERIC -> RawSheet.RawCell.of(number(cell));
            case BOOLEAN -> RawSheet.RawCell.of(cell.getBooleanCellValue() ? "Có" : "Không");
            case ERROR -> new RawSheet.RawCell(FormulaError.forInt(cell.getErrorCellValue()).getString(),
                    Messages.of("sheet.formulaError", FormulaError.forInt(cell.getErrorCellValue()).getString()));
            default -> RawSheet.RawCell.EMPTY;
        };
    }

    private static String number(Cell cell) {
        if (DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime d = cell.getLocalDateTimeCellValue();
            return String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
        }
        double v = cell.getNumericCellValue();
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** An XLSX with one sheet: the given rows, every cell a text cell (never a formula), the first row bold. */
    static byte[] write(List<List<String>> rows, String sheetName) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet(sheetName);
            XSSFCellStyle bold = wb.createCellStyle();
            XSSFFont font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            XSSFCellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                List<String> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    XSSFCell cell = row.createCell(c, CellType.STRING);
                    cell.setCellValue(values.get(c) == null ? "" : values.get(c));
                    cell.setCellStyle(r == 0 ? bold : text);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
