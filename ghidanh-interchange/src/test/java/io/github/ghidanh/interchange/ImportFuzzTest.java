package io.github.ghidanh.interchange;

import io.github.ghidanh.testing.HostileStrings;
import io.github.ghidanh.testing.LibraryWords;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.GhidanhException;
import io.github.ghidanh.testing.SampleCampaigns;
import io.github.ghidanh.interchange.spreadsheet.NomineeSheetReader;
import io.github.ghidanh.interchange.spreadsheet.SheetImport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.random.RandomGenerator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The import half of the fuzz suite: malformed JSON interchange files and CSV/XLSX sheets
 * (truncated, bytes flipped, wrong encoding, hostile text, duplicate ids, cycles, formula cells,
 * huge rows, broken zips). Each case ends in a result whose every problem names the file, the
 * record and the field, or in a clear error (a {@link GhidanhException}) — never another
 * exception, never a hang.
 */
class ImportFuzzTest {
    static final NomineeSheetReader READER = NomineeSheetReader.of("cb-tdp1", SampleCampaigns.duyenHai2022().tree());
    static final String CSV = "\uFEFF"
            + "STT;HỌ VÀ TÊN;Năm sinh;Giới tính;Chức vụ;Đơn vị;Đối tượng;Xếp loại;Thành tích;Loại thành tích\r\n"
            + "I;CÁ NHÂN;;;;;;;;\r\n"
            + "1;Nguyễn Thị Hồng Nhung;1978;Nữ;Tổ trưởng tổ dân phố;Tổ dân phố số 1;Đảng viên;Hoàn thành xuất sắc nhiệm vụ;\"Vận động 100% hộ ký cam kết; giữ vệ sinh\";Tận tụy, trách nhiệm trong công việc\r\n"
            + "2;Hà Văn Thắng;1956;Nam;Đảng viên;Tổ dân phố số 1;Đảng viên;HTXSNV;Hiến 120 m² đất;Hiến đất\r\n"
            + "II;TẬP THỂ;;;;;;;;\r\n"
            + "1;Chi hội Phụ nữ Tổ dân phố số 1;;;;Tổ dân phố số 1;;;Giúp 7 hội viên vay vốn;Giúp đỡ người yếu thế\r\n";

    int tried;
    int clear;
    final List<String> escaped = new ArrayList<>();

    interface Case {
        Object run() throws Exception;
    }

    void check(ExecutorService worker, String label, Case c) throws InterruptedException {
        tried++;
        Future<Object> f = worker.submit(c::run);
        Object out;
        try {
            out = f.get(60, TimeUnit.SECONDS); // a hang guard, not a timing assertion
        } catch (TimeoutException e) {
            f.cancel(true);
            escaped.add(label + ": hang");
            return;
        } catch (ExecutionException e) {
            Throwable t = e.getCause();
            if (t instanceof GhidanhException g && !g.messageVi().isBlank() && !g.messageEn().isBlank()
                    && ownWords(g.messageVi()) && ownWords(g.messageEn())) {
                clear++;
            } else {
                escaped.add(label + ": " + t);
            }
            return;
        }
        List<ImportProblem> problems = out instanceof JsonInterchange.ReadResult r ? r.problems()
                : out instanceof SheetImport s ? s.problems() : List.of();
        for (ImportProblem p : problems) {
            if (p.file() == null || p.code() == null || p.messageVi().isBlank() || p.messageEn().isBlank()
                    || (p.row() == null && p.location() == null)) {
                escaped.add(label + ": a problem that does not name its record and field: " + p);
            } else if (!ownWords(p.messageVi()) || !ownWords(p.messageEn())) {
                escaped.add(label + ": a problem in a library's words: " + p);
            }
        }
    }

    /** A message in this program's words: none of the parser's, the validator's or POI's, nor their class names. */
    static boolean ownWords(String message) {
        return LibraryWords.in(message).isEmpty() && LIBRARY_WORDS.stream().noneMatch(message::contains);
    }

    /** The spreadsheet and schema phrases of this module's libraries, beyond {@link LibraryWords#WORDS}. */
    static final List<String> LIBRARY_WORDS = List.of("[Source", "Unexpected end-of-input", "close marker", "found, ");

