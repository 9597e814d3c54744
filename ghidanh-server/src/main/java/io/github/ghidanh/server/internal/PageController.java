package io.github.ghidanh.server.internal;

import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.view.DocumentKind;
import io.github.ghidanh.interchange.run.CampaignRun;
import io.github.ghidanh.report.Format;
import io.github.ghidanh.server.ServerSettings;
import io.github.ghidanh.spring.autoconfigure.GhidanhProperties;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The web page for the person at the ward office: plain server-rendered HTML, Vietnamese first, no
 * script. The uploaded file travels back to the browser in a hidden field of the result page (nothing
 * is kept on the server between two requests): preview and download post it again with the choices.
 */
@RestController
public class PageController {
    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final Campaigns campaigns;
    private final Documents documents;
    private final ServerSettings settings;
    private final GhidanhProperties properties;
    private final ApiController api;

    public PageController(Campaigns campaigns, Documents documents, ServerSettings settings, GhidanhProperties properties,
            ApiController api) {
        this.campaigns = campaigns;
        this.documents = documents;
        this.settings = settings;
        this.properties = properties;
        this.api = api;
    }

    private Locale locale(String lang) {
        return Msg.locale(lang, properties.localeOr(null));
    }

    @GetMapping(value = "/", produces = "text/html")
    public ResponseEntity<String> index(@RequestParam(required = false) String lang) {
        Locale l = locale(lang);
        StringBuilder b = head(l, t(l, "page.title"));
        b.append("<p>").append(t(l, "page.intro")).append("</p>\n");
        b.append("<form method=\"post\" action=\"/ui/check\" enctype=\"multipart/form-data\">\n")
                .append("<input type=\"hidden\" name=\"lang\" value=\"").append(l.getLanguage()).append("\">\n")
                .append("<p><label for=\"file\">").append(t(l, "page.file")).append("</label><br>\n")
                .append("<input type=\"file\" id=\"file\" name=\"file\" accept=\".json,.csv,.xlsx\" required></p>\n")
                .append("<p><label for=\"cell\">").append(t(l, "page.cell")).append("</label><br>\n")
                .append("<select id=\"cell\" name=\"cell\">");
        for (Organisation c : campaigns.cells()) {
            b.append("<option value=\"").append(esc(c.id())).append("\">").append(esc(c.name())).append("</option>");
        }
        b.append("</select> <small>").append(esc(t(l, "page.cellHint", campaigns.base().campaign().subject()))).append("</small></p>\n")
                .append("<p><button type=\"submit\" id=\"check\">").append(t(l, "page.check")).append("</button></p>\n</form>\n");
        return page(b);
    }

    @PostMapping(value = "/ui/check", produces = "text/html")
    public ResponseEntity<String> check(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String cell,
            @RequestParam(required = false) String lang) throws java.io.IOException {
        Locale l = locale(lang);
        Upload upload = Upload.of(file.getBytes(), file.getOriginalFilename(), file.getContentType(), l);
        Campaigns.Loaded loaded = campaigns.load(upload, cell, l);
        List<Map<String, Object>> problems = campaigns.check(loaded, l);
        StringBuilder b = head(l, t(l, "page.result"));
        b.append("<p id=\"summary\">").append(esc(t(l, "page.summary", upload.fileName(), loaded.content().nominees().size(),
                problems.size()))).append("</p>\n");
        if (!problems.isEmpty()) {
            b.append("<table id=\"problems\">\n<thead><tr><th>").append(t(l, "page.row")).append("</th><th>")
                    .append(t(l, "page.column")).append("</th><th>").append(t(l, "page.clause")).append("</th><th>")
                    .append(t(l, "page.message")).append("</th></tr></thead>\n<tbody>\n");
            for (Map<String, Object> p : problems) {
                Object row = p.get("row");
                Object column = p.get("column") != null ? p.get("column") : p.get("path");
                b.append("<tr><td>").append(row == null ? "" : esc(row.toString())).append("</td><td>")
                        .append(column == null ? "" : esc(column.toString())).append("</td><td>")
                        .append(p.get("clause") == null ? "" : esc(p.get("clause").toString())).append("</td><td>")
                        .append(esc(String.valueOf(p.get("message")))).append("</td></tr>\n");
            }
            b.append("</tbody>\n</table>\n");
        }
        if (loaded.hasReadProblems()) {
            b.append("<p class=\"warn\">").append(t(l, "page.refused")).append("</p>\n");
        } else {
            CampaignRun run = campaigns.run(loaded, l);
            String data = Base64.getEncoder().encodeToString(upload.bytes());
            b.append("<h2>").append(t(l, "page.documents")).append("</h2>\n")
                    .append("<form method=\"post\" action=\"/ui/document\" enctype=\"multipart/form-data\" target=\"preview\" id=\"documents\">\n")
                    .append(hidden("data", data)).append(hidden("name", upload.fileName()))
                    .append(hidden("cell", cell == null ? "" : cell)).append(hidden("lang", l.getLanguage()))
                    .append("<p><label for=\"org\">").append(t(l, "page.org")).append("</label><br><select id=\"org\" name=\"org\">");
            for (Organisation o : run.state().tree().all()) {
                b.append("<option value=\"").append(esc(o.id())).append("\">").append(esc(o.name())).append("</option>");
            }
            b.append("</select></p>\n<p><label for=\"kind\">").append(t(l, "page.kind")).append("</label><br><select id=\"kind\" name=\"kind\">");
            for (DocumentKind k : DocumentKind.values()) {
                b.append("<option value=\"").append(k.id()).append("\">").append(esc(k.title(l))).append("</option>");
            }
            b.append("</select></p>\n<p><label for=\"format\">").append(t(l, "page.format"))
                    .append("</label><br><select id=\"format\" name=\"format\">")
                    .append("<option value=\"pdf\">PDF</option><option value=\"docx\">DOCX (Word)</option><option value=\"xlsx\">XLSX (Excel)</option>")
                    .append("</select></p>\n<p><button type=\"submit\" name=\"action\" value=\"preview\" id=\"preview-button\">")
                    .append(t(l, "page.preview")).append("</button>\n")
                    .append("<button type=\"submit\" name=\"action\" value=\"download\" formtarget=\"_self\" id=\"download\">")
                    .append(t(l, "page.download")).append("</button>\n")
                    .append("<button type=\"submit\" formaction=\"/ui/batch\" formtarget=\"_self\" id=\"zip\">")
                    .append(t(l, "page.zip")).append("</button></p>\n</form>\n")
                    .append("<iframe name=\"preview\" id=\"preview\" title=\"").append(t(l, "page.preview"))
                    .append("\" style=\"width:100%;height:80vh;border:1px solid #999\"></iframe>\n");
        }
        b.append("<p><a href=\"/?lang=").append(l.getLanguage()).append("\">").append(t(l, "page.again")).append("</a></p>\n");
        return page(b);
    }

