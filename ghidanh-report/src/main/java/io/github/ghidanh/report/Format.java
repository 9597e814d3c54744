package io.github.ghidanh.report;

/** Output formats. XLSX is offered for the tabular documents only (not the letter or certificates). */
public enum Format {
    /** PDF with embedded fonts (Identity-H); PDF/A-1a when {@link RenderOptions#archival()} is set. */
    PDF("pdf", "application/pdf"),
    /** Word document; text set in "Times New Roman". */
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    /** Excel workbook of the document's tables; text set in "Times New Roman". */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    Format(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The media (MIME) type. */
    public String mediaType() {
        return mediaType;
    }
}
