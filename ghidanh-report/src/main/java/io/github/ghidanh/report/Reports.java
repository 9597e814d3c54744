package io.github.ghidanh.report;

import io.github.ghidanh.core.view.DocumentView;
import io.github.ghidanh.report.internal.Engine;
import io.github.ghidanh.report.internal.Messages;
import io.github.ghidanh.report.spi.PreparedDocument;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Renders the honour roll's official documents. Pass one of the read models of
 * {@code io.github.ghidanh.core.view}: a {@link DocumentView} ({@code DirectiveLetterView},
 * {@code CellReportView}, {@code ProposalListView}, {@code HonourRollView}, {@code WardSummaryView} or
 * {@code CertificatesView}; the interface is sealed, so anything else does not compile):
 *
 * <pre>{@code
 * Reports reports = Reports.create();                       // once; thread-safe
 * reports.render(rollView, Format.PDF, response.getOutputStream());
 * reports.render(rollView, RenderOptions.builder(Format.PDF).archival(true).build(), Path.of("so-ghi-danh.pdf"));
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads. The same input gives byte-identical
 * output. Every failure is a {@link ReportException}.
 */
public final class Reports {
    /**
     * Documents with more body rows than this are rendered without holding the whole filled document
     * in memory: a PDF of the library's own layouts is filled and exported page by page on two threads;
     * a DOCX, an XLSX or a host's template is filled with a swap-file virtualizer. With a larger heap
     * the default threshold is larger (see {@link #defaultVirtualizerThreshold()}).
     */
    public static final int DEFAULT_VIRTUALIZER_THRESHOLD = 2_000;

    /** Heap budget of one body row of a filled document, for the default threshold (measured ~5 KB; 3× margin). */
    private static final long BYTES_PER_ROW = 16 * 1024;

    private final Engine engine;
    private final Path swapFolder;
    private final int threshold;
    private final Map<DocumentType, Template> templates;

    private Reports(Builder b) {
        this.swapFolder = b.swapFolder;
        this.threshold = b.threshold;
        this.templates = Collections.unmodifiableMap(new EnumMap<>(b.templates));
        Map<DocumentType, Engine.HostTemplate> host = new EnumMap<>(DocumentType.class);
        templates.forEach((type, t) -> host.put(type, new Engine.HostTemplate(t.origin(), t.isCompiled(), t.content())));
        this.engine = new Engine(b.swapFolder, b.threshold, host);
    }

    /**
     * The default virtualizer threshold: {@value #DEFAULT_VIRTUALIZER_THRESHOLD} rows, or as many rows as
     * fit in a quarter of the maximum heap at 16 KB a row if that is more (e.g. 2,048 at {@code -Xmx128m},
     * 16,384 at {@code -Xmx1g}). Swapping pages to disk costs about a fifth of the rendering time
     * (docs/performance.md), so it is kept for documents that may not fit in memory; a PDF of the
     * library's own layouts above the threshold swaps nothing (it is exported as it is filled).
     */
    public static int defaultVirtualizerThreshold() {
        long fit = Runtime.getRuntime().maxMemory() / 4 / BYTES_PER_ROW;
        return (int) Math.min(Integer.MAX_VALUE, Math.max(DEFAULT_VIRTUALIZER_THRESHOLD, fit));
    }

    /** A renderer with the defaults: swap files in the system temp folder above {@link #defaultVirtualizerThreshold()} rows. */
    public static Reports create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Renders {@code view} in {@code format} with the default options (Vietnamese, default columns). */
    public void render(DocumentView view, Format format, OutputStream out) {
        render(view, RenderOptions.of(format), out);
    }

    /** Renders {@code view} into {@code out}; the stream is flushed, not closed. */
    public void render(DocumentView view, RenderOptions options, OutputStream out) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        engine.render(view, options, out);
    }

    /** Renders {@code view} to bytes. */
    public byte[] render(DocumentView view, RenderOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(view, options, out);
        return out.toByteArray();
    }

    /**
     * Renders {@code view} to {@code target} atomically: into a temporary file of the same folder,
     * moved into place only when complete. On failure nothing is left at the target (an existing file
     * there is kept unchanged) and no temporary file remains.
     */
    public void render(DocumentView view, RenderOptions options, Path target) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(target, "target");
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            // created with the default permissions (not the owner-only ones of createTempFile)
            tmp = Files.createFile(dir.resolve("." + abs.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp"));
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                engine.render(view, options, out);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw Messages.error("report.io.write", e, abs, e.getMessage());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more we can do; the name starts with a dot and ends with .tmp
                }
            }
        }
    }

    /**
     * The compiled template and the data a render of {@code view} with {@code options} fills it with,
     * for tools that fill the template with JasperReports themselves (a benchmark's floor, a template
     * author); rendering never needs it. The format of the options does not matter.
     */
    public PreparedDocument prepare(DocumentView view, RenderOptions options) {
        Objects.requireNonNull(options, "options");
        return engine.prepare(view, options);
    }

    /** The host's own templates, by document; the library's layout for the others. */
    public Map<DocumentType, Template> templates() {
        return templates;
    }

    /** The folder for swap files of large documents, or null for the system temp folder. */
    public Path swapFolder() {
        return swapFolder;
    }

    /** The number of body rows above which the virtualizer is used. */
    public int virtualizerThreshold() {
        return threshold;
    }

    /** Options of a {@link Reports} instance. */
    public static final class Builder {
        private Path swapFolder;
        private int threshold = defaultVirtualizerThreshold();
        private final Map<DocumentType, Template> templates = new EnumMap<>(DocumentType.class);

        private Builder() {
        }

        /** Where large documents swap pages while filling (a private subfolder, removed afterwards). */
        public Builder swapFolder(Path folder) {
            this.swapFolder = folder;
            return this;
        }

        /**
         * Body rows above which a document is rendered without holding it whole in memory (see
         * {@link Reports#DEFAULT_VIRTUALIZER_THRESHOLD}); 0 for every document.
         */
        public Builder virtualizerThreshold(int rows) {
            if (rows < 0) {
                throw Messages.error("report.option.threshold", rows);
            }
            this.threshold = rows;
            return this;
        }

        /**
         * Renders {@code type} with the host's own {@code template} instead of the library's layout
         * (null: the library's again). The template may use the parameters and fields docs/reports.md
         * lists for the document; {@link #build()} compiles it and refuses it, with a
         * {@link ReportException}, if it does not compile or uses a name the document does not
         * provide. With a host template the column choice of {@link RenderOptions} does not apply to
         * that document: the template picks its fields. A template is code: see {@link Template}.
         */
        public Builder template(DocumentType type, Template template) {
            Objects.requireNonNull(type, "type");
            if (template == null) {
                templates.remove(type);
            } else {
                templates.put(type, template);
            }
            return this;
        }

        /** The renderer; compiles the host's templates (a {@link ReportException} if one cannot be used). */
        public Reports build() {
            return new Reports(this);
        }
    }
}