    void finish(String suite) {
        String summary = "fuzz " + suite + ": " + tried + " generated bad inputs tried, " + clear + " clear errors, "
                + escaped.size() + " escaped";
        System.out.println(summary);
        assertThat(escaped).as(summary).isEmpty();
    }

    // ------------------------------------------------------------------ JSON

    @Test
    void malformedJsonInterchangeFiles() throws Exception {
        ExecutorService w = Executors.newSingleThreadExecutor();
        try {
            for (FuzzInputs.Input in : FuzzInputs.importFuzzJson()) {
                check(w, in.label(), () -> JsonInterchange.read(in.bytes(), "ghi-danh.json"));
            }
        } finally {
            w.shutdownNow();
        }
        finish("json");
    }

    // ------------------------------------------------------------------ CSV

    @Test
    void malformedCsvSheets() throws Exception {
        ExecutorService w = Executors.newSingleThreadExecutor();
        try {
            for (int i = 0; i < 600; i++) {
                long seed = 0xC5AL * 1_000 + i;
                SplittableRandom r = new SplittableRandom(seed);
                byte[] bytes = mutateCsv(r);
                check(w, "csv seed " + seed, () -> READER.read(bytes, "de-nghi.csv"));
            }
            for (Charset cs : List.of(StandardCharsets.UTF_16, StandardCharsets.ISO_8859_1, Charset.forName("windows-1258"))) {
                byte[] bytes = CSV.getBytes(cs);
                check(w, "csv in " + cs, () -> READER.read(bytes, "de-nghi.csv"));
            }
            String header = CSV.substring(0, CSV.indexOf("\r\n") + 2);
            check(w, "csv 100,000 columns", () -> READER.read((header + "1;" + "x;".repeat(100_000) + "\r\n")
                    .getBytes(StandardCharsets.UTF_8), "de-nghi.csv"));
            check(w, "csv 5 MB cell", () -> READER.read((header + "1;" + "đ".repeat(2_500_000) + ";1970\r\n")
                    .getBytes(StandardCharsets.UTF_8), "de-nghi.csv"));
            check(w, "csv open quote", () -> READER.read((header + "1;\"Nguyễn" + "\r\n2;x".repeat(10_000))
                    .getBytes(StandardCharsets.UTF_8), "de-nghi.csv"));
        } finally {
            w.shutdownNow();
        }
        finish("csv");
    }

    static byte[] mutateCsv(RandomGenerator r) {
        String s = CSV;
        int n = 1 + r.nextInt(3);
        for (int k = 0; k < n; k++) {
            int at = r.nextInt(s.length() + 1);
            s = switch (r.nextInt(6)) {
                case 0 -> s.substring(0, at);
                case 1 -> s.substring(0, at) + (r.nextBoolean() ? "\"" : r.nextBoolean() ? ";" : "\r\n") + s.substring(at);
                case 2 -> s.replaceFirst("Nguyễn Thị Hồng Nhung|Hà Văn Thắng|1978|Nữ|Đảng viên|HTXSNV",
                        java.util.regex.Matcher.quoteReplacement(csvCell(HostileStrings.string(r))));
                case 3 -> s + "3;" + csvCell(HostileStrings.string(r)) + ";" + csvCell(HostileStrings.string(r)) + ";Nam;;;;HTNV;x;y\r\n";
                case 4 -> s.replace("STT;HỌ VÀ TÊN", "STT;HỌ VÀ TÊN;HỌ VÀ TÊN"); // a header twice
                default -> s.replace(';', ',');
            };
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String csvCell(String v) {
        return v == null ? "" : "\"" + v.replace("\"", "\"\"") + "\"";
    }

    // ------------------------------------------------------------------ XLSX

    static List<List<String>> rows(String csv) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : csv.replace("\uFEFF", "").split("\r\n")) {
            rows.add(new ArrayList<>(List.of(line.replace("\"", "").split(";", -1))));
        }
        return rows;
    }

