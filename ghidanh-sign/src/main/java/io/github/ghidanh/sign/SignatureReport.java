package io.github.ghidanh.sign;

import io.github.ghidanh.sign.internal.Messages;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@link PdfSigner#verify} found for one signature of a PDF.
 *
 * @param fieldName the signature field
 * @param signer the signer's name (the certificate subject's common name), or the whole subject
 * @param subFilter the signature's format, e.g. {@code ETSI.CAdES.detached} (PAdES)
 * @param signingTime the claimed signing time of the {@code /M} entry, or null
 * @param timeStampTime the time of the signature time stamp (B-T), or null if there is none
 * @param timeStampValid whether the time stamp is over this signature's value and its own signature
 *     verifies with the TSA certificate it carries; false if there is none
 * @param timeStampAuthority the TSA's certificate, or null
 * @param intact whether the signed bytes have the digest the signature names and the signature value
 *     verifies with the signer's certificate (and the certificate is the one the signed
 *     {@code signing-certificate-v2} attribute names, when present)
 * @param coversWholeFile whether the byte range runs to the end of the file: nothing was appended
 *     after this signature
 * @param laterChangesSigned whether every byte appended after this signature is covered by a later
 *     intact signature (true if nothing was appended); what a later revision changed is not examined
 * @param chain the certificates from the signer's up to the last issuer found in the signature
 * @param chainValid whether each certificate of the chain is signed by the next one and valid at the
 *     signing time (the time stamp's time if there is one, else now)
 * @param trusted whether the chain ends at one of the trusted certificates given to the check; false
 *     when none were given
 */
public record SignatureReport(String fieldName, String signer, String subFilter, Instant signingTime, Instant timeStampTime,
        boolean timeStampValid, X509Certificate timeStampAuthority, boolean intact, boolean coversWholeFile,
        boolean laterChangesSigned, List<X509Certificate> chain, boolean chainValid, boolean trusted) {

    /** Copies the chain. */
    public SignatureReport {
        chain = List.copyOf(chain);
    }

    /** @return whether this signature is PAdES ({@code ETSI.CAdES.detached}) */
    public boolean pades() {
        return "ETSI.CAdES.detached".equals(subFilter);
    }

    /** @return the time stamp's time, if there is a valid one */
    public Optional<Instant> verifiedTime() {
        return timeStampValid ? Optional.ofNullable(timeStampTime) : Optional.empty();
    }

    /**
     * A line for a person: who signed, when, and what holds, in Vietnamese ({@code vi}) or English.
     *
     * @param locale the language
     * @return the text
     */
    public String describe(Locale locale) {
        return Messages.describe(this, locale);
    }
}
