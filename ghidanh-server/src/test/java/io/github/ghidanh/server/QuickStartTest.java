package io.github.ghidanh.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.cli.GhidanhCli;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The service as the README starts it, with nothing configured (on 127.0.0.1, no key): posting the
 * demo's file gives the same bytes as the command line's {@code render} of the same document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuickStartTest {
    @LocalServerPort
    int port;

    @Test
    void theServiceGivesTheSameBytesAsTheCommandLinesRender(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("duyen-hai-2022.json");
        Files.writeString(in, ApiTest.DEMO);
        for (String doc : List.of("honour-roll", "letter", "cell-report")) {
            Path out = dir.resolve(doc + ".pdf");
            StringWriter err = new StringWriter();
            int code = GhidanhCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "render", "-i", in.toString(),
                    "-d", doc, "-f", "pdf", "-o", out.toString());
            assertThat(code).as(err.toString()).isZero();
            HttpResponse<byte[]> r = Http.send(port, "/api/v1/documents/" + doc, "application/json", Files.readAllBytes(in), null);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).as(doc).isEqualTo(Files.readAllBytes(out));
        }
        assertThat(Http.send(port, "/v3/api-docs", null, null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void theServicesZipHoldsTheCommandLinesBatchFolderFileForFile(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("duyen-hai-2022.json");
        Files.writeString(in, ApiTest.DEMO);
        Path folder = dir.resolve("batch");
        StringWriter err = new StringWriter();
        int code = GhidanhCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "batch", "-i", in.toString(),
                "-o", folder.toString());
        assertThat(code).as(err.toString()).isZero();
        Map<String, byte[]> written = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
                written.put(folder.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        HttpResponse<byte[]> r = Http.send(port, "/api/v1/batch", "application/json", Files.readAllBytes(in), null);
        assertThat(r.statusCode()).isEqualTo(200);
        Map<String, byte[]> zipped = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                zipped.put(e.getName(), zip.readAllBytes());
            }
        }
        // the demo's 65 files: the ward's 10 and 11 for each of the five cells that submitted (the sixth has none)
        assertThat(zipped.keySet()).hasSize(65).isEqualTo(written.keySet());
        for (Map.Entry<String, byte[]> e : zipped.entrySet()) {
            assertThat(e.getValue()).as(e.getKey()).isEqualTo(written.get(e.getKey()));
        }
    }
}
