/**
 * Digital signatures (ký số) on the PDFs of the honour roll's documents: PAdES baseline B-B and B-T
 * (an RFC 3161 time stamp) with Apache PDFBox and Bouncy Castle, the visible appearances that Nghị
 * định 30/2020/NĐ-CP Phụ lục I lays out (the signer's image between the title and the name, the
 * agency's seal over its left third, the text line of copies and attachments), and verification.
 *
 * <p>{@link io.github.ghidanh.sign.PdfSigner} is the entry point: {@code sign} for a key the host
 * holds ({@code PrivateKey}, PKCS#12 or a PKCS#11 token through the JDK's SunPKCS11 provider), or
 * {@code prepare} and {@code complete} when the key is elsewhere (a remote signing service) and only
 * a digest crosses to it. Every failure is a {@link io.github.ghidanh.sign.SignException}.
 */
package io.github.ghidanh.sign;
