package io.github.ghidanh.server.internal;

import io.github.ghidanh.core.GhidanhException;
import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.view.DocumentKind;
import io.github.ghidanh.core.view.DocumentView;
import io.github.ghidanh.interchange.run.CampaignRun;
import io.github.ghidanh.report.DocumentFiles;
import io.github.ghidanh.report.DocumentFiles.DocumentFile;
import io.github.ghidanh.report.DocumentType;
import io.github.ghidanh.report.Format;
import io.github.ghidanh.report.RenderOptions;
import io.github.ghidanh.report.Reports;
import io.github.ghidanh.spring.autoconfigure.GhidanhProperties;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Renders one document, or every document of every organisation into a ZIP, in the render pool. */
@Component
public class Documents {
    private final Reports reports;
    private final RenderPool pool;
    private final GhidanhProperties properties;

    public Documents(Reports reports, RenderPool pool, GhidanhProperties properties) {
        this.reports = reports;
        this.pool = pool;
        this.properties = properties;
    }

    /** A rendered document. */
    public record Rendered(byte[] bytes, Format format, String fileName) {
    }

    public static Format format(String s, Locale locale) {
        for (Format f : Format.values()) {
            if (f.extension().equalsIgnoreCase(s)) {
                return f;
            }
        }
        throw new ApiException(HttpStatus.BAD_REQUEST, "unknown-format", Msg.get(locale, "detail.unknown-format", s));
    }

    public static DocumentKind kind(String s, Locale locale) {
        return DocumentKind.byId(s).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "unknown-document",
                Msg.get(locale, "detail.unknown-document", s, DocumentKind.ids())));
    }

    /** The options of a call: the given language, archival flag, else the {@code ghidanh.*} defaults. */
    public RenderOptions options(Format format, Locale locale, Boolean archival) {
        boolean a = archival != null ? archival : properties.archival();
        return properties.renderOptions(format).toBuilder().locale(locale).archival(a && format == Format.PDF).build();
    }

    public Rendered one(CampaignRun run, CriteriaProfile profile, DocumentKind kind, String org, Format format, Boolean archival,
            LocalDate date, Locale locale) {
        if (format == Format.XLSX && !DocumentType.formats(kind).contains(Format.XLSX)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "no-such-format", Msg.get(locale, "detail.no-such-format", kind.id()));
        }
        if (Boolean.TRUE.equals(archival) && format != Format.PDF) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "bad-request", Msg.get(locale, "detail.archival-pdf-only"));
        }
        String orgId = org != null && !org.isBlank() ? org : kind.defaultOrganisation(run.state());
        Organisation o = run.state().tree().find(orgId).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND,
                "unknown-organisation", Msg.get(locale, "detail.unknown-organisation", orgId)));
        if (!kind.issuedBy(run.state(), o)) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "not-applicable",
                    Msg.get(locale, "detail.not-applicable", kind.title(locale), o.name()));
        }
        RenderOptions options = options(format, locale, archival);
        byte[] bytes = pool.run(() -> {
            try {
                return reports.render(kind.view(run.state(), orgId, profile, date), options);
            } catch (GhidanhException e) {
                throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "not-available", e.message(locale));
            }
        }, locale);
        return new Rendered(bytes, format, fileName(kind, o, format));
    }

    /**
     * Every document of every organisation in every format it has, in tree order, into a ZIP:
     * {@code <organisation>/<document>.<ext>}, the command line's batch layout. Documents with nothing
     * to show are left out. One render slot for the whole batch.
     */
    public byte[] batch(CampaignRun run, CriteriaProfile profile, Boolean archival, LocalDate date, Locale locale) {
        return pool.run(() -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
            try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
                for (DocumentFile file : DocumentFiles.of(run.state(), date)) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "render-timeout",
                                Msg.get(locale, "detail.render-timeout"));
                    }
                    ZipEntry e = new ZipEntry(file.path());
                    e.setTime(0L);
                    zip.putNextEntry(e);
                    DocumentView view = file.kind().view(run.state(), file.organisationId(), profile, date);
                    reports.render(view, options(file.format(), locale, archival), zip);
                    zip.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }, locale);
    }

    /**
     * The Vietnamese name of a downloaded document: "Sổ ghi danh - Đảng ủy phường Duyên Hải.pdf", without
     * the characters file systems refuse.
     */
    static String fileName(DocumentKind kind, Organisation org, Format format) {
        String name = kind.titleVi() + " - " + org.name();
        name = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").replaceAll("\\s+", " ").trim();
        return name + "." + format.extension();
    }

    /** Content-Disposition with an ASCII fallback and the Vietnamese name (RFC 6266, RFC 8187 {@code filename*}). */
    public static String contentDisposition(String type, String fileName) {
        String ascii = java.text.Normalizer.normalize(fileName.replace('Đ', 'D').replace('đ', 'd'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replaceAll("[^A-Za-z0-9._ -]+", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
