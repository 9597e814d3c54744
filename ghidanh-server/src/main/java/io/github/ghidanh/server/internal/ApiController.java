package io.github.ghidanh.server.internal;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.view.DocumentKind;
import io.github.ghidanh.interchange.run.CampaignRun;
import io.github.ghidanh.report.Format;
import io.github.ghidanh.server.ServerSettings;
import io.github.ghidanh.spring.autoconfigure.GhidanhProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP API (docs/server.md). Every input is an interchange file (JSON) or a nominee sheet (CSV,
 * XLSX) merged into the configured campaign, as the request body or the first file of a multipart form.
 */
@RestController
@RequestMapping("/api/v1")
public class ApiController {
    private final Campaigns campaigns;
    private final Documents documents;
    private final ServerSettings settings;
    private final GhidanhProperties properties;

    public ApiController(Campaigns campaigns, Documents documents, ServerSettings settings, GhidanhProperties properties) {
        this.campaigns = campaigns;
        this.documents = documents;
        this.settings = settings;
        this.properties = properties;
    }

    private Locale locale(String lang) {
        return Msg.locale(lang, properties.localeOr(null));
    }

    @Operation(summary = "Checks an interchange file or a nominee sheet",
            description = "Every problem of reading and every violation of the rules and criteria, with its path (or row and "
                    + "column), the clause of the letter and the message in the requested language. 200 even when there are problems.")
    @PostMapping(value = "/validate", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> validate(HttpServletRequest request,
            @Parameter(description = "vi (default) or en") @RequestParam(required = false) String lang,
            @Parameter(description = "for a sheet: the cell its rows belong to") @RequestParam(required = false) String cell) {
        Locale locale = locale(lang);
        Campaigns.Loaded loaded = campaigns.load(Upload.of(request, settings.maxRequestSize().toBytes(), locale), cell, locale);
        List<Map<String, Object>> problems = campaigns.check(loaded, locale);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("valid", problems.isEmpty());
        out.put("nominees", loaded.content().nominees().size());
        out.put("profile", campaigns.profile(loaded.content(), locale).id());
        out.put("problems", problems);
        return out;
    }

    @Operation(summary = "Renders one document",
            description = "kind: letter, cell-report, proposal-list, honour-roll, ward-summary, certificates. An input with "
                    + "problems of reading is refused (422) as the command line's render refuses it.")
    @PostMapping("/documents/{kind}")
    public ResponseEntity<byte[]> document(HttpServletRequest request, @PathVariable String kind,
            @Parameter(description = "pdf (default), docx or xlsx (tables only)") @RequestParam(defaultValue = "pdf") String format,
            @Parameter(description = "the organisation; default: the issuer, or the first cell for a cell's document")
            @RequestParam(required = false) String org,
            @Parameter(description = "archival PDF/A-1a; default: ghidanh.archival") @RequestParam(required = false) Boolean archival,
            @RequestParam(required = false) String lang,
            @Parameter(description = "the document's date (yyyy-mm-dd); default: the document's own")
            @RequestParam(required = false) String date,
            @RequestParam(required = false) String cell,
            @Parameter(description = "attachment (default) or inline") @RequestParam(defaultValue = "attachment") String disposition) {
        Locale locale = locale(lang);
        DocumentKind k = Documents.kind(kind, locale);
        Format f = Documents.format(format, locale);
        LocalDate d = date(date, locale);
        Campaigns.Loaded loaded = campaigns.load(Upload.of(request, settings.maxRequestSize().toBytes(), locale), cell, locale);
        return send(render(loaded, k, org, f, archival, d, locale), disposition);
    }

    Documents.Rendered render(Campaigns.Loaded loaded, DocumentKind k, String org, Format f, Boolean archival, LocalDate d,
            Locale locale) {
        refuseProblems(loaded, locale);
        CriteriaProfile profile = campaigns.profile(loaded.content(), locale);
        CampaignRun run = campaigns.run(loaded, locale);
        return documents.one(run, profile, k, org, f, archival, d, locale);
    }

    static ResponseEntity<byte[]> send(Documents.Rendered r, String disposition) {
        String type = "inline".equalsIgnoreCase(disposition) ? "inline" : "attachment";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(r.format().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, Documents.contentDisposition(type, r.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .body(r.bytes());
    }

    @Operation(summary = "Every document of every organisation, as a ZIP",
            description = "Entries <organisation>/<document>.<ext>, every format each document has; documents with nothing to show are left out.")
    @PostMapping(value = "/batch", produces = "application/zip")
    public ResponseEntity<byte[]> batch(HttpServletRequest request, @RequestParam(required = false) Boolean archival,
            @RequestParam(required = false) String lang, @RequestParam(required = false) String date,
            @RequestParam(required = false) String cell) {
        Locale locale = locale(lang);
        LocalDate d = date(date, locale);
        Campaigns.Loaded loaded = campaigns.load(Upload.of(request, settings.maxRequestSize().toBytes(), locale), cell, locale);
        return sendZip(zip(loaded, archival, d, locale), loaded);
    }

    byte[] zip(Campaigns.Loaded loaded, Boolean archival, LocalDate d, Locale locale) {
        refuseProblems(loaded, locale);
        CriteriaProfile profile = campaigns.profile(loaded.content(), locale);
        return documents.batch(campaigns.run(loaded, locale), profile, archival, d, locale);
    }

    static ResponseEntity<byte[]> sendZip(byte[] zip, Campaigns.Loaded loaded) {
        String name = "Hồ sơ ghi danh - " + loaded.content().campaign().id() + ".zip";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, Documents.contentDisposition("attachment",
                        name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ")))
                .body(zip);
    }

    /** Documents are official: an input with problems of reading is refused rather than rendered without the bad records. */
    static void refuseProblems(Campaigns.Loaded loaded, Locale locale) {
        if (loaded.hasReadProblems()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "input-problems",
                    Msg.get(locale, "detail.input-problems", loaded.readProblems().size()), loaded.readProblems(), -1);
        }
    }

    static LocalDate date(String date, Locale locale) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "bad-request", Msg.get(locale, "detail.bad-date", date));
        }
    }
}
