package io.github.ghidanh.sign;

/**
 * Signs bytes with the signer's private key, wherever it is: a {@code java.security.Signature} over a
 * PKCS#11 token or a PKCS#12 key, or a remote service that signs a hash. Given to
 * {@link PdfSigner#padesCms} to build the CMS signature of a prepared digest.
 */
@FunctionalInterface
public interface RawSigner {
    /**
     * The signature value of {@code toBeSigned} (the DER encoding of the CMS signed attributes) with
     * the algorithm named to {@link PdfSigner#padesCms}, e.g. SHA256withRSA: the raw PKCS#1 or ECDSA
     * signature bytes.
     *
     * @param toBeSigned the bytes to sign
     * @return the signature value
     * @throws Exception if the key cannot sign (wrapped in a {@link SignException})
     */
    byte[] sign(byte[] toBeSigned) throws Exception;
}