    @PostMapping("/ui/document")
    public ResponseEntity<byte[]> document(@RequestParam String data, @RequestParam String name,
            @RequestParam(required = false) String cell, @RequestParam String org, @RequestParam String kind,
            @RequestParam(defaultValue = "pdf") String format, @RequestParam(defaultValue = "preview") String action,
            @RequestParam(required = false) String lang) {
        Locale l = locale(lang);
        Campaigns.Loaded loaded = campaigns.load(decode(data, name, l), cell, l);
        DocumentKind k = Documents.kind(kind, l);
        Format f = Documents.format(format, l);
        boolean preview = "preview".equals(action) && f == Format.PDF;
        return ApiController.send(api.render(loaded, k, org, f, null, null, l), preview ? "inline" : "attachment");
    }

    @PostMapping("/ui/batch")
    public ResponseEntity<byte[]> batch(@RequestParam String data, @RequestParam String name,
            @RequestParam(required = false) String cell, @RequestParam(required = false) String lang) {
        Locale l = locale(lang);
        Campaigns.Loaded loaded = campaigns.load(decode(data, name, l), cell, l);
        return ApiController.sendZip(api.zip(loaded, null, null, l), loaded);
    }

    private Upload decode(String data, String name, Locale l) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "unreadable-input", Msg.get(l, "detail.multipart"));
        }
        if (bytes.length > settings.maxRequestSize().toBytes()) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "too-large", Msg.get(l, "detail.too-large"));
        }
        return Upload.of(bytes, name, null, l);
    }

    private static String t(Locale l, String key, Object... args) {
        return Msg.get(l, key, args);
    }

    private static StringBuilder head(Locale l, String title) {
        StringBuilder b = new StringBuilder(8192);
        String other = l.getLanguage().equals("en") ? "vi" : "en";
        b.append("<!DOCTYPE html>\n<html lang=\"").append(l.getLanguage()).append("\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").append(esc(title))
                .append("</title>\n<style>body{font-family:sans-serif;max-width:60em;margin:1em auto;padding:0 1em}")
                .append("table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.3em;text-align:left;vertical-align:top}")
                .append(".warn{color:#a00;font-weight:bold}button{font-size:1em;padding:.4em 1em}</style>\n</head>\n<body>\n")
                .append("<p style=\"text-align:right\"><a href=\"/?lang=").append(other).append("\">")
                .append(other.equals("en") ? "English" : "Tiếng Việt").append("</a></p>\n<h1>").append(esc(title)).append("</h1>\n");
        return b;
    }

    private static ResponseEntity<String> page(StringBuilder b) {
        b.append("</body>\n</html>\n");
        return ResponseEntity.ok().contentType(HTML).header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'self'; style-src 'unsafe-inline'; frame-src 'self'")
                .body(b.toString());
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + esc(value) + "\">\n";
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
