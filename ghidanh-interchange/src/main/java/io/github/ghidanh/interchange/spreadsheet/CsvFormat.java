package io.github.ghidanh.interchange.spreadsheet;

import io.github.ghidanh.interchange.InterchangeException;
import io.github.ghidanh.interchange.internal.Messages;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as spreadsheets write it (RFC 4180): UTF-8 with or without BOM (anything else is refused
 * with a clear message: Excel's plain "CSV" saves in Windows-1258 and must be re-saved as "CSV
 * UTF-8"); the delimiter is the one of ',', ';' and TAB that occurs most often outside quotes in
 * the first line (Vietnamese-locale Excel writes ';'); quoted values may contain delimiters, quotes
 * ("") and line breaks; CRLF, LF and CR line ends.
 */
final class CsvFormat {
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
            throw InterchangeException.of(e, "csv.notUtf8", file);
        }
        char delimiter = detectDelimiter(text);
        List<RawSheet.RawRow> rows = new ArrayList<>();
        List<RawSheet.RawCell> cells = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        int line = 1;
        int rowStart = 1;
        boolean quoted = false;
        boolean afterQuote = false;
        boolean wasQuoted = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        value.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    afterQuote = true;
                } else {
                    if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                        line++;
                    }
                    value.append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && value.length() == 0 && !afterQuote) {
                quoted = true;
                wasQuoted = true;
            } else if (c == delimiter) {
                cells.add(RawSheet.RawCell.of(unguard(value.toString(), wasQuoted)));
                value.setLength(0);
                afterQuote = false;
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(RawSheet.RawCell.of(unguard(value.toString(), wasQuoted)));
                rows.add(new RawSheet.RawRow(rowStart, List.copyOf(cells)));
                cells.clear();
                value.setLength(0);
                afterQuote = false;
                wasQuoted = false;
                line++;
                rowStart = line;
            } else {
                value.append(c); // text after a closing quote is kept as written
            }
            i++;
        }
        if (quoted) {
            cells.add(new RawSheet.RawCell(value.toString(), Messages.of("sheet.csvQuote")));
            rows.add(new RawSheet.RawRow(rowStart, List.copyOf(cells)));
        } else if (value.length() > 0 || !cells.isEmpty()) {
            cells.add(RawSheet.RawCell.of(unguard(value.toString(), wasQuoted)));
            rows.add(new RawSheet.RawRow(rowStart, List.copyOf(cells)));
        }
        return new RawSheet(rows, delimiter, bom);
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

    /** Undoes {@link #write}'s guard: a quoted cell "'=…" is read back as "=…". */
    static String unguard(String v, boolean quoted) {
        return quoted && v.length() > 1 && v.charAt(0) == '\'' && looksLikeFormula(v.substring(1)) ? v.substring(1) : v;
    }

    /**
     * Writes rows as CSV with the given delimiter, quoting where needed, CRLF line ends. A value that
     * a spreadsheet would take for a formula is written as a quoted text with a leading apostrophe
     * ({@code "'=1+1"}, OWASP advice against CSV injection); {@link #read} removes that apostrophe
     * again, so a written file imports to the same values.
     */
    static String write(List<List<String>> rows, char delimiter) {
        StringBuilder b = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    b.append(delimiter);
                }
                String v = row.get(i) == null ? "" : row.get(i);
                if (looksLikeFormula(v) || (v.length() > 1 && v.charAt(0) == '\'' && looksLikeFormula(v.substring(1)))) {
                    b.append("\"'").append(v.replace("\"", "\"\"")).append('"');
                } else if (v.indexOf(delimiter) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                    b.append('"').append(v.replace("\"", "\"\"")).append('"');
                } else {
                    b.append(v);
                }
            }
            b.append("\r\n");
        }
        return b.toString();
    }
}
