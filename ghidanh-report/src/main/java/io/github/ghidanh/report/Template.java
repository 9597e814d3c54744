package io.github.ghidanh.report;

import io.github.ghidanh.report.internal.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A host's own layout for one document: a JasperReports 7 JRXML file (compiled once, when the
 * {@link Reports} is built) or a compiled {@code .jasper} file. Its bytes are read when the
 * {@code Template} is made; immutable and thread-safe. docs/reports.md lists the parameters and fields
 * each document fills a template with.
 *
 * <pre>{@code
 * Reports reports = Reports.builder()
 *         .template(DocumentType.CERTIFICATES, Template.jrxml(Path.of("/etc/my-office/giay-chung-nhan.jrxml")))
 *         .build();
 * }</pre>
 *
 * <p><b>A template is code.</b> Its expressions are Java that runs with the host's permissions, and a
 * {@code .jasper} file is a serialised Java object. Take a template only from the host's own code
 * (a classpath resource) or from a path the host's administrator names, never from input: not from
 * an interchange file, an upload or a database field a user can write (docs/security.md).
 */
public final class Template {
    private final String origin;
    private final boolean compiled;
    private final byte[] content;

    private Template(String origin, boolean compiled, byte[] content) {
        this.origin = origin;
        this.compiled = compiled;
        this.content = content;
    }

    /** The JRXML file at {@code file}. */
    public static Template jrxml(Path file) {
        return of(file, false);
    }

    /** The JRXML at {@code url}, e.g. a resource of the host's own jar ({@code MyApp.class.getResource("/cert.jrxml")}). */
    public static Template jrxml(URL url) {
        return of(url, false);
    }

    /** The JRXML read from {@code in} to its end (the stream is not closed); {@code origin} names it in messages. */
    public static Template jrxml(InputStream in, String origin) {
        return of(in, origin, false);
    }

    /** The compiled template ({@code .jasper}) at {@code file}. */
    public static Template compiled(Path file) {
        return of(file, true);
    }

    /** The compiled template ({@code .jasper}) at {@code url}. */
    public static Template compiled(URL url) {
        return of(url, true);
    }

    /** The compiled template ({@code .jasper}) read from {@code in} to its end (the stream is not closed). */
    public static Template compiled(InputStream in, String origin) {
        return of(in, origin, true);
    }

    /** Whether this is a compiled {@code .jasper} template rather than JRXML. */
    public boolean isCompiled() {
        return compiled;
    }

    /** Where the template came from, as given: a path, a URL or the caller's name for a stream. */
    public String origin() {
        return origin;
    }

    /** The template's bytes (a copy). */
    byte[] content() {
        return content.clone();
    }

    @Override
    public String toString() {
        return (compiled ? "compiled template " : "JRXML template ") + origin;
    }

    private static Template of(Path file, boolean compiled) {
        Objects.requireNonNull(file, "file");
        try {
            return new Template(file.toString(), compiled, Files.readAllBytes(file));
        } catch (IOException e) {
            throw Messages.error("report.template.read", e, file, e.toString());
        }
    }

    private static Template of(URL url, boolean compiled) {
        Objects.requireNonNull(url, "url");
        try (InputStream in = url.openStream()) {
            return new Template(url.toString(), compiled, in.readAllBytes());
        } catch (IOException e) {
            throw Messages.error("report.template.read", e, url, e.toString());
        }
    }

    private static Template of(InputStream in, String origin, boolean compiled) {
        Objects.requireNonNull(in, "in");
        String name = origin == null ? "(stream)" : origin;
        try {
            return new Template(name, compiled, in.readAllBytes());
        } catch (IOException e) {
            throw Messages.error("report.template.read", e, name, e.toString());
        }
    }
}
