package io.github.ghidanh.interchange.spreadsheet;

import io.github.ghidanh.interchange.InterchangeException;
import io.github.ghidanh.interchange.internal.Messages;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV as spreadsheets write it (RFC 4180, read and written by Commons CSV): UTF-8 with or without
 * BOM (anything else is refused with a clear message: Excel's plain "CSV" saves in Windows-1258 and
 * must be re-saved as "CSV UTF-8"); the delimiter is the one of ',', ';' and TAB that occurs most
 * often outside quotes in the first line (Vietnamese-locale Excel writes ';'); quoted values may
 * contain delimiters, quotes ("") and line breaks; CRLF, LF and CR line ends.
 */
final class CsvFormat {
    /** How spreadsheets quote; lenient where Excel is: text after a closing quote is kept as written. */
    private static final CSVFormat SPREADSHEET = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false) // a blank line is a row: the header search counts it, as the user does
            .setTrailingData(true)
            .get();

    private CsvFormat() {
    }

    static RawSheet read(byte[] bytes, String file) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
        int off = bom ? 3 : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, off, bytes.length - off)).toString();
        } catch (CharacterCodingException e) {
            throw new InterchangeException(Messages.of("csv.notUtf8", file), e);
        }
        char delimiter = detectDelimiter(text);
        CSVFormat format = SPREADSHEET.builder().setDelimiter(delimiter).get();
        LineStarts lines = new LineStarts(text);
        List<RawSheet.RawRow> rows;
        try {
            rows = rows(text, format, lines);
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof CSVException)) {
                throw e;
            }
            // An opening quote never closed: the rest of the file is one value. Read again accepting that
            // end, and let the row it starts in carry the problem (the rows above it are good).
            rows = new ArrayList<>(rows(text, format.builder().setLenientEof(true).get(), lines));
            RawSheet.RawRow broken = rows.remove(rows.size() - 1);
            List<RawSheet.RawCell> cells = new ArrayList<>(broken.cells());
            RawSheet.RawCell last = cells.remove(cells.size() - 1);
            cells.add(new RawSheet.RawCell(last.text(), Messages.of("sheet.csvQuote")));
            rows.add(new RawSheet.RawRow(broken.number(), List.copyOf(cells)));
        }
        return new RawSheet(rows, delimiter, bom);
    }

    private static List<RawSheet.RawRow> rows(String text, CSVFormat format, LineStarts lines) {
        List<RawSheet.RawRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                List<RawSheet.RawCell> cells = new ArrayList<>(record.size());
                for (String value : record) {
                    cells.add(RawSheet.RawCell.of(unguard(value)));
                }
                rows.add(new RawSheet.RawRow(lines.lineOf(record.getCharacterPosition()), List.copyOf(cells)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader fails only for malformed CSV
        }
        return rows;
    }

    /** The 1-based line on which a character offset lies, as a text editor counts them (CRLF, LF or CR). */
    private static final class LineStarts {
        private final int[] starts;

        LineStarts(String text) {
            int[] s = new int[16];
            int n = 1; // line 1 starts at offset 0
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    if (n == s.length) {
                        s = Arrays.copyOf(s, n * 2);
                    }
                    s[n++] = i + 1;
                }
            }
            starts = Arrays.copyOf(s, n);
        }

        int lineOf(long offset) {
            int i = Arrays.binarySearch(starts, (int) offset);
            return i >= 0 ? i + 1 : -i - 1;
        }
    }

    static char detectDelimiter(String text) {
        int comma = 0;
        int semi = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (comma + semi + tab > 0) {
                    break; // the first line with a delimiter decides (skips blank lines)
                }
            } else if (!quoted) {
                if (c == ',') {
                    comma++;
                } else if (c == ';') {
                    semi++;
                } else if (c == '\t') {
                    tab++;
                }
            }
        }
        if (semi > comma && semi >= tab) {
            return ';';
        }
        if (tab > comma && tab > semi) {
            return '\t';
        }
        return ',';
    }

    /**
     * Whether a spreadsheet program would take {@code v} for a formula (OWASP "CSV injection"): it
     * begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return.
     */
    static boolean looksLikeFormula(String v) {
        return !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0;
    }

    /**
     * Whether {@code v} is apostrophes followed by a text a spreadsheet would take for a formula: what
     * {@link #write} guards with one more apostrophe, and {@link #read} strips one from.
     */
    private static boolean guarded(String v) {
        int i = 0;
        while (i < v.length() && v.charAt(i) == '\'') {
            i++;
        }
        return i > 0 && looksLikeFormula(v.substring(i));
    }

    /**
     * Undoes {@link #write}'s guard: a cell "'=…" is read as "=…", "''=…" as "'=…". The apostrophe is
     * also what a user types in a spreadsheet to keep such a text from becoming a formula, so it is
     * removed whether the cell was quoted or not.
     */
    static String unguard(String v) {
        return guarded(v) ? v.substring(1) : v;
    }

    /**
     * Writes rows as CSV with the given delimiter, quoting where needed, CRLF line ends. A value that
     * a spreadsheet would take for a formula is written as a quoted text with a leading apostrophe
     * ({@code "'=1+1"}, OWASP advice against CSV injection); {@link #read} removes that apostrophe
     * again, so a written file imports to the same values.
     */
    static String write(List<List<String>> rows, char delimiter) {
        CSVFormat plain = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setQuoteMode(QuoteMode.MINIMAL).get();
        CSVFormat quoted = plain.builder().setQuoteMode(QuoteMode.ALL).get();
        StringBuilder b = new StringBuilder();
        try {
            for (List<String> row : rows) {
                for (int i = 0; i < row.size(); i++) {
                    String v = row.get(i) == null ? "" : row.get(i);
                    if (looksLikeFormula(v) || guarded(v)) {
                        // a value that already looks guarded gets one more apostrophe, so that reading it back
                        // removes only the one added here
                        quoted.print("'" + v, b, i == 0);
                    } else {
                        plain.print(v, b, i == 0);
                    }
                }
                plain.println(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder never fails
        }
        return b.toString();
    }
}
