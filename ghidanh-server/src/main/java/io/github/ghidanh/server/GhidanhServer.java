package io.github.ghidanh.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The ghidanh service: validation and documents over HTTP, and a web page for the person with a
 * spreadsheet, on the Spring Boot starter. {@code java -jar ghidanh-server/target/ghidanh-server.jar}
 * (docs/server.md).
 */
@SpringBootApplication
@EnableConfigurationProperties(ServerSettings.class)
public class GhidanhServer {
    /** Created by Spring. */
    public GhidanhServer() {
    }

    /**
     * Starts the service.
     *
     * @param args Spring Boot's arguments, e.g. {@code --server.port=8081 --ghidanh.server.api-key=…}
     */
    public static void main(String[] args) {
        SpringApplication.run(GhidanhServer.class, args);
    }
}
