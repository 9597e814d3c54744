package io.github.ghidanh.server.internal;

import io.github.ghidanh.server.ServerSettings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the API key on every call (but the OpenAPI description): header {@code X-API-Key}, or the
 * password of HTTP Basic, which a browser asks for on the page. A call without the right key gets a
 * 401 problem. Not installed when {@code ghidanh.server.external-security} says the application's own
 * Spring Security stands in front.
 */
public class ApiKeyFilter extends OncePerRequestFilter {
    private final byte[] key;

    public ApiKeyFilter(ServerSettings settings) {
        this.key = settings.hasApiKey() ? settings.apiKey().getBytes(StandardCharsets.UTF_8) : new byte[0];
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/v3/api-docs");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (matches(request.getHeader("X-API-Key")) || matches(basicPassword(request.getHeader(HttpHeaders.AUTHORIZATION)))) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = Msg.locale(request.getParameter("lang"), Msg.VI);
        ProblemDetail p = ProblemResponses.problem(HttpStatus.UNAUTHORIZED, "unauthorized", locale,
                Msg.get(locale, "detail.unauthorized"));
        response.setStatus(401);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ghidanh\", charset=\"UTF-8\"");
        response.setContentType(ProblemResponses.PROBLEM.toString());
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"" + p.getType() + "\",\"title\":\"" + json(p.getTitle())
                + "\",\"status\":401,\"detail\":\"" + json(p.getDetail()) + "\"}");
    }

    private boolean matches(String given) {
        return key.length > 0 && given != null && MessageDigest.isEqual(key, given.getBytes(StandardCharsets.UTF_8));
    }

    private static String basicPassword(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(colon + 1);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
