package io.github.ghidanh.sign;

import java.util.HexFormat;
import java.util.Optional;

/**
 * A PDF with a signature field reserved and its space for the CMS signature still empty, as
 * {@link PdfSigner#prepare} returns it, and the digest the signature must be over. The host has the
 * {@link #digest()} signed (by a token, an HSM, a remote signing service) into a detached CMS
 * SignedData (CAdES: signed attributes with {@code messageDigest} equal to the digest and
 * {@code signing-certificate-v2}; {@link PdfSigner#padesCms} builds one from a raw signature) and gives
 * it to {@link PdfSigner#complete}. Immutable; the PDF bytes and the byte range are all that is kept,
 * so a host may store them and complete later with {@link #of}.
 */
public final class PreparedSignature {
    private final byte[] pdf;
    private final long[] byteRange;
    private final byte[] digest;
    private final String fieldName;
    private final TimeStampClient timeStamps;

    /**
     * A prepared signature (made by {@link PdfSigner#prepare}, or by {@link #of} from stored parts).
     *
     * @param pdf the prepared PDF
     * @param byteRange the four numbers of the signature's {@code /ByteRange}
     * @param digest the SHA-256 digest of the byte range
     * @param fieldName the signature field
     * @param timeStamps the TSA for B-T, or null
     */
    PreparedSignature(byte[] pdf, long[] byteRange, byte[] digest, String fieldName, TimeStampClient timeStamps) {
        this.pdf = pdf;
        this.byteRange = byteRange;
        this.digest = digest;
        this.fieldName = fieldName;
        this.timeStamps = timeStamps;
    }

    /**
     * A prepared signature again from a stored prepared PDF: its byte range and digest are read from
     * the PDF.
     *
     * @param preparedPdf the PDF {@link #pdf()} returned
     * @param fieldName the signature field
     * @param timeStamps the TSA for B-T, or null
     * @return the prepared signature
     * @throws SignException if the PDF has no empty signature field of that name
     */
    public static PreparedSignature of(byte[] preparedPdf, String fieldName, TimeStampClient timeStamps) {
        return PdfSigner.reopen(preparedPdf, fieldName, timeStamps);
    }

    /** @return a copy of the prepared PDF (not yet a valid signed PDF) */
    public byte[] pdf() {
        return pdf.clone();
    }

    byte[] pdfUnsafe() {
        return pdf;
    }

    /** @return a copy of the byte range: offset and length of the part before and after the signature */
    public long[] byteRange() {
        return byteRange.clone();
    }

    /** @return a copy of the SHA-256 digest of the byte range: what the signature must be over */
    public byte[] digest() {
        return digest.clone();
    }

    /** @return the digest in hexadecimal */
    public String digestHex() {
        return HexFormat.of().formatHex(digest);
    }

    /** @return the digest algorithm, always {@code SHA-256} */
    public String digestAlgorithm() {
        return "SHA-256";
    }

    /** @return the signature field */
    public String fieldName() {
        return fieldName;
    }

    /** @return the TSA that {@link PdfSigner#complete} asks for a time stamp, or empty */
    public Optional<TimeStampClient> timeStamps() {
        return Optional.ofNullable(timeStamps);
    }
}
