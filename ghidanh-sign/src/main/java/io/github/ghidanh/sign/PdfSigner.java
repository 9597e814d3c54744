package io.github.ghidanh.sign;

import io.github.ghidanh.sign.internal.Cms;
import io.github.ghidanh.sign.internal.Messages;
import io.github.ghidanh.sign.internal.Preparer;
import io.github.ghidanh.sign.internal.TextBlocks;
import io.github.ghidanh.sign.internal.Verifier;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Signs PDFs with PAdES signatures and verifies them. Immutable and thread-safe.
 *
 * <p>With the key at hand (a {@code PrivateKey} from a PKCS#12 file, or from a USB token through the
 * JDK's SunPKCS11 provider):
 *
 * <pre>{@code
 * PdfSigner signer = PdfSigner.create();
 * byte[] once = signer.sign(pdf, signerSpec, signerKey, signerChain);     // the signer
 * byte[] twice = signer.sign(once, agencySpec, agencyKey, agencyChain);   // then the agency
 * }</pre>
 *
 * <p>With the key elsewhere (a remote signing service), in two steps; only the digest leaves:
 *
 * <pre>{@code
 * PreparedSignature p = signer.prepare(pdf, spec);
 * byte[] cms = service.signDigest(p.digest());      // a detached CAdES SignedData over the digest
 * byte[] signed = signer.complete(p, cms);
 * }</pre>
 *
 * <p>Each signature is added as an incremental update, so earlier signatures stay valid.
 */
public final class PdfSigner {
    private final Clock clock;

    private PdfSigner(Clock clock) {
        this.clock = clock;
    }

    /** @return a signer that takes signing times from the system clock */
    public static PdfSigner create() {
        return new PdfSigner(Clock.systemUTC());
    }

    /**
     * @param clock where signing times come from when a spec gives none
     * @return a signer on that clock
     */
    public static PdfSigner withClock(Clock clock) {
        return new PdfSigner(Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Adds the signature field of {@code spec} with its appearance and an empty space for the CMS
     * signature, as an incremental update of {@code pdf}, and computes the SHA-256 digest of the
     * signed byte range.
     *
     * @param pdf the PDF (signed already or not)
     * @param spec the signature to add
     * @return the prepared PDF and its digest
     * @throws SignException if the PDF or an image cannot be read, or the field exists
     */
    public PreparedSignature prepare(byte[] pdf, SignatureSpec spec) {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(spec, "spec");
        Preparer.Result r = Preparer.prepare(pdf, spec, spec.signingTime().orElseGet(clock::instant));
        return new PreparedSignature(r.pdf(), r.byteRange(), r.digest(), spec.fieldName(), spec.timeStamps().orElse(null));
    }

    static PreparedSignature reopen(byte[] preparedPdf, String fieldName, TimeStampClient timeStamps) {
        Preparer.Result r = Preparer.reopen(preparedPdf, fieldName);
        return new PreparedSignature(r.pdf(), r.byteRange(), r.digest(), fieldName, timeStamps);
    }

    /**
     * Embeds {@code cms} in the prepared PDF. The CMS is checked first: a detached SignedData with one
     * signer whose {@code messageDigest} is the prepared digest. With a TSA in the spec, the signature
     * value is time-stamped (PAdES B-T) before it is embedded.
     *
     * @param prepared what {@link #prepare} returned
     * @param cms the DER-encoded CMS SignedData (ContentInfo) over {@link PreparedSignature#digest()}
     * @return the signed PDF
     * @throws SignException if the CMS is not over the digest, the TSA fails, or it does not fit
     */
    public byte[] complete(PreparedSignature prepared, byte[] cms) {
        Objects.requireNonNull(prepared, "prepared");
        Objects.requireNonNull(cms, "cms");
        byte[] checked = Cms.checkDetached(cms, prepared.digest());
        if (prepared.timeStamps().isPresent()) {
            checked = Cms.addTimeStamp(checked, prepared.timeStamps().get());
        }
        return Preparer.embed(prepared.pdfUnsafe(), prepared.byteRange(), checked);
    }

    /**
     * Signs in one call with a key at hand: {@link #prepare}, {@link #padesCms} with
     * {@code java.security.Signature}, {@link #complete}.
     *
     * @param pdf the PDF
     * @param spec the signature
     * @param key the signer's private key (RSA or EC; from a PKCS#12 {@code KeyStore} or a PKCS#11 one)
     * @param chain the signer's certificate first, then its issuers
     * @return the signed PDF
     * @throws SignException if signing fails
     */
    public byte[] sign(byte[] pdf, SignatureSpec spec, PrivateKey key, List<X509Certificate> chain) {
        Objects.requireNonNull(key, "key");
        String algorithm = signatureAlgorithm(key);
        PreparedSignature p = prepare(pdf, spec);
        byte[] cms = padesCms(p.digest(), chain, algorithm, data -> {
            Signature s = Signature.getInstance(algorithm);
            s.initSign(key);
            s.update(data);
            return s.sign();
        });
        return complete(p, cms);
    }

    /**
     * The signature algorithm {@link #sign} uses for {@code key}: SHA256withRSA or SHA256withECDSA.
     *
     * @param key the private key
     * @return the JCA name of the algorithm
     */
    public static String signatureAlgorithm(PrivateKey key) {
        return switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC", "ECDSA" -> "SHA256withECDSA";
            default -> throw Messages.error("sign.key.algorithm", key.getAlgorithm());
        };
    }

    /**
     * A detached CAdES SignedData over {@code digest} as PAdES baseline B-B wants it: signed
     * attributes {@code contentType}, {@code messageDigest} and {@code signing-certificate-v2}, no
     * {@code signingTime} (the PDF's {@code /M} holds it), the chain in the certificates. The
     * signature value comes from {@code rawSigner} over the DER of the signed attributes.
     *
     * @param digest the SHA-256 digest from {@link PreparedSignature#digest()}
     * @param chain the signer's certificate first, then its issuers
     * @param signatureAlgorithm SHA256withRSA or SHA256withECDSA
     * @param rawSigner signs with the signer's key
     * @return the DER-encoded ContentInfo
     * @throws SignException if the signer fails
     */
    public static byte[] padesCms(byte[] digest, List<X509Certificate> chain, String signatureAlgorithm, RawSigner rawSigner) {
        return Cms.build(digest, chain, signatureAlgorithm, rawSigner);
    }

    /**
     * The signature block of a PDF found from its text, for a PDF whose layout is not at hand: the
     * space between the last line that reads {@code signerName} and the line above it in the same
     * column (the signer's title). For the documents of ghidanh-report prefer
     * {@code io.github.ghidanh.report.SignatureBlocks}, which reads the layout itself.
     *
     * @param pdf the PDF
     * @param signerName the signer's name as printed under the signature
     * @return the block, or empty if no line reads the name
     * @throws SignException if the PDF cannot be read
     */
    public static Optional<Placement> findBlock(byte[] pdf, String signerName) {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(signerName, "signerName");
        return TextBlocks.above(pdf, signerName);
    }

    /**
     * Verifies every signature of {@code pdf}, trusting no issuer ({@link SignatureReport#trusted} is
     * false).
     *
     * @param pdf the signed PDF
     * @return a report per signature
     * @throws SignException if the PDF cannot be read
     */
    public Verification verify(byte[] pdf) {
        return verify(pdf, List.of());
    }

    /**
     * Verifies every signature of {@code pdf}; a chain that ends at one of {@code trusted} is trusted.
     * Revocation (CRL, OCSP) is not checked.
     *
     * @param pdf the signed PDF
     * @param trusted the trusted root (or intermediate) certificates
     * @return a report per signature
     * @throws SignException if the PDF cannot be read
     */
    public Verification verify(byte[] pdf, Collection<X509Certificate> trusted) {
        Objects.requireNonNull(pdf, "pdf");
        return new Verification(Verifier.verify(pdf, List.copyOf(trusted), clock.instant()));
    }
}
