package io.github.ghidanh.server.internal;

import io.github.ghidanh.server.ServerSettings;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * The API key filter, or none: with {@code ghidanh.server.external-security=true} the application's
 * Spring Security decides; without a key the service refuses to start on an address other than a
 * loopback one, so that it is never open to a network by mistake.
 */
@Configuration(proxyBeanMethods = false)
public class ServerConfiguration {
    @Bean
    FilterRegistrationBean<ApiKeyFilter> ghidanhApiKeyFilter(ServerSettings settings, Environment env) {
        // a registration always names its filter (a disabled one too: Spring Boot describes it at start-up)
        FilterRegistrationBean<ApiKeyFilter> reg = new FilterRegistrationBean<>(new ApiKeyFilter(settings));
        reg.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        reg.addUrlPatterns("/*");
        if (settings.externalSecurity()) {
            reg.setEnabled(false);
            return reg;
        }
        if (!settings.hasApiKey()) {
            String address = env.getProperty("server.address");
            if (!loopback(address)) {
                throw new IllegalStateException("ghidanh.server.api-key is not set and server.address is "
                        + (address == null ? "every address" : address) + ": set a key, listen on 127.0.0.1, or set "
                        + "ghidanh.server.external-security=true with your own Spring Security in front");
            }
            reg.setEnabled(false);
            return reg;
        }
        return reg;
    }

    private static boolean loopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
