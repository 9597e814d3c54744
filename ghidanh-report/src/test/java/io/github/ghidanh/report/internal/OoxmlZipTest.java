package io.github.ghidanh.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.report.Format;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OOXML half of {@link Reproducible} on hand-made zips: fixed times and dates, renumbered picture
 * ids, every other entry's compressed bytes kept, the result readable through its central directory
 * and through its local headers, the zip64 fallback.
 */
class OoxmlZipTest {
    static final LocalDate DATE = LocalDate.of(2022, 6, 5);
    /** 1 MB of text: the kind of entry that is copied without inflating and deflating it. */
    static final String BIG = "<w:p><w:r><w:t>Nguyễn Thị Hồng Nhung — Tổ dân phố số 1</w:t></w:r></w:p>\n".repeat(15_000);

    @TempDir
    Path dir;

    /** A DOCX-like zip as the exporter writes it: the current time in entries and core.xml, random picture ids. */
    static byte[] docx(LocalDateTime time, String created, int pictureId) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            put(z, "[Content_Types].xml", "<Types/>", time);
            put(z, "docProps/core.xml", "<cp:coreProperties><dcterms:created>" + created + "</dcterms:created>"
                    + "<dcterms:modified>" + created + "</dcterms:modified></cp:coreProperties>", time);
            put(z, "word/document.xml", "<w:body>\n<wp:docPr id=\"" + pictureId + "\" name=\"x\"/>\n" + BIG
                    + "<pic:cNvPr id=\"" + pictureId + "\" name=\"y\"/>\n</w:body>", time);
            put(z, "word/styles.xml", BIG, time);
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3};
            ZipEntry e = new ZipEntry("word/media/img1.png");
            e.setMethod(ZipEntry.STORED);
            e.setSize(png.length);
            CRC32 c = new CRC32();
            c.update(png);
            e.setCrc(c.getValue());
            e.setTimeLocal(time);
            z.putNextEntry(e);
            z.write(png);
            z.closeEntry();
        }
        return b.toByteArray();
    }

    static void put(ZipOutputStream z, String name, String text, LocalDateTime time) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(time);
        z.putNextEntry(e);
        z.write(text.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    static byte[] normalize(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Reproducible.normalize(zip.clone(), Format.DOCX, DATE, out);
        return out.toByteArray();
    }

    /** Entry name → content, read through the local headers. */
    static Map<String, String> streamed(byte[] zip) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(DATE.atStartOfDay());
                m.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            }
        }
        return m;
    }

    @Test
    void timesDatesAndPictureIdsAreFixedAndTheRestKeptByteForByte() throws IOException {
        byte[] in = docx(LocalDateTime.of(2026, 11, 26, 14, 53, 15), "2026-11-26T14:53:15+07:00", 1_234_567);
        byte[] out = normalize(in);

        Map<String, String> before = streamed(normalizeNothing(in));
        Map<String, String> after = streamed(out);
        assertThat(after.keySet()).containsExactly("[Content_Types].xml", "docProps/core.xml", "word/document.xml",
                "word/styles.xml", "word/media/img1.png");
        assertThat(utf8(after.get("docProps/core.xml"))).isEqualTo("<cp:coreProperties><dcterms:created>2022-06-05T00:00:00Z"
                + "</dcterms:created><dcterms:modified>2022-06-05T00:00:00Z</dcterms:modified></cp:coreProperties>");
        assertThat(utf8(after.get("word/document.xml"))).startsWith("<w:body>\n<wp:docPr id=\"1\" name=\"x\"/>\n")
                .endsWith("<pic:cNvPr id=\"1\" name=\"y\"/>\n</w:body>").contains(BIG);
        assertThat(after.get("word/styles.xml")).isEqualTo(before.get("word/styles.xml"));
        assertThat(after.get("[Content_Types].xml")).isEqualTo(before.get("[Content_Types].xml"));
        assertThat(after.get("word/media/img1.png")).isEqualTo(before.get("word/media/img1.png"));

        // read through the central directory too, and the unchanged entries' compressed bytes kept
        Path a = Files.write(dir.resolve("in.zip"), in);
        Path b = Files.write(dir.resolve("out.zip"), out);
        try (ZipFile zi = new ZipFile(a.toFile()); ZipFile zo = new ZipFile(b.toFile())) {
            List<String> names = new ArrayList<>();
            Collections.list(zo.entries()).forEach(e -> names.add(e.getName()));
            assertThat(names).containsExactlyElementsOf(after.keySet());
            for (String name : List.of("[Content_Types].xml", "word/styles.xml", "word/media/img1.png")) {
                ZipEntry x = zi.getEntry(name);
                ZipEntry y = zo.getEntry(name);
                assertThat(y.getCompressedSize()).as(name).isEqualTo(x.getCompressedSize());
                assertThat(y.getCrc()).as(name).isEqualTo(x.getCrc());
                assertThat(y.getMethod()).as(name).isEqualTo(x.getMethod());
                assertThat(zo.getInputStream(y).readAllBytes()).as(name).isEqualTo(zi.getInputStream(x).readAllBytes());
            }
            assertThat(new String(zo.getInputStream(zo.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(utf8(after.get("word/document.xml")));
        }
    }

    @Test
    void theSameContentWrittenAtAnotherTimeWithOtherIdsGivesTheSameBytes() throws IOException {
        byte[] one = normalize(docx(LocalDateTime.of(2026, 11, 26, 14, 53, 15), "2026-11-26T14:53:15+07:00", 1_234_567));
        byte[] two = normalize(docx(LocalDateTime.of(2027, 1, 2, 3, 4, 6), "2027-01-02T03:04:06Z", 42));
        assertThat(two).isEqualTo(one);
        assertThat(normalize(one)).as("normalising twice changes nothing").isEqualTo(one);
    }

    @Test
    void aPictureIdIsFoundWhereverItFallsInTheStreamedContent() throws IOException {
        // the scan reads 64 KB (+ 7) at a time and keeps a tail: ids around that boundary must not be missed
        LocalDateTime t = LocalDateTime.of(2026, 11, 26, 14, 53, 15);
        for (int at = 65_520; at <= 65_560; at++) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            try (ZipOutputStream z = new ZipOutputStream(b)) {
                put(z, "word/document.xml", "x".repeat(at) + "<wp:docPr id=\"987\"/>" + "y".repeat(100), t);
            }
            String doc = utf8(streamed(normalize(b.toByteArray())).get("word/document.xml"));
            assertThat(doc).as("id at %d", at).contains("<wp:docPr id=\"1\"/>").doesNotContain("987");
        }
    }

    @Test
    void aZip64ArchiveGoesThroughTheStreamingRewrite() throws IOException {
        // 65,536 entries: more than the classic end record can count, so ZipOutputStream writes zip64 records
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        LocalDateTime t = LocalDateTime.of(2026, 11, 26, 14, 53, 15);
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            put(z, "docProps/core.xml", "<created>2026-11-26T14:53:15Z</created>", t);
            for (int i = 0; i < 65_535; i++) {
                put(z, "e/" + i, "x", t);
            }
        }
        Map<String, String> m = streamed(normalize(b.toByteArray()));
        assertThat(m).hasSize(65_536);
        assertThat(m.get("docProps/core.xml")).isEqualTo("<created>2022-06-05T00:00:00Z</created>");
        assertThat(m.get("e/65534")).isEqualTo("x");
    }

    /** The input's entries as they are (read only; times not checked). */
    static byte[] normalizeNothing(byte[] zip) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(b)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                ZipEntry n = new ZipEntry(e.getName());
                n.setTimeLocal(DATE.atStartOfDay());
                z.putNextEntry(n);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return b.toByteArray();
    }

    static String utf8(String latin1) {
        return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
}
