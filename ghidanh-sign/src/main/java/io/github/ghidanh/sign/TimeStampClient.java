package io.github.ghidanh.sign;

import io.github.ghidanh.sign.internal.HttpTimeStampClient;
import java.net.URI;
import java.time.Duration;

/**
 * Obtains an RFC 3161 time-stamp token, for PAdES baseline B-T. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface TimeStampClient {
    /**
     * The DER encoding of a time-stamp token ({@code TimeStampToken}, a CMS SignedData) over
     * {@code sha256Imprint}.
     *
     * @param sha256Imprint the SHA-256 digest of the signature value to time-stamp
     * @return the token
     * @throws Exception if no token can be had (wrapped in a {@link SignException})
     */
    byte[] timeStamp(byte[] sha256Imprint) throws Exception;

    /**
     * A client of a time-stamp authority over HTTP ({@code application/timestamp-query}, RFC 3161
     * section 3.4), asking for the TSA's certificate in the token and checking the answer (status,
     * imprint, nonce).
     *
     * @param url the TSA's address
     * @param timeout the connect and request timeout
     * @return the client
     */
    static TimeStampClient http(URI url, Duration timeout) {
        return new HttpTimeStampClient(url, timeout);
    }
}
