package io.github.ghidanh.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.cli.SampleData;
import io.github.ghidanh.interchange.JsonInterchange;
import io.github.ghidanh.server.internal.RenderPool;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every endpoint and every error of the HTTP API, against the real application on a random port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ghidanh.server.api-key=" + Http.KEY, "ghidanh.server.max-request-size=512KB"})
class ApiTest {
    /** The demo's interchange file: what {@code ghidanh demo} writes as duyen-hai-2022.json. */
    static final String DEMO = JsonInterchange.toJson(SampleData.duyenHai2022());
    static final String JSON = "application/json";

    @LocalServerPort
    int port;

    @Autowired
    RenderPool pool;

    @BeforeAll
    static void demoIsSmallEnough() {
        assertThat(DEMO.length()).isLessThan(512 * 1024);
    }

    private HttpResponse<byte[]> post(String path, String type, String body) throws Exception {
        return Http.post(port, path, type, body.getBytes(StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------- validate

    @Test
    void validateListsEveryViolationWithPathClauseAndMessageAnd200() throws Exception {
        HttpResponse<byte[]> r = post("/api/v1/validate", JSON, DEMO);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        String body = Http.text(r);
        // the sample has ineligible nominees: their violations come with the clause of the letter, in Vietnamese
        assertThat(body).contains("\"valid\":false").contains("\"path\":\"nominees[").contains("\"clause\":\"CV-");
        assertThat(body).contains("\"profile\":\"lao-cai-duyen-hai-2022-h1\"");
        String en = Http.text(post("/api/v1/validate?lang=en", JSON, DEMO));
        assertThat(en).isNotEqualTo(body).contains("\"clause\":\"CV-");
    }

    @Test
    void validateReadsANomineeSheetRowByRow() throws Exception {
        String csv = "STT;Họ và tên;Năm sinh;Giới tính;Đối tượng;Xếp loại;Thành tích;Loại thành tích\r\n"
                + "1;Hoàng Thị Lan;1985;Nữ;Nhân dân;HTXSNV;Giúp đỡ hộ nghèo;Giúp đỡ người yếu thế\r\n"
                + "2;Ngô Thị Lệ Quyên;19x0;Nữ;Nhân dân;HTXSNV;Nấu cháo từ thiện;Từ thiện\r\n";
        HttpResponse<byte[]> r = post("/api/v1/validate", "text/csv", csv);
        assertThat(r.statusCode()).isEqualTo(200);
        String body = Http.text(r);
        // the second data row (line 3) has a year of birth that is not a number: its row and column are named
        assertThat(body).contains("\"row\":3").contains("\"column\":\"Năm sinh\"").contains("\"nominees\":1");
    }

    @Test
    void unreadableJsonIsAProblemWithoutAStackTrace() throws Exception {
        HttpResponse<byte[]> r = post("/api/v1/validate", JSON, "{\"organisations\": [");
        assertProblem(r, 400, "unreadable-input");
    }

    @Test
    void anUnsupportedMediaTypeIsAProblem() throws Exception {
        assertProblem(post("/api/v1/validate", "text/plain", "hello"), 415, "unsupported-media-type");
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        byte[] big = new byte[600 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        assertProblem(Http.post(port, "/api/v1/validate", JSON, big), 413, "too-large");
        assertProblem(Http.post(port, "/api/v1/validate", "multipart/form-data; boundary=XyZ",
                Http.multipart("XyZ", "big.json", JSON, big)), 413, "too-large");
    }

    @Test
    void aWrongMethodAndAnUnknownPathAreProblems() throws Exception {
        assertProblem(Http.send(port, "/api/v1/validate", null, null, Http.KEY), 405, "method-not-allowed");
        assertProblem(Http.send(port, "/api/v1/nothing", null, null, Http.KEY), 404, "not-found");
    }

    // ---------------------------------------------------------------- documents

    @Test
    void aDocumentComesWithItsTypeAndAVietnameseFileName() throws Exception {
        HttpResponse<byte[]> r = post("/api/v1/documents/honour-roll?format=pdf&org=du-duyen-hai", JSON, DEMO);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
        // "Sổ ghi danh - Đảng ủy phường Duyên Hải.pdf", percent-encoded in UTF-8 (RFC 8187), with an ASCII fallback
        assertThat(r.headers().firstValue("Content-Disposition")).hasValue("attachment; "
                + "filename=\"So ghi danh - Dang uy phuong Duyen Hai.pdf\"; "
                + "filename*=UTF-8''S%E1%BB%95%20ghi%20danh%20-%20%C4%90%E1%BA%A3ng%20%E1%BB%A7y%20ph%C6%B0%E1%BB%9Dng%20Duy%C3%AAn%20H%E1%BA%A3i.pdf");
        try (PDDocument pdf = Loader.loadPDF(r.body())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Duyên Hải");
        }
        HttpResponse<byte[]> docx = post("/api/v1/documents/cell-report?format=docx", JSON, DEMO);
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx.body()).startsWith('P', 'K');
        HttpResponse<byte[]> xlsx = post("/api/v1/documents/proposal-list?format=xlsx", JSON, DEMO);
        assertThat(xlsx.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void documentErrorsAreProblems() throws Exception {
        assertProblem(post("/api/v1/documents/poster", JSON, DEMO), 404, "unknown-document");
        assertProblem(post("/api/v1/documents/letter?format=xlsx", JSON, DEMO), 400, "no-such-format");
        assertProblem(post("/api/v1/documents/letter?format=odt", JSON, DEMO), 400, "unknown-format");
        assertProblem(post("/api/v1/documents/letter?org=nowhere", JSON, DEMO), 404, "unknown-organisation");
        assertProblem(post("/api/v1/documents/letter?date=5/6/2022", JSON, DEMO), 400, "bad-request");
        // a cell does not issue the directive letter
        assertProblem(post("/api/v1/documents/letter?org=cb-tdp1", JSON, DEMO), 422, "not-applicable");
        // a record with a problem of reading: refused, the problem listed
        String bad = DEMO.replaceFirst("\"yearOfBirth\" ?: ?\\d+", "\"yearOfBirth\": \"x\"");
        assertThat(bad).isNotEqualTo(DEMO);
        HttpResponse<byte[]> r = post("/api/v1/documents/letter", JSON, bad);
        assertProblem(r, 422, "input-problems");
        assertThat(Http.text(r)).contains("\"problems\":[").contains("yearOfBirth");
    }

    @Test
    void aFullRenderPoolIs503WithRetryAfter() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<?>> blockers = new ArrayList<>();
        try {
            // take every thread of the pool (each one waits on the latch), then every waiting place
            int threads = pool.executor().getMaximumPoolSize();
            java.util.concurrent.CountDownLatch running = new java.util.concurrent.CountDownLatch(threads);
            for (int i = 0; i < threads; i++) {
                blockers.add(pool.executor().submit(() -> {
                    running.countDown();
                    release.await();
                    return null;
                }));
            }
            assertThat(running.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            for (int i = pool.executor().getQueue().remainingCapacity(); i > 0; i--) {
                blockers.add(pool.executor().submit(() -> null));
            }
            HttpResponse<byte[]> r = post("/api/v1/documents/letter", JSON, DEMO);
            assertProblem(r, 503, "busy");
            assertThat(r.headers().firstValue("Retry-After")).hasValue("10");
        } finally {
            release.countDown();
        }
        for (java.util.concurrent.Future<?> f : blockers) {
            f.get();
        }
        assertThat(post("/api/v1/documents/letter", JSON, DEMO).statusCode()).isEqualTo(200);
    }

    // ---------------------------------------------------------------- batch

    @Test
    void batchIsAZipOfEveryDocumentOfEveryOrganisation() throws Exception {
        HttpResponse<byte[]> r = post("/api/v1/batch", JSON, DEMO);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/zip");
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                names.add(e.getName());
                assertThat(zip.readAllBytes()).isNotEmpty();
            }
        }
        assertThat(names).contains("du-duyen-hai/cong-van.pdf", "du-duyen-hai/cong-van.docx", "du-duyen-hai/so-ghi-danh.pdf",
                "du-duyen-hai/so-ghi-danh.xlsx", "du-duyen-hai/tong-hop.pdf", "cb-tdp1/bao-cao.pdf");
        assertThat(names).doesNotContain("cb-tdp1/cong-van.pdf");
    }

    // ---------------------------------------------------------------- key and description

    @Test
    void everyCallNeedsTheKeyByHeaderOrBasic() throws Exception {
        HttpResponse<byte[]> none = Http.send(port, "/api/v1/validate", JSON, DEMO.getBytes(StandardCharsets.UTF_8), null);
        assertProblem(none, 401, "unauthorized");
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertProblem(Http.send(port, "/api/v1/validate", JSON, DEMO.getBytes(StandardCharsets.UTF_8), "wrong"), 401, "unauthorized");
        assertProblem(Http.send(port, "/", null, null, null), 401, "unauthorized");
        java.net.http.HttpRequest basic = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("ward:" + Http.KEY).getBytes(StandardCharsets.UTF_8)))
                .build();
        assertThat(java.net.http.HttpClient.newHttpClient().send(basic, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theOpenApiDescriptionIsServed() throws Exception {
        HttpResponse<byte[]> r = Http.send(port, "/v3/api-docs", null, null, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Http.text(r)).contains("\"openapi\":\"3.").contains("/api/v1/validate").contains("/api/v1/documents/{kind}")
                .contains("/api/v1/batch");
    }

    static void assertProblem(HttpResponse<byte[]> r, int status, String code) {
        String body = Http.text(r);
        assertThat(r.statusCode()).as(body).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(body).contains("\"type\":\"urn:ghidanh:problem:" + code + "\"").contains("\"status\":" + status)
                .contains("\"title\":").contains("\"detail\":")
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("\"trace\"");
    }
}
