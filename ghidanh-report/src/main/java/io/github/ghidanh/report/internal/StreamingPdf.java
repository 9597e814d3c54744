package io.github.ghidanh.report.internal;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.base.JRBasePrintPage;
import net.sf.jasperreports.engine.fill.FillListener;
import net.sf.jasperreports.engine.fill.JRFiller;
import net.sf.jasperreports.engine.fill.ReportFiller;
import net.sf.jasperreports.export.ExporterInput;
import net.sf.jasperreports.export.ExporterInputItem;
import net.sf.jasperreports.export.ReportExportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;
import net.sf.jasperreports.pdf.common.PdfProducer;

/**
 * Fills and exports a big PDF at the same time, a page at a time, so that neither the whole filled
 * document nor a swap file is needed: the filler runs on its own thread and hands each finished page
 * over; the exporter (on the caller's thread) writes it and lets it go. At most {@link #WINDOW}
 * pages wait between the two, so the heap a render needs does not grow with the document, and the
 * fill and the export use two cores where a virtualizer serialises every page out and back in.
 *
 * <p>Why not a {@code JRSwapFileVirtualizer} under a small heap: with 100,000 rows in 128 MB the
 * virtualizer's serialisation and the collector working near the cap cost ≈ 40 % of the throughput
 * of an uncapped fill and export (docs/performance.md, line 2).
 *
 * <p>How the pages reach the exporter: JasperReports' PDF exporter reads the number of pages of a
 * document once, before its first page, but re-reads the number of documents of a batch before
 * each one. Each page is therefore given to it as one item of a batch whose length grows as the
 * filler goes on; every item is the same document ({@link Streamed}) with its page range set to
 * that one page. The exporter names each page's anchor after the item's index, so
 * {@link Exporter#writePageAnchor} restores the name a one-document export gives; the output is
 * byte-identical to filling first and exporting then (tested against the in-memory path).
 *
 * <p>A page is handed over only when the filler has begun the page after its successor (content
 * that must stay together may still move from the page just finished to the next one) and when it
 * has no pending delayed evaluation ({@link ReportFiller#isPageFinal}); at the end of the fill every
 * remaining page is. Only the library's own layouts take this path: they print the page number as
 * it is on its page and keep no element waiting for a later evaluation.
 */
final class StreamingPdf {
    /** Pages handed over and not yet exported; the filler waits while this many are. */
    static final int WINDOW = 32;
    private static final JRPrintPage RELEASED = new JRBasePrintPage();

    private final Object lock = new Object();
    /** Pages handed over, by index; an exported page's slot is set back to null. */
    private final List<JRPrintPage> handed = new ArrayList<>();
    private final Streamed print = new Streamed();
    private int exported; // pages the exporter is done with (guarded by lock)
    private boolean finished; // the filler returned or failed (guarded by lock)
    private boolean aborted; // the exporter failed: the filler stops at its next page (guarded by lock)
    private boolean copied; // the streamed document has the filler's name, format and styles (guarded by lock)
    private Throwable fillFailure; // guarded by lock

    private StreamingPdf() {
    }

    /**
     * Fills {@code report} with {@code params} and {@code data} on a new thread while {@code exporter}
     * (configured with its output and exporter configuration, not its input) exports on this one.
     * Returns when both are done; the first failure of either is thrown (the filler's as it was
     * thrown, so that a {@code ReportException} from the data source reaches the caller).
     */
    static void fillAndExport(JasperReportsContext ctx, JasperReport report, Map<String, Object> params, JRDataSource data,
            Exporter exporter) throws JRException {
        StreamingPdf s = new StreamingPdf();
        ReportFiller filler = JRFiller.createReportFiller(ctx, report);
        filler.addFillListener(s.new Handover(filler));
        Thread fill = new Thread(() -> s.fill(filler, params, data), "ghidanh-fill");
        fill.setDaemon(true);
        fill.start();
        Throwable exportFailure = null;
        boolean fillFailedFirst = false;
        try {
            exporter.setExporterInput(s.new Input());
            exporter.exportReport();
        } catch (RuntimeException | JRException | Error e) {
            exportFailure = e;
            synchronized (s.lock) {
                fillFailedFirst = s.fillFailure != null; // then the exporter stopped because the filler had
                s.aborted = true;
                s.lock.notifyAll();
            }
        } finally {
            join(fill);
        }
        Throwable fillFailure;
        synchronized (s.lock) {
            fillFailure = s.fillFailure;
        }
        if (exportFailure != null && !fillFailedFirst) {
            rethrow(exportFailure);
        }
        if (fillFailure != null) {
            rethrow(fillFailure); // also a failure after the last page: the document would be incomplete
        }
        if (exportFailure != null) {
            rethrow(exportFailure);
        }
    }

