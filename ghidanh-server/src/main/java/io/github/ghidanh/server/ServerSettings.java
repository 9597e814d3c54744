package io.github.ghidanh.server;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.util.unit.DataSize;

/**
 * The {@code ghidanh.server.*} properties (docs/server.md).
 *
 * @param apiKey the key every call must carry (header X-API-Key, or as the password of HTTP Basic
 *        for a browser); unset: no key is asked, which the service allows only on a loopback address
 * @param externalSecurity true when the application's own Spring Security (e.g. OpenID Connect) stands
 *        in front and decides who may call: the key is then not checked
 * @param maxRequestSize the largest request body accepted
 * @param renderThreads documents rendered at the same time
 * @param renderQueue renders that may wait for a thread; beyond, a call is answered 503 with Retry-After
 * @param renderTimeout the longest one render (or one batch) may take
 * @param retryAfter what Retry-After says when the render pool is full
 * @param campaign the campaign (an interchange file: organisations, campaign, submissions) that a
 *        nominee sheet uploaded on the page is merged into; unset: the bundled sample campaign
 */
@ConfigurationProperties(prefix = "ghidanh.server")
public record ServerSettings(
        String apiKey,
        @DefaultValue("false") boolean externalSecurity,
        @DefaultValue("20MB") DataSize maxRequestSize,
        @DefaultValue("2") int renderThreads,
        @DefaultValue("8") int renderQueue,
        @DefaultValue("120s") Duration renderTimeout,
        @DefaultValue("10s") Duration retryAfter,
        Resource campaign) {

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException naming the property
     */
    public ServerSettings {
        if (renderThreads < 1) {
            throw new IllegalArgumentException("ghidanh.server.render-threads must be 1 or more, not " + renderThreads);
        }
        if (renderQueue < 0) {
            throw new IllegalArgumentException("ghidanh.server.render-queue must be 0 or more, not " + renderQueue);
        }
        if (renderTimeout.isNegative() || renderTimeout.isZero()) {
            throw new IllegalArgumentException("ghidanh.server.render-timeout must be positive, not " + renderTimeout);
        }
    }

    /** Whether a key is configured. */
    public boolean hasApiKey() {
        return apiKey != null && !apiKey.isBlank();
    }
}
