package io.github.ghidanh.report.internal;

import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.common.PdfDocumentWriter;
import net.sf.jasperreports.pdf.common.PdfProducer;
import net.sf.jasperreports.pdf.common.PdfProducerContext;

/**
 * The PDF producer JasperReports uses, with the document's date as the creation and modification
 * date instead of the clock. OpenPDF writes the clock's time in the JVM's default zone, and the
 * length of that text depends on the zone ("Z" on a UTC host, "+07'00'" elsewhere), so no in-place
 * patch afterwards can make the bytes of two hosts agree. Setting the date before anything is
 * written gives every host the same Info dictionary, the same XMP (JasperReports builds it from the
 * Info dictionary) and so the same cross-reference offsets.
 */
final class FixedDatePdfProducer extends ClassicPdfProducer {
    /**
     * The zone of every date a PDF carries: Vietnam's, the only zone of the country whose offices
     * issue these documents (no daylight saving time since 1975), so the date a reader's viewer shows
     * is the document's date.
     */
    static final ZoneOffset ZONE = ZoneOffset.ofHours(7);

    private final LocalDate date;

    private FixedDatePdfProducer(PdfProducerContext context, LocalDate date) {
        super(context);
        this.date = date;
    }

    /** The producer of an exporter whose files are dated {@code date} at 00:00 in {@link #ZONE}. */
    static PdfProducer producer(PdfProducerContext context, LocalDate date) {
        return new FixedDatePdfProducer(context, date);
    }

    /** A PDF exporter whose files are dated {@code date} at 00:00 in {@link #ZONE}, whatever the clock and default zone. */
    static JRPdfExporter exporter(JasperReportsContext context, LocalDate date) {
        return new JRPdfExporter(context) {
            @Override
            protected PdfProducer createPdfProducer() {
                return producer(createPdfProducerContext(), date);
            }
        };
    }

    @Override
    public PdfDocumentWriter createWriter(OutputStream os) throws JRException {
        PdfDocumentWriter writer = super.createWriter(os);
        PdfDate fixed = pdfDate(date);
        PdfDictionary info = getPdfWriter().getInfo();
        info.put(PdfName.CREATIONDATE, fixed);
        info.put(PdfName.MODDATE, fixed);
        return writer;
    }

    /** {@code D:YYYYMMDD000000+07'00'}: the date at midnight in {@link #ZONE}. */
    static PdfDate pdfDate(LocalDate date) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone(ZONE), Locale.ROOT);
        c.clear();
        c.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
        return new PdfDate(c);
    }
}
