package io.github.ghidanh.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The PDF patches on hand-written fragments: same length, fixed dates, stable prefixes, hashed /ID. */
class ReproducibleTest {
    static String patch(String pdf) {
        byte[] b = pdf.getBytes(StandardCharsets.ISO_8859_1);
        Reproducible.pdf(ByteBuffer.wrap(b), LocalDate.of(2022, 5, 31));
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    static final String SAMPLE = "%PDF-1.4\n1 0 obj <</BaseFont/QWERTY+LiberationSerif-Bold>>\n"
            + "2 0 obj <</FontName/QWERTY+LiberationSerif-Bold/X/ABCDEF+Other>>\n"
            + "3 0 obj <</CreationDate(D:20261126145315Z)/ModDate (D:20261126145315+07'00')>>\n"
            + "<xmp:CreateDate>2026-11-26T14:53:15+07:00</xmp:CreateDate>\n"
            + "trailer\n<</ID [<0123456789ABCDEF0123456789ABCDEF><FEDCBA9876543210FEDCBA9876543210>]>>\n%%EOF\n";

    @Test
    void datesBecomeMidnightOfTheDocumentsDateInVietnamKeepingLengths() {
        String out = patch(SAMPLE);
        assertThat(out).hasSameSizeAs(SAMPLE);
        // 31 May 2022 00:00 at +07:00 is 30 May 2022 17:00 UTC: the short form says that instant
        assertThat(out).contains("/CreationDate(D:20220530170000Z)", "/ModDate (D:20220531000000+07'00')",
                "<xmp:CreateDate>2022-05-31T00:00:00+07:00</xmp:CreateDate>");
    }

    @Test
    void theProducersDateIsMidnightInVietnamWhateverTheDefaultZone() {
        assertThat(FixedDatePdfProducer.pdfDate(LocalDate.of(2022, 5, 31)).toString()).isEqualTo("D:20220531000000+07'00'");
        assertThat(FixedDatePdfProducer.pdfDate(LocalDate.of(2022, 1, 1)).getW3CDate()).isEqualTo("2022-01-01T00:00:00+07:00");
    }

    @Test
    void subsetPrefixesOfOurFontAreReplacedConsistentlyAndOthersKept() {
        String out = patch(SAMPLE);
        String prefix = out.substring(out.indexOf("/BaseFont/") + 10, out.indexOf("/BaseFont/") + 16);
        assertThat(prefix).matches("[A-Z]{6}").isNotEqualTo("QWERTY");
        assertThat(out).contains("/FontName/" + prefix + "+LiberationSerif-Bold", "/X/ABCDEF+Other");
        assertThat(patch(SAMPLE.replace("QWERTY", "ZZZZZZ"))).isEqualTo(out);
    }

    @Test
    void theIdIsAHashOfTheRestAndDoesNotDependOnTheRandomId() {
        String out = patch(SAMPLE);
        String other = patch(SAMPLE.replace("0123456789ABCDEF0123456789ABCDEF", "99999999999999999999999999999999"));
        assertThat(other).isEqualTo(out);
        int at = out.indexOf("/ID [<") + 6;
        String id = out.substring(at, at + 32);
        assertThat(id).matches("[0-9A-F]{32}").isNotEqualTo("0123456789ABCDEF0123456789ABCDEF");
        assertThat(out).contains("<" + id + "><" + id + ">");
        assertThat(patch(SAMPLE.replace("Bold", "Ital"))).doesNotContain(id);
    }

    @Test
    void compressedStreamsAreSkippedAndTheOthersScanned() {
        // bytes inside a compressed stream that look like a date are data: they must come out unchanged
        String lookAlike = "/CreationDate(D:20261126145315Z)";
        String pdf = "%PDF-1.4\n"
                + "4 0 obj <</Filter/FlateDecode/Length " + lookAlike.length() + ">>stream\n" + lookAlike + "\nendstream endobj\n"
                + "5 0 obj <</Length 9 0 R/Filter/FlateDecode>>\nstream\r\n" + lookAlike + "\nendstream endobj\n"
                + "6 0 obj <</Filter/FlateDecode/Length 3>>stream\n" + lookAlike + "\nendstream endobj\n"
                + "7 0 obj <</Type/Metadata/Subtype/XML/Length 58>>stream\n"
                + "<xmp:CreateDate>2026-11-26T14:53:15+07:00</xmp:CreateDate>\nendstream endobj\n"
                + "trailer\n<</ID [<0123456789ABCDEF0123456789ABCDEF><FEDCBA9876543210FEDCBA9876543210>]>>\n%%EOF\n";
        String out = patch(pdf);
        assertThat(out).hasSameSizeAs(pdf);
        String fixed = "/CreationDate(D:20220530170000Z)";
        // object 4: compressed, direct length: skipped
        assertThat(out.substring(out.indexOf("4 0 obj"), out.indexOf("5 0 obj"))).contains(lookAlike);
        // object 5: its length is an indirect object, unknown here: scanned as before
        assertThat(out.substring(out.indexOf("5 0 obj"), out.indexOf("6 0 obj"))).contains(fixed);
        // object 6: a length that does not end at "endstream" is not trusted: scanned
        assertThat(out.substring(out.indexOf("6 0 obj"), out.indexOf("7 0 obj"))).contains(fixed);
        // object 7: the uncompressed XMP metadata: its dates are fixed
        assertThat(out).contains("<xmp:CreateDate>2022-05-31T00:00:00+07:00</xmp:CreateDate>");
    }
}