    private static void join(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the filler stops at its next page once aborted; wait for it all the same
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rethrow(Throwable t) throws JRException {
        if (t instanceof JRException e) {
            throw e;
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new JRException(t);
    }

    private void fill(ReportFiller filler, Map<String, Object> params, JRDataSource data) {
        Throwable failure = null;
        try {
            JasperPrint done = filler.fill(params, data);
            synchronized (lock) {
                if (!copied) {
                    print.copyFrom(done); // a one-page document: the filler never began a second page
                    copied = true;
                }
                List<JRPrintPage> pages = done.getPages();
                for (int i = handed.size(); i < pages.size(); i++) {
                    handed.add(pages.get(i)); // the end of the fill: every page is final (no window: the filler is done)
                }
            }
        } catch (Throwable t) { // handed to the exporter's thread, which reports it (an Aborted: the exporter's own)
            failure = t;
        } finally {
            synchronized (lock) {
                if (!aborted) {
                    fillFailure = failure;
                }
                finished = true;
                lock.notifyAll();
            }
        }
    }

    /** Hands the finished pages over as the filler begins new ones, and lets exported ones go. */
    private final class Handover implements FillListener {
        private final ReportFiller filler;
        private int released; // pages of the filler's own list replaced by a placeholder (filler thread only)

        Handover(ReportFiller filler) {
            this.filler = filler;
        }

        @Override
        public void pageGenerated(JasperPrint fillerPrint, int pageIndex) {
            // called as the filler begins page pageIndex + 1: pages up to pageIndex - 1 can no longer change
            List<JRPrintPage> pages = fillerPrint.getPages();
            synchronized (lock) {
                if (!copied) {
                    print.copyFrom(fillerPrint); // name, page format, styles, properties: set before the first page
                    copied = true;
                }
                int exportedNow = exported;
                for (; released < exportedNow; released++) {
                    pages.set(released, RELEASED); // the filler keeps every page it made: let the exported ones go
                }
                while (handed.size() < pageIndex && filler.isPageFinal(handed.size())) {
                    while (!aborted && handed.size() - exported >= WINDOW) {
                        await();
                    }
                    if (aborted) {
                        throw new Aborted();
                    }
                    handed.add(pages.get(handed.size()));
                    lock.notifyAll();
                }
                if (aborted) {
                    throw new Aborted();
                }
            }
        }

        @Override
        public void pageUpdated(JasperPrint fillerPrint, int pageIndex) {
            // a delayed evaluation resolved: pages are handed over only when final (isPageFinal), nothing to do
        }
    }

    private void await() {
        try {
            lock.wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Aborted();
        }
    }

    /**
     * The exporter's input: one item per page, the list growing as pages are handed over. {@code size()}
     * waits until the page after the last one asked for is there or the fill has ended.
     */
    private final class Input implements ExporterInput {
        private final List<ExporterInputItem> items = new AbstractList<>() {
            @Override
            public ExporterInputItem get(int index) {
                synchronized (lock) {
                    waitFor(index);
                    if (index >= handed.size()) {
                        throw new IndexOutOfBoundsException(index);
                    }
                    for (int i = exported; i < index; i++) {
                        handed.set(i, null); // the exporter has written every page before this one
                    }
                    exported = Math.max(exported, index);
                    lock.notifyAll();
                }
                return new Item(index);
            }

            @Override
            public int size() {
                synchronized (lock) {
                    waitFor(exported + 1);
                    return handed.size();
                }
            }
        };

        @Override
        public List<ExporterInputItem> getItems() {
            return items;
        }
    }

    /** Waits (holding the lock) until page {@code index} is handed over or the fill has ended. */
    private void waitFor(int index) {
        while (handed.size() <= index && !finished) {
            await();
        }
        if (fillFailure != null) {
            throw new FillFailed();
        }
    }

    /** One page of the streamed document as an item of the exporter's batch. */
    private final class Item implements ExporterInputItem {
        private final SimplePdfReportConfiguration range = new SimplePdfReportConfiguration();

        Item(int page) {
            range.setPageIndex(page);
        }

        @Override
        public JasperPrint getJasperPrint() {
            return print;
        }

        @Override
        public ReportExportConfiguration getConfiguration() {
            return range;
        }
    }

    /** The document the exporter sees: the filler's name, format and styles, the pages handed over so far. */
    private final class Streamed extends JasperPrint {
        private static final long serialVersionUID = 1L;

        Streamed() {
            super(new Pages());
        }
    }

    /** The handed-over pages as the exporter reads them. */
    private final class Pages extends AbstractList<JRPrintPage> {
        @Override
        public JRPrintPage get(int index) {
            synchronized (lock) {
                JRPrintPage p = handed.get(index);
                if (p == null) {
                    throw new IllegalStateException("page " + index + " was already exported");
                }
                return p;
            }
        }

        @Override
        public int size() {
            synchronized (lock) {
                return handed.size();
            }
        }

        @Override
        public boolean addAll(Collection<? extends JRPrintPage> c) {
            return false; // JasperPrint.copyFrom copies the filler's pages: they come through the hand-over instead
        }
    }

    /**
     * JasperReports' PDF exporter, naming each page's anchor as a one-document export does, and dating
     * the file as every other PDF of the library ({@link FixedDatePdfProducer}).
     */
    static final class Exporter extends JRPdfExporter {
        private final LocalDate date;

        Exporter(JasperReportsContext ctx, LocalDate date) {
            super(ctx);
            this.date = date;
        }

        @Override
        protected PdfProducer createPdfProducer() {
            return FixedDatePdfProducer.producer(createPdfProducerContext(), date);
        }

        @Override
        protected void writePageAnchor(int pageIndex) {
            int item = reportIndex;
            reportIndex = 0; // one item per page here; a one-document export names every anchor after document 0
            try {
                super.writePageAnchor(pageIndex);
            } finally {
                reportIndex = item;
            }
        }
    }

    /** The filler stops: the exporter failed. */
    private static final class Aborted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Aborted() {
            super("export failed", null, false, false);
        }
    }

    /** The exporter stops: the filler failed (the filler's own exception is what {@link #fillAndExport} throws). */
    private static final class FillFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FillFailed() {
            super("fill failed", null, false, false);
        }
    }
}
