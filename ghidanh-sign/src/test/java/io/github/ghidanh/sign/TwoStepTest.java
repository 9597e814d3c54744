package io.github.ghidanh.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The two-step API with a signer in another process that receives only the digest; the text-line
 * form of copies and attachments; what complete refuses.
 */
class TwoStepTest {
    static TestPki pki;
    static TestTsa tsa;
    static byte[] letter;
    static Placement block;

    @BeforeAll
    static void start() throws Exception {
        pki = new TestPki();
        tsa = new TestTsa(pki.tsa);
        Documents.Rendered r = Documents.render("letter", Documents.views().get("letter"));
        letter = r.pdf();
        block = r.blocks().get(0);
    }

    @AfterAll
    static void stop() {
        tsa.close();
    }

    @Test
    void aSignerInAnotherProcessGetsOnlyTheDigest(@TempDir Path dir) throws Exception {
        Path p12 = dir.resolve("signer.p12");
        Files.write(p12, TestPki.pkcs12(pki.signer, "secret".toCharArray()));
        PdfSigner signer = PdfSigner.create();
        PreparedSignature prepared = signer.prepare(letter, SignatureSpec.builder("Signer")
                .appearance(Appearance.signerImage(block, TestImages.signature())).timeStamps(tsa.client()).build());
        assertThat(prepared.digest()).hasSize(32);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process remote = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), RemoteSigner.class.getName(),
                p12.toString(), "secret").redirectError(ProcessBuilder.Redirect.INHERIT).start();
        remote.getOutputStream().write((prepared.digestHex() + "\n").getBytes(StandardCharsets.US_ASCII));
        remote.getOutputStream().close();
        String answer = new String(remote.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        assertThat(remote.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(remote.exitValue()).isZero();
        byte[] cms = Base64.getDecoder().decode(answer);

        // the prepared PDF may be stored and reopened before completing
        PreparedSignature again = PreparedSignature.of(prepared.pdf(), "Signer", tsa.client());
        assertThat(again.digest()).isEqualTo(prepared.digest());
        byte[] signed = signer.complete(again, cms);

        Verification v = signer.verify(signed, pki.root.chain());
        assertThat(v.allValid()).as(v.describe(Locale.ENGLISH)).isTrue();
        assertThat(v.signatures()).singleElement().satisfies(s -> {
            assertThat(s.signer()).isEqualTo(TestPki.SIGNER_NAME);
            assertThat(s.timeStampValid()).isTrue();
            assertThat(s.trusted()).isTrue();
        });
        assertThat(Pdfa.failures(signed, PDFAFlavour.PDFA_1_A)).isEmpty();
    }

    @Test
    void aCmsOverAnotherDigestIsRefused() {
        PdfSigner signer = PdfSigner.create();
        PreparedSignature prepared = signer.prepare(letter, SignatureSpec.builder("Signer").build());
        byte[] other = prepared.digest();
        other[0] ^= 1;
        byte[] cms = PdfSigner.padesCms(other, pki.signer.chain(), "SHA256withRSA", this::rsa);
        assertThatThrownBy(() -> signer.complete(prepared, cms)).isInstanceOf(SignException.class)
                .satisfies(e -> assertThat(((SignException) e).code()).isEqualTo("sign.cms.digest"));
    }

    @Test
    void aCmsByAnotherKeyThanItsCertificateIsRefused() {
        PdfSigner signer = PdfSigner.create();
        PreparedSignature prepared = signer.prepare(letter, SignatureSpec.builder("Signer").build());
        // signed with the agency's key but carrying the signer's certificate: refused as it is built
        assertThatThrownBy(() -> PdfSigner.padesCms(prepared.digest(), pki.signer.chain(), "SHA256withRSA", data -> {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(pki.agency.key());
            s.update(data);
            return s.sign();
        })).isInstanceOf(SignException.class).satisfies(e -> assertThat(((SignException) e).code()).isEqualTo("sign.cms.signature"));
    }

    @Test
    void aSignatureLargerThanTheReservedSpaceIsRefusedAndAFieldNameIsUsedOnce() {
        PdfSigner signer = PdfSigner.create();
        SignatureSpec small = SignatureSpec.builder("Signer").reservedBytes(2_048).timeStamps(tsa.client()).build();
        assertThatThrownBy(() -> signer.sign(letter, small, pki.signer.key(), pki.signer.chain())).isInstanceOf(SignException.class)
                .satisfies(e -> assertThat(((SignException) e).code()).isEqualTo("sign.cms.size"));
        byte[] once = signer.sign(letter, SignatureSpec.builder("Signer").build(), pki.signer.key(), pki.signer.chain());
        assertThatThrownBy(() -> signer.prepare(once, SignatureSpec.builder("Signer").build())).isInstanceOf(SignException.class)
                .hasMessageContaining("Signer").satisfies(e -> assertThat(((SignException) e).code()).isEqualTo("sign.field.exists"));
    }

    @Test
    void aCopyCarriesTheTextLineTopRightOfPageOneAndStaysPdfA1a() throws Exception {
        Instant at = Instant.parse("2026-12-06T02:15:30Z");
        String line = "Số: 12-CV/ĐU; Đảng ủy phường Duyên Hải; 2026-12-06T09:15:30+07:00";
        byte[] signed = PdfSigner.create().sign(letter, SignatureSpec.builder("Copy").signingTime(at)
                .appearance(Appearance.textLine(line)).build(), pki.agency.key(), pki.agency.chain());
        assertThat(Pdfa.failures(signed, PDFAFlavour.PDFA_1_A)).isEmpty();
        try (PDDocument doc = Loader.loadPDF(signed)) {
            PDAnnotationWidget w = doc.getSignatureFields().get(0).getWidgets().get(0);
            PDRectangle page = doc.getPage(0).getMediaBox();
            PDRectangle r = w.getRectangle();
            assertThat(doc.getPage(0).getAnnotations()).extracting(a -> a.getCOSObject()).contains(w.getCOSObject());
            // inside the top margin (10 mm from the top), ending 15 mm from the right edge
            assertThat(r.getUpperRightX()).isCloseTo(page.getWidth() - 42.52f, org.assertj.core.data.Offset.offset(0.1f));
            assertThat(r.getUpperRightY()).isCloseTo(page.getHeight() - 28.35f, org.assertj.core.data.Offset.offset(0.1f));
            assertThat(r.getLowerLeftX()).isGreaterThan(page.getWidth() / 3);
            // the appearance shows the line in the embedded Liberation Serif
            var ap = w.getAppearance().getNormalAppearance().getAppearanceStream();
            assertThat(ap.getResources().getFontNames()).hasSize(1);
            assertThat(ap.getResources().getFont(ap.getResources().getFontNames().iterator().next()).getName()).contains("LiberationSerif");
            // read the text back: render the page and compare with a stripper over a flattened copy
            doc.getDocumentCatalog().getAcroForm().flatten(List.of(doc.getSignatureFields().get(0)), true);
            var stripper = new org.apache.pdfbox.text.PDFTextStripperByArea();
            stripper.addRegion("r", new Rectangle2D.Float(r.getLowerLeftX() - 1, page.getHeight() - r.getUpperRightY() - 1, r.getWidth() + 2,
                    r.getHeight() + 2));
            stripper.extractRegions(doc.getPage(0));
            assertThat(stripper.getTextForRegion("r").strip()).isEqualTo(line);
        }
        Verification v = PdfSigner.create().verify(signed);
        assertThat(v.signatures().get(0).signingTime()).isEqualTo(at);
        assertThat(v.signatures().get(0).trusted()).isFalse();
        assertThat(v.describe(Locale.ENGLISH)).contains("2026-12-06T09:15:30+07:00", "No time stamp");
    }

    private byte[] rsa(byte[] data) throws Exception {
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(pki.signer.key());
        s.update(data);
        return s.sign();
    }

}
