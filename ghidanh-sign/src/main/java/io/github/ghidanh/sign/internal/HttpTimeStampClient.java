package io.github.ghidanh.sign.internal;

import io.github.ghidanh.sign.TimeStampClient;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Objects;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;

/** An RFC 3161 client over HTTP (section 3.4): one POST of the request, the token out of the answer. */
public final class HttpTimeStampClient implements TimeStampClient {
    private static final SecureRandom NONCES = new SecureRandom();
    private final URI url;
    private final Duration timeout;
    private final HttpClient http;

    public HttpTimeStampClient(URI url, Duration timeout) {
        this.url = Objects.requireNonNull(url, "url");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public byte[] timeStamp(byte[] sha256Imprint) throws Exception {
        TimeStampRequestGenerator gen = new TimeStampRequestGenerator();
        gen.setCertReq(true);
        TimeStampRequest req = gen.generate(NISTObjectIdentifiers.id_sha256, sha256Imprint, new BigInteger(64, NONCES));
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).header("Content-Type", "application/timestamp-query")
                .POST(HttpRequest.BodyPublishers.ofByteArray(req.getEncoded())).build();
        HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200) {
            throw Messages.error("sign.tsa.http", url, answer.statusCode());
        }
        TimeStampResponse resp = new TimeStampResponse(answer.body());
        resp.validate(req); // status granted, the same imprint and nonce, a token whose signer certificate is a TSA's
        if (resp.getTimeStampToken() == null) {
            throw Messages.error("sign.tsa.refused", url, resp.getStatusString());
        }
        return resp.getTimeStampToken().getEncoded();
    }
}
