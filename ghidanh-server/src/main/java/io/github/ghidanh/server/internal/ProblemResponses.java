package io.github.ghidanh.server.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Every error as a problem (RFC 9457, application/problem+json), in the caller's language (the
 * {@code lang} parameter), never with a stack trace or the input's content. Logs name the problem
 * code and the exception's class only: a message could quote personal data from the input.
 */
@RestControllerAdvice
public class ProblemResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);
    public static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    public static ProblemDetail problem(HttpStatusCode status, String code, Locale locale, String detail) {
        ProblemDetail p = ProblemDetail.forStatus(status);
        p.setType(URI.create("urn:ghidanh:problem:" + code));
        p.setTitle(Msg.get(locale, "problem." + code));
        p.setDetail(detail);
        return p;
    }

    static Locale locale(HttpServletRequest request) {
        return Msg.locale(request.getParameter("lang"), Msg.VI);
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e, HttpServletRequest request) {
        ProblemDetail p = problem(e.status(), e.code(), locale(request), e.detail());
        if (!e.problems().isEmpty()) {
            p.setProperty("problems", e.problems());
        }
        ResponseEntity.BodyBuilder b = ResponseEntity.status(e.status()).contentType(PROBLEM);
        if (e.retryAfterSeconds() >= 0) {
            b.header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        }
        return b.body(p);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return respond(HttpStatus.CONTENT_TOO_LARGE, "too-large", "detail.too-large", request);
    }

    @ExceptionHandler({MultipartException.class, org.springframework.http.converter.HttpMessageNotReadableException.class})
    ResponseEntity<ProblemDetail> unreadable(Exception e, HttpServletRequest request) {
        return respond(HttpStatus.BAD_REQUEST, "unreadable-input", "detail.multipart", request);
    }

    /** Spring MVC's own errors (unsupported media type, unknown path, wrong method, missing parameter …). */
    private ResponseEntity<ProblemDetail> spring(ErrorResponse er, HttpServletRequest request) {
        HttpStatusCode status = er.getStatusCode();
        String code = switch (status.value()) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            default -> "bad-request";
        };
        Locale l = locale(request);
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(er.getHeaders());
        headers.setContentType(PROBLEM);
        return new ResponseEntity<>(problem(status, code, l, Msg.get(l, "detail." + code)), headers, status);
    }

    @ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(Exception e, HttpServletRequest request) {
        return respond(HttpStatus.BAD_REQUEST, "bad-request", "detail.bad-request", request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse er) {
            return spring(er, request);
        }
        LOG.error("unexpected failure: {}", e.getClass().getName());
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "detail.internal", request);
    }

    /** A problem with a fixed detail from the bundle ({@code detailKey}), in the caller's language. */
    private static ResponseEntity<ProblemDetail> respond(HttpStatus status, String code, String detailKey,
            HttpServletRequest request) {
        Locale l = locale(request);
        return ResponseEntity.status(status).contentType(PROBLEM).body(problem(status, code, l, Msg.get(l, detailKey)));
    }
}
