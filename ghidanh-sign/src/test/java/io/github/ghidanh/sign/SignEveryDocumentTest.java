package io.github.ghidanh.sign;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.view.DocumentView;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Every document kind, rendered as archival PDF/A-1a, signed by the signer (image between title and
 * name) and then by the agency (seal over the left third of it), both PAdES B-T with the test TSA:
 * the signed file is still PDF/A-1a for veraPDF, both signatures hold for the verification API and
 * for a check written here with PDFBox and Bouncy Castle alone, the time stamps are the test TSA's,
 * and one changed byte breaks both.
 */
class SignEveryDocumentTest {
    static TestPki pki;
    static TestTsa tsa;

    @BeforeAll
    static void start() throws Exception {
        pki = new TestPki();
        tsa = new TestTsa(pki.tsa);
    }

    @AfterAll
    static void stop() {
        tsa.close();
    }

    static Stream<Arguments> documents() {
        return Documents.views().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void signerThenAgencyKeepsPdfA1aAndBothSignaturesHold(String name, DocumentView view) throws Exception {
        Documents.Rendered doc = Documents.render(name, view);
        assertThat(doc.blocks()).as(name).isNotEmpty();
        Placement block = doc.blocks().get(0);
        PdfSigner signer = PdfSigner.create();
        byte[] once = signer.sign(doc.pdf(), SignatureSpec.builder("Signer").reason("Ký ban hành")
                .appearance(Appearance.signerImage(block, TestImages.signature())).timeStamps(tsa.client()).build(),
                pki.signer.key(), pki.signer.chain());
        byte[] twice = signer.sign(once, SignatureSpec.builder("Agency")
                .appearance(Appearance.agencySeal(block, TestImages.seal(), 90f)).timeStamps(tsa.client()).build(),
                pki.agency.key(), pki.agency.chain());

        // incremental updates: each earlier file is a prefix of the next
        assertThat(Arrays.copyOf(once, doc.pdf().length)).isEqualTo(doc.pdf());
        assertThat(Arrays.copyOf(twice, once.length)).isEqualTo(once);

        assertThat(Pdfa.declared(twice)).isEqualTo(PDFAFlavour.PDFA_1_A);
        assertThat(Pdfa.failures(twice, PDFAFlavour.PDFA_1_A)).as(name + " signed, veraPDF PDF/A-1a").isEmpty();

        Verification v = signer.verify(twice, pki.root.chain());
        assertThat(v.signatures()).extracting(SignatureReport::fieldName).containsExactly("Signer", "Agency");
        assertThat(v.signatures()).extracting(SignatureReport::signer).containsExactly(TestPki.SIGNER_NAME, TestPki.AGENCY_NAME);
        assertThat(v.allValid()).as(v.describe(Locale.ENGLISH)).isTrue();
        SignatureReport first = v.signatures().get(0);
        SignatureReport second = v.signatures().get(1);
        assertThat(first.coversWholeFile()).isFalse();
        assertThat(first.laterChangesSigned()).isTrue();
        assertThat(second.coversWholeFile()).isTrue();
        for (SignatureReport r : v.signatures()) {
            assertThat(r.pades()).isTrue();
            assertThat(r.intact()).isTrue();
            assertThat(r.trusted()).isTrue();
            assertThat(r.timeStampValid()).isTrue();
            assertThat(r.timeStampAuthority()).isEqualTo(pki.tsa.certificate());
            assertThat(r.chain()).hasSize(2).endsWith(pki.root.certificate());
        }
        assertThat(first.chain().get(0)).isEqualTo(pki.signer.certificate());
        assertThat(v.describe(Locale.forLanguageTag("vi"))).contains("Bùi Đại Quang", "còn nguyên vẹn", "Dấu thời gian");

        // independently of the API: PDFBox's byte ranges and Bouncy Castle's CMS check
        try (PDDocument pdf = Loader.loadPDF(twice)) {
            List<PDSignature> sigs = pdf.getSignatureDictionaries();
            assertThat(sigs).hasSize(2);
            for (PDSignature s : sigs) {
                assertThat(s.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
                assertThat(s.getSignDate()).isNotNull();
                // the reserved space is padded with zeros after the DER object, which Bouncy Castle refuses: read the object alone
                byte[] der;
                try (org.bouncycastle.asn1.ASN1InputStream in = new org.bouncycastle.asn1.ASN1InputStream(s.getContents(twice))) {
                    der = in.readObject().getEncoded();
                }
                CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(s.getSignedContent(twice)), der);
                SignerInformation si = cms.getSignerInfos().getSigners().iterator().next();
                X509CertificateHolder cert = (X509CertificateHolder) cms.getCertificates().getMatches(si.getSID()).iterator().next();
                assertThat(si.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert))).isTrue();
                // PAdES: no signingTime among the signed attributes, signing-certificate-v2 present
                assertThat(si.getSignedAttributes().get(org.bouncycastle.asn1.cms.CMSAttributes.signingTime)).isNull();
                assertThat(si.getSignedAttributes().get(org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
            }
            // the widgets lie on the block's page, the seal's right edge a third into the signer's image
            var signerWidget = pdf.getSignatureFields().stream().filter(f -> f.getPartialName().equals("Signer")).findFirst().orElseThrow()
                    .getWidgets().get(0);
            var agencyWidget = pdf.getSignatureFields().stream().filter(f -> f.getPartialName().equals("Agency")).findFirst().orElseThrow()
                    .getWidgets().get(0);
            var page = pdf.getPage(block.pageIndex());
            assertThat(page.getAnnotations()).extracting(a -> a.getCOSObject()).contains(signerWidget.getCOSObject(), agencyWidget.getCOSObject());
            assertThat(signerWidget.getAppearance().getNormalAppearance().getAppearanceStream()).isNotNull();
            assertThat(agencyWidget.getRectangle().getWidth()).isEqualTo(90f, org.assertj.core.data.Offset.offset(0.01f));
        }

        // one changed byte in the first revision: both signatures report it
        byte[] changed = twice.clone();
        int at = indexOf(changed, "/Producer".getBytes(java.nio.charset.StandardCharsets.US_ASCII)) + 3;
        changed[at] ^= 0x20;
        Verification broken = signer.verify(changed, pki.root.chain());
        assertThat(broken.signatures()).extracting(SignatureReport::intact).containsExactly(false, false);
        assertThat(broken.allValid()).isFalse();
        assertThat(broken.describe(Locale.ENGLISH)).contains("HAS BEEN CHANGED");
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

    static X509Certificate[] array(List<X509Certificate> l) {
        return l.toArray(new X509Certificate[0]);
    }
}
