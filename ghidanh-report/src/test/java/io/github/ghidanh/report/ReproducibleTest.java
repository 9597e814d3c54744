package io.github.ghidanh.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.view.DocumentView;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The same input renders to the same bytes: PDF, PDF/A, DOCX and XLSX, in any thread. */
class ReproducibleTest {

    static Stream<Arguments> cases() {
        return Demo.all().entrySet().stream().sorted(Map.Entry.comparingByKey()).flatMap(e -> Stream.of(
                Arguments.of(e.getKey(), RenderOptions.of(Format.PDF)),
                Arguments.of(e.getKey(), RenderOptions.builder(Format.PDF).archival(true).build()),
                Arguments.of(e.getKey(), RenderOptions.of(Format.DOCX)),
                Arguments.of(e.getKey(), RenderOptions.of(Format.XLSX)))
                .filter(a -> ((RenderOptions) a.get()[1]).format() != Format.XLSX
                        || !(e.getKey().equals("letter") || e.getKey().equals("certificates"))));
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    static final Map<String, String> FIRST = new java.util.concurrent.ConcurrentHashMap<>();

    @org.junit.jupiter.api.BeforeAll
    static void renderEverythingOnceThenWait() throws Exception {
        Reports reports = Reports.create();
        for (Arguments a : cases().toList()) {
            String name = (String) a.get()[0];
            RenderOptions o = (RenderOptions) a.get()[1];
            FIRST.put(name + o, sha256(reports.render(Demo.all().get(name), o)));
        }
        Thread.sleep(2100); // zip times have a 2-second resolution, PDF dates 1 second: a clock would show
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void twoRendersAreByteIdentical(String name, RenderOptions options) throws Exception {
        byte[] b = Reports.create().render(Demo.all().get(name), options);
        assertThat(sha256(b)).isEqualTo(FIRST.get(name + options));
    }

    @Test
    void twoThreadsAtOnceGiveTheSameBytesAsOne() throws Exception {
        Reports reports = Reports.create();
        DocumentView view = Demo.wardSummary();
        for (RenderOptions o : List.of(RenderOptions.of(Format.PDF), RenderOptions.builder(Format.PDF).archival(true).build(),
                RenderOptions.of(Format.DOCX), RenderOptions.of(Format.XLSX))) {
            String single = sha256(reports.render(view, o));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch start = new CountDownLatch(1);
                Callable<String> job = () -> {
                    start.await();
                    return sha256(reports.render(view, o));
                };
                Future<String> f1 = pool.submit(job);
                Future<String> f2 = pool.submit(job);
                start.countDown();
                assertThat(f1.get()).isEqualTo(single);
                assertThat(f2.get()).isEqualTo(single);
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    void pdfDatesAreTheDocumentsDateAndTheIdIsDerivedFromTheContent() {
        byte[] pdf = Reports.create().render(Demo.letter(), RenderOptions.builder(Format.PDF).archival(true).build());
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        // the letter is dated 31 May 2022 (the source letter)
        // at 00:00 in Vietnam's zone, whatever this JVM's zone
        assertThat(s).containsPattern("/CreationDate\\s*\\(D:20220531000000\\+07'00'\\)");
        assertThat(s).containsPattern("/ModDate\\s*\\(D:20220531000000\\+07'00'\\)");
        assertThat(s).contains("<xmp:CreateDate>2022-05-31T00:00:00+07:00</xmp:CreateDate>",
                "<xmp:ModifyDate>2022-05-31T00:00:00+07:00</xmp:ModifyDate>");
        assertThat(s).doesNotContainPattern("/ModDate\\s*\\(D:(?!20220531000000\\+07'00')");
        assertThat(s).doesNotContainPattern("<xmp:[A-Za-z]+Date>(?!2022-05-31T00:00:00\\+07:00)");
        Matcher id = Pattern.compile("/ID\\s*\\[\\s*<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>").matcher(s);
        assertThat(id.find()).isTrue();
        assertThat(id.group(1)).isEqualTo(id.group(2));
    }

    /**
     * Every in-use entry of the cross-reference table points at its object's header, and startxref at
     * the table: the date patches kept every offset (a reader that repairs broken tables, as PDFBox
     * does, would hide a shift, so the offsets are checked here byte by byte).
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pdfCases")
    void crossReferenceOffsetsPointAtTheirObjects(String name, RenderOptions options) throws Exception {
        byte[] pdf = Reports.create().render(Demo.all().get(name), options);
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher start = Pattern.compile("startxref\\s+(\\d+)\\s+%%EOF\\s*$").matcher(s);
        assertThat(start.find()).as("startxref at the end").isTrue();
        int xref = Integer.parseInt(start.group(1));
        assertThat(s.startsWith("xref", xref)).as("startxref points at the table").isTrue();
        Matcher section = Pattern.compile("\\G\\s*(\\d+) (\\d+)\\s+").matcher(s);
        int at = xref + 4;
        int checked = 0;
        while (section.find(at)) {
            int first = Integer.parseInt(section.group(1));
            int count = Integer.parseInt(section.group(2));
            at = section.end();
            for (int k = 0; k < count; k++, at += 20) {
                String entry = s.substring(at, at + 18);
                if (entry.endsWith("n")) {
                    int offset = Integer.parseInt(entry.substring(0, 10));
                    assertThat(s.startsWith((first + k) + " " + Integer.parseInt(entry.substring(11, 16)) + " obj", offset))
                            .as("object %d at offset %d", first + k, offset).isTrue();
                    checked++;
                }
            }
            if (s.startsWith("trailer", at)) {
                break;
            }
        }
        assertThat(checked).isGreaterThan(10);
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isPositive();
            // PDFBox reads the date back as midnight in Vietnam's zone
            java.time.OffsetDateTime created = doc.getDocumentInformation().getCreationDate().toInstant()
                    .atOffset(java.time.ZoneOffset.ofHours(7));
            assertThat(created.toLocalTime()).isEqualTo(java.time.LocalTime.MIDNIGHT);
            if (name.equals("letter")) {
                assertThat(created.toLocalDate()).isEqualTo(java.time.LocalDate.of(2022, 5, 31));
            }
        }
    }

    static Stream<Arguments> pdfCases() {
        return Stream.of("letter", "honour-roll").flatMap(n -> Stream.of(Arguments.of(n, RenderOptions.of(Format.PDF)),
                Arguments.of(n, RenderOptions.builder(Format.PDF).archival(true).build())));
    }
}
