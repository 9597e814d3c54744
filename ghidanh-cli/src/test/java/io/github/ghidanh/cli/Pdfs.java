package io.github.ghidanh.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading PDFs back in tests. */
public final class Pdfs {
    private Pdfs() {
    }

    /** The number of pages and the extracted text, with every run of white space (table cells wrap) as one space. */
    public record Read(int pages, String text) {
    }

    public static Read read(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new Read(d.getNumberOfPages(), new PDFTextStripper().getText(d).replaceAll("\\s+", " "));
        }
    }
}
