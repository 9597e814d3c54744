package io.github.ghidanh.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.server.internal.ApiKeyFilter;
import io.github.ghidanh.server.internal.ServerConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Configuration;

/** When the key is checked, and when the service refuses to start. */
class ServerConfigurationTest {
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ServerSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class, ServerConfiguration.class);

    @SuppressWarnings("unchecked")
    private static FilterRegistrationBean<ApiKeyFilter> filter(org.springframework.context.ApplicationContext ctx) {
        return ctx.getBean(FilterRegistrationBean.class);
    }

    @Test
    void withoutAKeyTheServiceRefusesToListenOnTheNetwork() {
        runner.withPropertyValues("server.address=0.0.0.0").run(ctx -> assertThat(ctx.getStartupFailure())
                .rootCause().hasMessageContaining("ghidanh.server.api-key is not set and server.address is 0.0.0.0"));
        runner.run(ctx -> assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("every address"));
    }

    @Test
    void withoutAKeyOnLoopbackNothingIsChecked() {
        runner.withPropertyValues("server.address=127.0.0.1").run(ctx -> assertThat(filter(ctx).isEnabled()).isFalse());
    }

    @Test
    void aKeyIsCheckedEverywhere() {
        runner.withPropertyValues("server.address=0.0.0.0", "ghidanh.server.api-key=k").run(ctx -> {
            assertThat(filter(ctx).isEnabled()).isTrue();
            assertThat(filter(ctx).getUrlPatterns()).containsExactly("/*");
        });
    }

    @Test
    void theApplicationsOwnSecurityReplacesTheKey() {
        runner.withPropertyValues("server.address=0.0.0.0", "ghidanh.server.external-security=true")
                .run(ctx -> assertThat(filter(ctx).isEnabled()).isFalse());
    }

    @Test
    void badLimitsStopStartUpNamingTheProperty() {
        runner.withPropertyValues("server.address=127.0.0.1", "ghidanh.server.render-threads=0").run(ctx -> assertThat(
                ctx.getStartupFailure()).rootCause().hasMessageContaining("ghidanh.server.render-threads must be 1 or more, not 0"));
    }
}
