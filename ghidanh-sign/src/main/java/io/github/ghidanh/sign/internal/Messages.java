package io.github.ghidanh.sign.internal;

import io.github.ghidanh.core.text.VietnameseText;
import io.github.ghidanh.sign.SignException;
import io.github.ghidanh.sign.SignatureReport;
import java.security.cert.X509Certificate;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The messages of the signing module, from the {@code Messages} bundles: Vietnamese (the root
 * bundle) and English under the same keys. Arguments are printed with {@link String#valueOf}.
 */
public final class Messages {
    static final String BUNDLE = "io.github.ghidanh.sign.internal.Messages";
    private static final ResourceBundle VI = bundle(Locale.ROOT);
    private static final ResourceBundle EN = bundle(Locale.ENGLISH);
    /** Times in reports: ISO 8601 with the offset, in Vietnam's zone as Nghị định 30/2020 writes them. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private Messages() {
    }

    public static SignException error(String code, Object... args) {
        return new SignException(code, text(VI, code, args), text(EN, code, args), null);
    }

    public static SignException error(String code, Throwable cause, Object... args) {
        return new SignException(code, text(VI, code, args), text(EN, code, args), cause);
    }

    /** "IllegalArgumentException: its message". */
    public static String cause(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    public static String describe(SignatureReport r, Locale locale) {
        ResourceBundle b = locale != null && "vi".equals(locale.getLanguage()) ? VI : EN;
        StringBuilder s = new StringBuilder();
        s.append(text(b, "report.signature", r.fieldName(), r.signer(), r.signingTime() == null ? "—" : TIME.format(r.signingTime())));
        s.append(' ').append(text(b, r.timeStampTime() == null ? "report.timestamp.none"
                : r.timeStampValid() ? "report.timestamp.valid" : "report.timestamp.invalid",
                r.timeStampTime() == null ? "" : TIME.format(r.timeStampTime()),
                r.timeStampAuthority() == null ? "" : name(r.timeStampAuthority())));
        s.append(' ').append(text(b, r.intact() ? "report.intact" : "report.broken"));
        s.append(' ').append(text(b, r.coversWholeFile() ? "report.whole"
                : r.laterChangesSigned() ? "report.later.signed" : "report.later.unsigned"));
        StringBuilder chain = new StringBuilder();
        for (X509Certificate c : r.chain()) {
            chain.append(chain.length() == 0 ? "" : " ← ").append(name(c));
        }
        s.append(' ').append(text(b, r.chainValid() ? "report.chain.valid" : "report.chain.invalid", chain));
        s.append(' ').append(text(b, r.trusted() ? "report.trusted" : "report.untrusted"));
        return s.toString();
    }

    /** The common name of a certificate's subject, or the whole subject. */
    public static String name(X509Certificate c) {
        return Certificates.commonName(c);
    }

    static String time(Instant t) {
        return TIME.format(t);
    }

    private static String text(ResourceBundle b, String key, Object... args) {
        Object[] printed = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            printed[i] = String.valueOf(args[i]);
        }
        String pattern = b.getString(key).replace("'", "''");
        return VietnameseText.nfc(new MessageFormat(pattern, Locale.ROOT).format(printed));
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