    static byte[] xlsx(List<List<String>> rows, RandomGenerator r) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("DS");
            for (int i = 0; i < rows.size(); i++) {
                XSSFRow row = sheet.createRow(i);
                for (int c = 0; c < rows.get(i).size(); c++) {
                    String v = rows.get(i).get(c);
                    if (r != null && i > 0 && r.nextInt(25) == 0) {
                        row.createCell(c).setCellFormula(r.nextBoolean() ? "1/0" : "CONCATENATE(\"a\",\"b\")");
                    } else if (r != null && i > 0 && r.nextInt(25) == 0) {
                        row.createCell(c).setCellValue(r.nextDouble() * 1e12 - 5e11);
                    } else {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            wb.getProperties().getCoreProperties().setCreated(java.util.Optional.of(FIXED));
            wb.getProperties().getCoreProperties().setModified(java.util.Optional.of(FIXED));
            wb.write(out);
            return fixedTimes(out.toByteArray());
        }
    }

    static final java.util.Date FIXED = java.util.Date.from(java.time.Instant.parse("2022-06-05T00:00:00Z"));

    /**
     * The same zip with every entry's time fixed: POI writes the current time, and the truncations and
     * bit flips of the seeded cases must hit the same bytes on every run.
     */
    static byte[] fixedTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip)); ZipOutputStream out = new ZipOutputStream(b)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                ZipEntry n = new ZipEntry(e.getName());
                n.setTimeLocal(java.time.LocalDateTime.of(2022, 6, 5, 0, 0));
                out.putNextEntry(n);
                in.transferTo(out);
                out.closeEntry();
            }
        }
        return b.toByteArray();
    }

    @Test
    void malformedXlsxSheets() throws Exception {
        ExecutorService w = Executors.newSingleThreadExecutor();
        try {
            byte[] good = xlsx(rows(CSV), null);
            check(w, "xlsx good", () -> READER.read(good, "de-nghi.xlsx"));
            for (int i = 0; i < 250; i++) {
                long seed = 0x715L * 1_000 + i;
                SplittableRandom r = new SplittableRandom(seed);
                byte[] bytes = switch (r.nextInt(4)) {
                    case 0 -> java.util.Arrays.copyOf(good, r.nextInt(good.length)); // truncated
                    case 1 -> flip(good, r);
                    case 2 -> {
                        List<List<String>> rows = rows(CSV);
                        for (List<String> row : rows.subList(1, rows.size())) {
                            String h = HostileStrings.string(r);
                            row.set(r.nextInt(row.size()), h == null ? "" : cap(h));
                        }
                        yield xlsx(rows, r);
                    }
                    default -> xlsx(rows(new String(mutateCsv(r), StandardCharsets.UTF_8)), r);
                };
                check(w, "xlsx seed " + seed, () -> READER.read(bytes, "de-nghi.xlsx"));
            }
            List<List<String>> wide = rows(CSV);
            wide.get(2).addAll(java.util.Collections.nCopies(16_000, "x"));
            byte[] wideBytes = xlsx(wide, null);
            check(w, "xlsx 16,000 columns", () -> READER.read(wideBytes, "de-nghi.xlsx"));
            check(w, "xlsx random bytes", () -> READER.read(new SplittableRandom(5).ints(4096, 0, 256)
                    .collect(ByteArrayOutputStream::new, ByteArrayOutputStream::write, (a, b) -> { }).toByteArray(), "x.xlsx"));
            check(w, "xlsx zip bomb", () -> READER.read(zipBomb(good), "de-nghi.xlsx"));
        } finally {
            w.shutdownNow();
        }
        finish("xlsx");
    }

    /** A cell holds at most 32,767 characters in Excel (POI refuses more). */
    static String cap(String s) {
        return s.length() > 32_767 ? s.substring(0, 32_767) : s;
    }

    static byte[] flip(byte[] b, RandomGenerator r) {
        byte[] c = b.clone();
        for (int k = 0; k < 1 + r.nextInt(8); k++) {
            c[r.nextInt(c.length)] = (byte) r.nextInt(256);
        }
        return c;
    }

    /** The workbook with a sheet part inflated to 200 MB of spaces (a ratio POI's zip guard refuses). */
    static byte[] zipBomb(byte[] xlsx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx));
                ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                z.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String x = new String(data, StandardCharsets.UTF_8);
                    int at = x.indexOf("<sheetData");
                    z.write(x.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 200; i++) {
                        z.write(spaces);
                    }
                    z.write(x.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    z.write(data);
                }
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
