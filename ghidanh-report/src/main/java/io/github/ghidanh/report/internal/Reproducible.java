package io.github.ghidanh.report.internal;

import io.github.ghidanh.report.Format;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Makes exported files byte-identical for identical input. JasperReports/OpenPDF write the current
 * time (Info and XMP dates), a random trailer /ID and random 6-letter font subset prefixes; the OOXML
 * exporters write the current time into every zip entry and into docProps/core.xml. We replace each
 * with a value derived from the document: its date (in a PDF at 00:00 in Vietnam's zone, +07:00, set
 * before writing by {@link FixedDatePdfProducer} and checked here; in OOXML at 00:00 UTC, the form those
 * files' dates take), a hash of its content, a hash of the font's order and name. PDF patches keep every byte length, so the cross-reference offsets stay
 * valid; the zip is rewritten entry by entry in the same order, the entries whose content does not
 * change copied without decompressing them ({@link OoxmlZip}).
 */
final class Reproducible {
    private static final byte[] CREATION = ascii("/CreationDate");
    private static final byte[] MOD = ascii("/ModDate");
    private static final byte[] ID = ascii("/ID");
    private static final byte[] LIBERATION = ascii("Liberation");
    private static final byte[] LENGTH = ascii("/Length");
    private static final byte[] FILTER = ascii("/Filter");
    private static final byte[] STREAM = ascii("stream");
    private static final byte[] ENDSTREAM = ascii("endstream");
    private static final byte[] ENDOBJ = ascii("endobj");
    private static final byte[][] XMP_DATE_TAGS = {ascii("<xmp:CreateDate>"), ascii("<xmp:ModifyDate>"),
        ascii("<xmp:MetadataDate>")};

    private Reproducible() {
    }

    /**
     * The page setup a DOCX made from the library's own layouts gets after export (decision 0007):
     * JasperReports' DOCX exporter writes the design's margins (the bottom one in points where twips
     * are due) and prints the page number as body text, so the text's top and bottom margins are set
     * here and, when {@code numbered}, Word's own PAGE field is put in a header that page 1 does not
     * show ({@code w:titlePg}).
     *
     * @param top the top margin in twips
     * @param bottom the bottom margin in twips
     * @param header the header's distance from the top edge in twips
     * @param numbered whether pages from 2 on carry their number
     */
    record DocxSetup(int top, int bottom, int header, boolean numbered) {
    }

    static void normalize(byte[] data, Format format, LocalDate date, OutputStream out) throws IOException {
        normalize(data, format, date, null, out);
    }

    static void normalize(byte[] data, Format format, LocalDate date, DocxSetup setup, OutputStream out) throws IOException {
        normalize(data, data.length, format, date, setup, out);
    }

    /** As {@link #normalize(byte[], Format, LocalDate, DocxSetup, OutputStream)} for the first {@code length} bytes of {@code data}. */
    static void normalize(byte[] data, int length, Format format, LocalDate date, DocxSetup setup, OutputStream out)
            throws IOException {
        ByteBuffer content = ByteBuffer.wrap(data, 0, length).slice();
        if (format == Format.PDF) {
            pdf(content, date);
            out.write(data, 0, length);
        } else {
            zip(content, date, format == Format.DOCX ? setup : null, out);
        }
        out.flush();
    }

    static void normalize(Path file, Format format, LocalDate date, OutputStream out) throws IOException {
        normalize(file, format, date, null, out);
    }

    static void normalize(Path file, Format format, LocalDate date, DocxSetup docx, OutputStream out) throws IOException {
        DocxSetup setup = format == Format.DOCX ? docx : null;
        if (format == Format.PDF) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                MappedByteBuffer buf = ch.map(FileChannel.MapMode.READ_WRITE, 0, ch.size());
                pdf(buf, date);
                buf.force();
            }
            Files.copy(file, out);
        } else {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                if (ch.size() > Integer.MAX_VALUE) { // too big to map at once: the streaming rewrite
                    zip(java.nio.channels.Channels.newInputStream(ch), date, setup, out);
                } else {
                    zip(ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size()), date, setup, out);
                }
            }
        }
        out.flush();
    }

    // ------------------------------------------------------------------ PDF

    static void pdf(ByteBuffer b, LocalDate date) {
        int n = b.limit();
        Map<String, String> prefixes = new LinkedHashMap<>();
        List<int[]> ids = new ArrayList<>();
        // the trailer (with /ID) is at the end: never look for it inside the compressed streams before
        int idFrom = Math.max(0, n - 4096);
        // the dictionary of the stream ahead: its direct /Length, and whether it has a /Filter
        int streamLength = -1;
        boolean filtered = false;
        for (int i = 0; i < n; i++) {
            byte c = b.get(i);
            if (c == 's' && matches(b, i, STREAM) && afterDictionary(b, i)) {
                // a compressed stream (the fonts, the pages' content) holds none of what is patched here:
                // jump over it; an uncompressed one (the XMP metadata) is read byte by byte
                int end = filtered ? streamEnd(b, i + STREAM.length, streamLength) : -1;
                streamLength = -1;
                filtered = false;
                if (end > 0) {
                    i = end - 1;
                }
            } else if (c == 'e' && matches(b, i, ENDOBJ)) {
                streamLength = -1;
                filtered = false;
            } else if (c == '/') {
                if (matches(b, i, LENGTH) && i + LENGTH.length < n && !isNameChar(b.get(i + LENGTH.length))) {
                    streamLength = directInteger(b, i + LENGTH.length);
                } else if (matches(b, i, FILTER) && i + FILTER.length < n && !isNameChar(b.get(i + FILTER.length))) {
                    filtered = true;
                } else if (matches(b, i, CREATION) || matches(b, i, MOD)) {
                    int open = indexOf(b, i, (byte) '(', 24);
                    int close = open < 0 ? -1 : indexOf(b, open, (byte) ')', 64);
                    if (close > open) {
                        put(b, open + 1, pdfDate(date, close - open - 1));
                        i = close;
                    }
                } else if (i >= idFrom && matches(b, i, ID) && i + 3 < n && !isNameChar(b.get(i + 3))) {
                    int[][] found = idStrings(b, i + 3);
                    if (found != null) {
                        ids.add(found[0]);
                        ids.add(found[1]);
                        i = found[1][1];
                    }
                } else if (i + 7 < n && isSubsetPrefix(b, i + 1)) {
                    String old = ascii(b, i + 1, 6);
                    String name = name(b, i + 8);
                    String fresh = prefixes.computeIfAbsent(old, k -> prefix(prefixes.size(), name));
                    put(b, i + 1, fresh);
                    i += 7;
                }
            } else if (c == '<' && i + 1 < n && b.get(i + 1) == 'x') {
                for (byte[] t : XMP_DATE_TAGS) {
                    if (matches(b, i, t)) {
                        int start = i + t.length;
                        int close = indexOf(b, start, (byte) '<', 64);
                        if (close > start) {
                            put(b, start, xmpDate(date, close - start));
                            i = close - 1;
                        }
                        break;
                    }
                }
            }
        }
        if (!ids.isEmpty()) {
            MessageDigest md = sha256();
            int from = 0;
            for (int[] r : ids) {
                update(md, b, from, r[0]);
                from = r[1];
            }
            update(md, b, from, n);
            String hex = hex(md.digest());
            for (int[] r : ids) {
                StringBuilder s = new StringBuilder();
                while (s.length() < r[1] - r[0]) {
                    s.append(hex);
                }
                put(b, r[0], s.substring(0, r[1] - r[0]).toUpperCase(java.util.Locale.ROOT));
            }
        }
    }

    /**
     * The document's date at 00:00 in Vietnam's zone ({@link FixedDatePdfProducer#ZONE}) as a PDF date
     * of {@code len} characters: {@code D:YYYYMMDD000000+07'00'} (23, what the producer writes), or, where
     * something wrote the UTC form ({@code Z}, 17), the same instant in UTC (17:00 the day before).
     */
    private static String pdfDate(LocalDate date, int len) {
        String full = "D:" + ymd(date) + "000000+07'00'";
        if (len == 17) {
            return "D:" + ymd(date.minusDays(1)) + "170000Z";
        }
        if (len <= full.length()) {
            return full.substring(0, len);
        }
        return full + " ".repeat(len - full.length());
    }

    /** The same date and instant in XMP's form: {@code YYYY-MM-DDT00:00:00+07:00}, or its UTC form with {@code Z}. */
    private static String xmpDate(LocalDate date, int len) {
        String full = isoDay(date) + "T00:00:00+07:00";
        if (len == full.length() - 5) {
            return isoDay(date.minusDays(1)) + "T17:00:00Z";
        }
        if (len <= full.length()) {
            return full.substring(0, len);
        }
        return full + " ".repeat(len - full.length());
    }

    private static String ymd(LocalDate d) {
        return String.format(java.util.Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    private static String isoDay(LocalDate d) {
        return String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    private static boolean isSubsetPrefix(ByteBuffer b, int at) {
        for (int k = 0; k < 6; k++) {
            byte x = b.get(at + k);
            if (x < 'A' || x > 'Z') {
                return false;
            }
        }
        // our only font family: a subset name is "/XXXXXX+LiberationSerif…"
        return b.get(at + 6) == '+' && matches(b, at + 7, LIBERATION);
    }

    /** Whether the "stream" keyword at {@code at} follows a dictionary's {@code >>} (and is not "endstream"). */
    private static boolean afterDictionary(ByteBuffer b, int at) {
        int j = at - 1;
        while (j >= 0 && isSpace(b.get(j))) {
            j--;
        }
        return j >= 1 && b.get(j) == '>' && b.get(j - 1) == '>';
    }

    /**
     * Where the data of the stream whose keyword ends at {@code from} ends (the index after its last
     * byte), when {@code length} is its direct /Length and "endstream" follows there; else -1, and the
     * stream is scanned like the rest.
     */
    private static int streamEnd(ByteBuffer b, int from, int length) {
        int n = b.limit();
        int data = from;
        if (data < n && b.get(data) == '\r') {
            data++;
        }
        if (data < n && b.get(data) == '\n') {
            data++;
        }
        if (length < 0 || data == from || (long) data + length > n) {
            return -1;
        }
        int end = data + length;
        int j = end;
        while (j < n && j < end + 4 && isSpace(b.get(j))) {
            j++;
        }
        return matches(b, j, ENDSTREAM) ? end : -1;
    }

    /** The non-negative integer at {@code from} (after spaces), or -1 if there is none or it is a reference "n 0 R". */
    private static int directInteger(ByteBuffer b, int from) {
        int n = b.limit();
        int j = from;
        while (j < n && isSpace(b.get(j))) {
            j++;
        }
        long v = 0;
        int digits = 0;
        while (j < n && b.get(j) >= '0' && b.get(j) <= '9' && digits < 10) {
            v = v * 10 + (b.get(j) - '0');
            j++;
            digits++;
        }
        if (digits == 0 || v > Integer.MAX_VALUE) {
            return -1;
        }
        int k = j;
        while (k < n && isSpace(b.get(k))) {
            k++;
        }
        // "12 0 R": an indirect length, not known here
        return k < n && b.get(k) >= '0' && b.get(k) <= '9' ? -1 : (int) v;
    }

    private static boolean isSpace(byte x) {
        return x == ' ' || x == '\n' || x == '\r' || x == '\t' || x == '\f' || x == 0;
    }

    /** {@code [<hex><hex>]} after /ID: the two hex ranges, or null if it is anything else. */
    private static int[][] idStrings(ByteBuffer b, int from) {
        int n = b.limit();
        int j = from;
        while (j < n && b.get(j) == ' ') {
            j++;
        }
        if (j >= n || b.get(j) != '[') {
            return null;
        }
        int[][] out = new int[2][];
        j++;
        for (int k = 0; k < 2; k++) {
            while (j < n && b.get(j) == ' ') {
                j++;
            }
            if (j >= n || b.get(j) != '<') {
                return null;
            }
            int start = j + 1;
            j = start;
            while (j < n && isHex(b.get(j))) {
                j++;
            }
            if (j >= n || b.get(j) != '>' || j == start) {
                return null;
            }
            out[k] = new int[] {start, j};
            j++;
        }
        return out;
    }

    private static boolean isHex(byte x) {
        return (x >= '0' && x <= '9') || (x >= 'A' && x <= 'F') || (x >= 'a' && x <= 'f');
    }

    private static String name(ByteBuffer b, int at) {
        StringBuilder s = new StringBuilder();
        for (int k = at; k < b.limit() && s.length() < 64; k++) {
            byte x = b.get(k);
            if (!isNameChar(x)) {
                break;
            }
            s.append((char) x);
        }
        return s.toString();
    }

    private static boolean isNameChar(byte x) {
        return x > ' ' && x < 127 && "/[]<>()%{}".indexOf(x) < 0;
    }

    private static String prefix(int ordinal, String name) {
        byte[] h = sha256().digest(("ghidanh-subset/" + ordinal + "/" + name).getBytes(StandardCharsets.UTF_8));
        char[] c = new char[6];
        for (int k = 0; k < 6; k++) {
            c[k] = (char) ('A' + (h[k] & 0xFF) % 26);
        }
        return new String(c);
    }

    private static boolean matches(ByteBuffer b, int at, byte[] p) {
        if (at + p.length > b.limit()) {
            return false;
        }
        for (int k = 0; k < p.length; k++) {
            if (b.get(at + k) != p[k]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(ByteBuffer b, int from, byte x, int max) {
        int end = Math.min(b.limit(), from + max);
        for (int k = from; k < end; k++) {
            if (b.get(k) == x) {
                return k;
            }
        }
        return -1;
    }

    private static void put(ByteBuffer b, int at, String s) {
        byte[] a = ascii(s);
        for (int k = 0; k < a.length; k++) {
            b.put(at + k, a[k]);
        }
    }

    private static void update(MessageDigest md, ByteBuffer b, int from, int to) {
        ByteBuffer d = b.duplicate();
        d.position(from);
        d.limit(to);
        md.update(d);
    }

    private static String ascii(ByteBuffer b, int at, int len) {
        byte[] a = new byte[len];
        for (int k = 0; k < len; k++) {
            a[k] = b.get(at + k);
        }
        return new String(a, StandardCharsets.ISO_8859_1);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] d) {
        StringBuilder s = new StringBuilder();
        for (byte x : d) {
            s.append(String.format("%02x", x & 0xFF));
        }
        return s.toString();
    }

    // ------------------------------------------------------------------ OOXML

    private static final Pattern W3CDTF = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?");

    /**
     * The OOXML zip with fixed entry times and core.xml dates and renumbered picture ids, the other
     * entries' compressed bytes copied as they are ({@link OoxmlZip}); a zip that class cannot read
     * (zip64, say) goes through {@link #zip(InputStream, LocalDate, OutputStream)} instead.
     */
    static void zip(ByteBuffer zip, LocalDate date, OutputStream out) throws IOException {
        zip(zip, date, null, out);
    }

    static void zip(ByteBuffer zip, LocalDate date, DocxSetup setup, OutputStream out) throws IOException {
        String iso = iso(date);
        OoxmlZip.Plan plan = (name, data, method) -> {
            if (name.equals("docProps/core.xml")) {
                return (in, o) -> coreDates(in, iso, o);
            }
            if (setup != null && name.equals(DOCUMENT)) {
                return (in, o) -> lines(in, o, setup);
            }
            if (setup != null && setup.numbered() && name.equals(HEADER)) {
                return (in, o) -> pageNumberHeader(in, o);
            }
            if (pictures(name) && hasPictureId(data, method)) {
                return (in, o) -> lines(in, o, null);
            }
            return null;
        };
        try {
            OoxmlZip.rewrite(zip, date, plan, out);
        } catch (OoxmlZip.Unsupported e) {
            zip(OoxmlZip.stream(zip), date, setup, out);
        }
    }

    private static final String DOCUMENT = "word/document.xml";
    /** The default header JasperReports' DOCX exporter always writes (empty unless a design has a background). */
    private static final String HEADER = "word/header1.xml";
    private static final byte[] PG_MAR = ascii("<w:pgMar ");
    private static final byte[] DOC_GRID = ascii("<w:docGrid");

    /**
     * Word's PAGE field, 14 pt, upright, centred, as the first paragraph of the default header; what the
     * header held (a design's background) stays after it.
     */
    private static void pageNumberHeader(InputStream in, OutputStream out) throws IOException {
        String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        int at = s.indexOf("<w:hdr");
        int end = at < 0 ? -1 : s.indexOf('>', at);
        if (end < 0) {
            out.write(s.getBytes(StandardCharsets.UTF_8));
            return;
        }
        String font = "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"Times New Roman\""
                + " w:cs=\"Times New Roman\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>";
        String page = "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/><w:jc w:val=\"center\"/><w:rPr>" + font
                + "</w:rPr></w:pPr><w:fldSimple w:instr=\" PAGE \"><w:r><w:rPr>" + font
                + "</w:rPr><w:t>2</w:t></w:r></w:fldSimple></w:p>";
        out.write((s.substring(0, end + 1) + page + s.substring(end + 1)).getBytes(StandardCharsets.UTF_8));
    }

    private static String iso(LocalDate date) {
        return String.format("%04d-%02d-%02dT00:00:00Z", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Whether an entry's content contains {@code Pr id="} (a picture id): inflated and scanned as a stream. */
    private static boolean hasPictureId(ByteBuffer data, int method) throws IOException {
        try (InputStream in = OoxmlZip.content(data, method)) {
            byte[] buf = new byte[64 * 1024 + PR_ID.length];
            int keep = 0;
            int n;
            while ((n = in.read(buf, keep, buf.length - keep)) > 0) {
                int end = keep + n;
                if (contains(buf, end, PR_ID)) {
                    return true;
                }
                keep = Math.min(PR_ID.length - 1, end); // a match may straddle two reads
                System.arraycopy(buf, end - keep, buf, 0, keep);
            }
            return false;
        }
    }

    /** Whether {@code b[0, len)} contains {@code p}. */
    private static boolean contains(byte[] b, int len, byte[] p) {
        outer:
        for (int i = 0, last = len - p.length; i <= last; i++) {
            for (int j = 0; j < p.length; j++) {
                if (b[i + j] != p[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The parts that may hold picture ids. */
    private static boolean pictures(String name) {
        return name.endsWith(".xml") && (name.startsWith("word/") || name.startsWith("xl/drawings/"));
    }

    private static void coreDates(InputStream in, String iso, OutputStream out) throws IOException {
        Matcher m = W3CDTF.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        out.write(m.replaceAll(iso).getBytes(StandardCharsets.UTF_8));
    }

    /** The streaming rewrite: every entry inflated and deflated again (the fallback of {@link #zip(ByteBuffer, LocalDate, OutputStream)}). */
    static void zip(InputStream in, LocalDate date, OutputStream out) throws IOException {
        zip(in, date, null, out);
    }

    static void zip(InputStream in, LocalDate date, DocxSetup setup, OutputStream out) throws IOException {
        LocalDateTime time = date.atStartOfDay();
        String iso = iso(date);
        ZipInputStream zin = new ZipInputStream(in);
        ZipOutputStream zout = new ZipOutputStream(new NonClosing(out));
        ZipEntry e;
        while ((e = zin.getNextEntry()) != null) {
            ZipEntry ne = new ZipEntry(e.getName());
            ne.setTimeLocal(time);
            zout.putNextEntry(ne);
            String name = e.getName();
            if (name.equals("docProps/core.xml")) {
                coreDates(zin, iso, zout);
            } else if (setup != null && name.equals(DOCUMENT)) {
                lines(zin, zout, setup);
            } else if (setup != null && setup.numbered() && name.equals(HEADER)) {
                pageNumberHeader(zin, zout);
            } else if (pictures(name)) {
                lines(zin, zout, null);
            } else {
                zin.transferTo(zout);
            }
            zout.closeEntry();
        }
        zout.finish();
    }

    private static final Pattern DRAWING_ID = Pattern.compile("(<(?:wp:docPr|pic:cNvPr|xdr:cNvPr)\\s+id=\")(\\d+)\"");

    /**
     * The OOXML exporters number pictures with identity hash codes; renumber them 1, 2, … in order
     * of appearance (the same number for the same old id, so docPr and cNvPr still agree). Streams
     * line by line, keeping every other byte.
     */
    private static void lines(InputStream in, OutputStream out, DocxSetup setup) throws IOException {
        Map<String, String> ids = new LinkedHashMap<>();
        LineBuffer line = new LineBuffer();
        byte[] buf = new byte[64 * 1024];
        int n;
        while ((n = in.read(buf)) > 0) {
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (buf[i] == '\n') {
                    line.write(buf, start, i + 1 - start);
                    writeLine(line, ids, setup, out);
                    start = i + 1;
                }
            }
            line.write(buf, start, n - start);
        }
        writeLine(line, ids, setup, out);
    }

    /** A line being collected, readable in place (no copy per line). */
    private static final class LineBuffer extends java.io.ByteArrayOutputStream {
        LineBuffer() {
            super(256);
        }

        /** Whether the line contains {@code Pr id="} (ASCII, so the bytes match exactly where the text does). */
        boolean hasDrawingId() {
            return contains(buf, count, PR_ID);
        }

        boolean has(byte[] p) {
            return contains(buf, count, p);
        }
    }

    private static final byte[] PR_ID = ascii("Pr id=\"");

    private static final Pattern MARGIN = Pattern.compile("w:(top|bottom|header)=\"\\d+\"");

    private static void writeLine(LineBuffer line, Map<String, String> ids, DocxSetup setup, OutputStream out)
            throws IOException {
        if (line.size() == 0) {
            return;
        }
        if (setup != null && (line.has(PG_MAR) || line.has(DOC_GRID))) {
            // the section properties, at the end of the document: JasperReports writes them on lines of their own
            String s = line.toString(StandardCharsets.UTF_8);
            line.reset();
            Matcher m = MARGIN.matcher(s.substring(Math.max(0, s.indexOf("<w:pgMar "))));
            if (s.contains("<w:pgMar ")) {
                StringBuilder b = new StringBuilder(s.substring(0, s.indexOf("<w:pgMar ")));
                while (m.find()) {
                    int v = switch (m.group(1)) {
                        case "top" -> setup.top();
                        case "bottom" -> setup.bottom();
                        default -> setup.header();
                    };
                    m.appendReplacement(b, "w:" + m.group(1) + "=\"" + v + "\"");
                }
                m.appendTail(b);
                s = b.toString();
            }
            if (setup.numbered() && s.contains("<w:docGrid")) {
                int at = s.indexOf("<w:docGrid");
                s = s.substring(0, at) + "<w:titlePg/>" + s.substring(at);
            }
            out.write(s.getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (!line.hasDrawingId()) {
            // the usual line: passed through as bytes (profile: decoding and re-encoding every line of a
            // 10,000-row DOCX cost a third of its rendering time)
            line.writeTo(out);
            line.reset();
            return;
        }
        String s = line.toString(StandardCharsets.UTF_8);
        line.reset();
        Matcher m = DRAWING_ID.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String fresh = ids.computeIfAbsent(m.group(2), k -> String.valueOf(ids.size() + 1));
            m.appendReplacement(b, Matcher.quoteReplacement(m.group(1) + fresh + "\""));
        }
        m.appendTail(b);
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
