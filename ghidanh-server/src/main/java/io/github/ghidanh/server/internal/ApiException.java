package io.github.ghidanh.server.internal;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A call the service answers with a problem (RFC 9457): a status, a stable code (the problem type is
 * {@code urn:ghidanh:problem:<code>}), a title and a detail in the caller's language, and optionally
 * the problems found in the input.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String code;
    private final String detail;
    private final transient List<Map<String, Object>> problems;
    private final long retryAfterSeconds;

    public ApiException(HttpStatus status, String code, String detail) {
        this(status, code, detail, List.of(), -1);
    }

    public ApiException(HttpStatus status, String code, String detail, List<Map<String, Object>> problems, long retryAfterSeconds) {
        super(code, null, false, false); // no stack trace: it is an answer, not a failure
        this.status = status;
        this.code = code;
        this.detail = detail;
        this.problems = problems;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return detail;
    }

    public List<Map<String, Object>> problems() {
        return problems;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
