package io.github.ghidanh.sign.internal;

import io.github.ghidanh.sign.Appearance;
import io.github.ghidanh.sign.SignException;
import io.github.ghidanh.sign.SignatureSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * The PDF side of a signature: adds the field, its appearance and the empty {@code /Contents} as an
 * incremental update with PDFBox's external signing (which writes the byte range), then works on
 * bytes only: the digest of the byte range, and later the CMS written into the reserved space. So a
 * prepared PDF can be stored and completed in another process.
 */
public final class Preparer {
    /** The subfilter of PAdES (ETSI EN 319 142-1). */
    static final COSName ETSI_CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");

    /** A prepared PDF, its byte range and the SHA-256 digest of the range. */
    public record Result(byte[] pdf, long[] byteRange, byte[] digest) {
    }

    private Preparer() {
    }

    public static Result prepare(byte[] pdf, SignatureSpec spec, Instant time) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * spec.reservedBytes() + 64 * 1024);
        try (PDDocument doc = load(pdf)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            if (form != null && form.getField(spec.fieldName()) != null) {
                throw Messages.error("sign.field.exists", spec.fieldName());
            }
            int page = Appearances.page(spec.appearance());
            if (page >= doc.getNumberOfPages()) {
                throw Messages.error("sign.field.page", page + 1, doc.getNumberOfPages());
            }
            PDSignature sig = new PDSignature();
            sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(ETSI_CADES_DETACHED);
            sig.setSignDate(GregorianCalendar.from(ZonedDateTime.ofInstant(time, spec.zone())));
            spec.reason().ifPresent(sig::setReason);
            spec.location().ifPresent(sig::setLocation);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(spec.reservedBytes());
                options.setPage(page);
                doc.addSignature(sig, options);
                PDSignatureField field = field(doc, sig);
                field.setPartialName(spec.fieldName());
                if (!(spec.appearance() instanceof Appearance.Invisible)) {
                    Appearances.apply(doc, field.getWidgets().get(0), spec.appearance(), time, spec.zone());
                }
                ExternalSigningSupport external = doc.saveIncrementalForExternalSigning(out);
                // the CMS comes later, maybe from elsewhere: write the file now with the space still empty
                external.setSignature(new byte[0]);
            }
        } catch (SignException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw Messages.error("sign.pdf.prepare", e, Messages.cause(e));
        }
        return reopen(out.toByteArray(), spec.fieldName());
    }

    private static PDSignatureField field(PDDocument doc, PDSignature sig) throws IOException {
        for (PDSignatureField f : doc.getSignatureFields()) {
            if (f.getSignature() != null && f.getSignature().getCOSObject() == sig.getCOSObject()) {
                return f;
            }
        }
        throw new IllegalStateException("PDFBox did not add the signature field");
    }

    static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw Messages.error("sign.pdf.read", e, Messages.cause(e));
        }
    }

    /** The byte range of the empty signature in field {@code fieldName} of a prepared PDF, and its digest. */
    public static Result reopen(byte[] prepared, String fieldName) {
        long[] range = null;
        try (PDDocument doc = load(prepared)) {
            for (PDSignatureField f : doc.getSignatureFields()) {
                if (fieldName.equals(f.getFullyQualifiedName()) && f.getSignature() != null) {
                    int[] br = f.getSignature().getByteRange();
                    if (br != null && br.length == 4) {
                        range = new long[] {br[0], br[1], br[2], br[3]};
                    }
                }
            }
        } catch (IOException e) {
            throw Messages.error("sign.pdf.read", e, Messages.cause(e));
        }
        if (range == null || range[0] != 0 || range[1] <= 0 || range[2] <= range[1] + 2 || range[2] + range[3] != prepared.length
                || prepared[(int) range[1]] != '<' || prepared[(int) range[2] - 1] != '>') {
            throw Messages.error("sign.field.missing", fieldName);
        }
        for (long i = range[1] + 1; i < range[2] - 1; i++) {
            if (prepared[(int) i] != '0') {
                throw Messages.error("sign.field.signed", fieldName);
            }
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(prepared, (int) range[0], (int) range[1]);
            md.update(prepared, (int) range[2], (int) range[3]);
            return new Result(prepared, range, md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Writes the hexadecimal CMS into the reserved space of a copy of the prepared PDF. */
    public static byte[] embed(byte[] prepared, long[] range, byte[] cms) {
        byte[] hex = HexFormat.of().withUpperCase().formatHex(cms).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long room = range[2] - range[1] - 2;
        if (hex.length > room) {
            throw Messages.error("sign.cms.size", cms.length, room / 2);
        }
        byte[] signed = prepared.clone();
        System.arraycopy(hex, 0, signed, (int) range[1] + 1, hex.length);
        return signed;
    }
}
