package io.github.ghidanh.server.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The input of a call, held in memory only: an interchange file (JSON) or a nominee sheet (CSV, XLSX),
 * sent as the request body or as the first file of a multipart form.
 *
 * @param bytes the content
 * @param fileName the name it came with, or one made from the content type
 * @param sheet whether it is a nominee sheet (else an interchange file)
 */
public record Upload(byte[] bytes, String fileName, boolean sheet) {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Reads the body of {@code request}, refusing more than {@code maxBytes}. */
    public static Upload of(HttpServletRequest request, long maxBytes, Locale locale) {
        try {
            if (request instanceof MultipartHttpServletRequest multipart) {
                Iterator<String> names = multipart.getFileNames();
                MultipartFile file = names.hasNext() ? multipart.getFile(names.next()) : null;
                if (file == null || file.isEmpty()) {
                    throw new ApiException(HttpStatus.BAD_REQUEST, "unreadable-input", Msg.get(locale, "detail.no-file"));
                }
                if (file.getSize() > maxBytes) {
                    throw tooLarge(locale);
                }
                String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
                return of(file.getBytes(), name, file.getContentType(), locale);
            }
            if (request.getContentLengthLong() > maxBytes) {
                throw tooLarge(locale);
            }
            byte[] bytes;
            try (InputStream in = request.getInputStream()) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            if (bytes.length > maxBytes) {
                throw tooLarge(locale);
            }
            return of(bytes, "", request.getContentType(), locale);
        } catch (IOException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "unreadable-input", Msg.get(locale, "detail.multipart"));
        }
    }

    /** An upload named {@code name} (may be empty) with {@code contentType} (may be null). */
    public static Upload of(byte[] bytes, String name, String contentType, Locale locale) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (bytes.length == 0) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "unreadable-input", Msg.get(locale, "detail.no-file"));
        }
        if (lower.endsWith(".json")) {
            return new Upload(bytes, name, false);
        }
        if (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".xlsx")) {
            return new Upload(bytes, name, true);
        }
        if (type.startsWith("application/json") || type.endsWith("+json")) {
            return new Upload(bytes, "input.json", false);
        }
        if (type.startsWith("text/csv")) {
            return new Upload(bytes, "input.csv", true);
        }
        if (type.startsWith(XLSX)) {
            return new Upload(bytes, "input.xlsx", true);
        }
        throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                Msg.get(locale, "detail.unsupported-media-type"));
    }

    private static ApiException tooLarge(Locale locale) {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "too-large", Msg.get(locale, "detail.too-large"));
    }
}
