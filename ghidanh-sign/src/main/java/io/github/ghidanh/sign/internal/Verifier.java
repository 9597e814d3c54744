package io.github.ghidanh.sign.internal;

import io.github.ghidanh.sign.SignatureReport;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Checks each signature of a PDF with PDFBox (the signature dictionaries, byte ranges and signed
 * bytes) and Bouncy Castle (the CMS, the time stamp, the chain). Revocation is not checked.
 */
public final class Verifier {
    private Verifier() {
    }

    private record Found(String field, PDSignature sig, long end) {
    }

    public static List<SignatureReport> verify(byte[] pdf, List<X509Certificate> trusted, Instant now) {
        List<Found> found = new ArrayList<>();
        try (PDDocument doc = Preparer.load(pdf)) {
            for (PDSignatureField f : doc.getSignatureFields()) {
                PDSignature s = f.getSignature();
                if (s != null) {
                    int[] br = s.getByteRange();
                    long end = br != null && br.length == 4 ? (long) br[2] + br[3] : -1;
                    found.add(new Found(f.getFullyQualifiedName(), s, end));
                }
            }
            found.sort(Comparator.comparingLong(Found::end));
            List<SignatureReport> reports = new ArrayList<>();
            for (Found f : found) {
                reports.add(one(pdf, f, trusted, now));
            }
            // later changes are signed when the last signature covers the whole file and is intact
            SignatureReport last = reports.isEmpty() ? null : reports.get(reports.size() - 1);
            boolean tailSigned = last != null && last.coversWholeFile() && last.intact();
            List<SignatureReport> done = new ArrayList<>();
            for (SignatureReport r : reports) {
                done.add(new SignatureReport(r.fieldName(), r.signer(), r.subFilter(), r.signingTime(), r.timeStampTime(), r.timeStampValid(),
                        r.timeStampAuthority(), r.intact(), r.coversWholeFile(), r.coversWholeFile() || tailSigned, r.chain(), r.chainValid(),
                        r.trusted()));
            }
            return done;
        } catch (IOException e) {
            throw Messages.error("sign.pdf.read", e, Messages.cause(e));
        }
    }

    private static SignatureReport one(byte[] pdf, Found f, List<X509Certificate> trusted, Instant now) {
        PDSignature sig = f.sig();
        Instant signingTime = sig.getSignDate() == null ? null : sig.getSignDate().toInstant();
        String subFilter = sig.getSubFilter();
        int[] br = sig.getByteRange();
        boolean whole = f.end() == pdf.length && br[0] == 0;
        String signer = "?";
        boolean intact = false;
        Instant tsTime = null;
        boolean tsValid = false;
        X509Certificate tsa = null;
        List<X509Certificate> chain = List.of();
        boolean chainValid = false;
        boolean isTrusted = false;
        try {
            byte[] contents = Cms.trim(sig.getContents(pdf));
            byte[] signed = sig.getSignedContent(pdf);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), contents);
            SignerInformation si = cms.getSignerInfos().getSigners().iterator().next();
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(si.getSID());
            if (!matches.isEmpty()) {
                X509CertificateHolder holder = matches.iterator().next();
                X509Certificate cert = Certificates.jdk(holder);
                signer = Certificates.commonName(cert);
                try {
                    intact = si.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder)) && signingCertificateMatches(si, holder);
                } catch (Exception e) {
                    intact = false; // a digest or signature that does not match
                }
                Attribute ts = si.getUnsignedAttributes() == null ? null
                        : si.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
                if (ts != null) {
                    TimeStampToken token = new TimeStampToken(ContentInfo.getInstance(ts.getAttrValues().getObjectAt(0)));
                    tsTime = token.getTimeStampInfo().getGenTime().toInstant();
                    Collection<X509CertificateHolder> t = token.getCertificates().getMatches(token.getSID());
                    if (!t.isEmpty()) {
                        tsa = Certificates.jdk(t.iterator().next());
                        tsValid = timeStampHolds(token, t.iterator().next(), si.getSignature());
                    }
                }
                List<X509Certificate> all = new ArrayList<>();
                for (X509CertificateHolder h : cms.getCertificates().getMatches(null)) {
                    all.add(Certificates.jdk(h));
                }
                Instant at = tsValid ? tsTime : now;
                chain = chain(cert, all);
                chainValid = chainHolds(chain, at);
                isTrusted = chainValid && trusts(chain, trusted);
            }
        } catch (Exception e) {
            intact = false; // an unreadable signature is not intact; the report says so
        }
        return new SignatureReport(f.field(), signer, subFilter, signingTime, tsTime, tsValid, tsa, intact, whole, whole, chain, chainValid,
                isTrusted);
    }

    private static boolean signingCertificateMatches(SignerInformation si, X509CertificateHolder holder) throws IOException {
        AttributeTable signed = si.getSignedAttributes();
        Attribute a = signed == null ? null : signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (a == null) {
            return true; // not a PAdES signature: nothing to hold it to
        }
        ESSCertIDv2 id = SigningCertificateV2.getInstance(a.getAttrValues().getObjectAt(0)).getCerts()[0];
        try {
            return MessageDigest.isEqual(MessageDigest.getInstance(digestName(id.getHashAlgorithm().getAlgorithm())).digest(holder.getEncoded()),
                    id.getCertHash());
        } catch (java.security.NoSuchAlgorithmException e) {
            return false;
        }
    }

    private static String digestName(ASN1ObjectIdentifier oid) throws java.security.NoSuchAlgorithmException {
        if (oid.equals(NISTObjectIdentifiers.id_sha256)) {
            return "SHA-256";
        }
        if (oid.equals(NISTObjectIdentifiers.id_sha384)) {
            return "SHA-384";
        }
        if (oid.equals(NISTObjectIdentifiers.id_sha512)) {
            return "SHA-512";
        }
        throw new java.security.NoSuchAlgorithmException(oid.getId());
    }

    private static boolean timeStampHolds(TimeStampToken token, X509CertificateHolder tsa, byte[] signatureValue) {
        try {
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa)); // signature, TSA usage, validity at genTime
            String name = digestName(token.getTimeStampInfo().getMessageImprintAlgOID());
            return MessageDigest.isEqual(MessageDigest.getInstance(name).digest(signatureValue), token.getTimeStampInfo().getMessageImprintDigest());
        } catch (Exception e) {
            return false;
        }
    }

    /** From the signer's certificate upwards, by issuer name, as far as the signature's certificates go. */
    static List<X509Certificate> chain(X509Certificate leaf, List<X509Certificate> all) {
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(leaf);
        X509Certificate c = leaf;
        while (!c.getIssuerX500Principal().equals(c.getSubjectX500Principal()) && chain.size() < 10) {
            X509Certificate next = null;
            for (X509Certificate o : all) {
                if (o.getSubjectX500Principal().equals(c.getIssuerX500Principal()) && !chain.contains(o)) {
                    next = o;
                }
            }
            if (next == null) {
                break;
            }
            chain.add(next);
            c = next;
        }
        return chain;
    }

    static boolean chainHolds(List<X509Certificate> chain, Instant at) {
        try {
            Date d = Date.from(at);
            for (int i = 0; i < chain.size(); i++) {
                X509Certificate c = chain.get(i);
                c.checkValidity(d);
                X509Certificate issuer = i + 1 < chain.size() ? chain.get(i + 1) : c;
                if (i + 1 < chain.size() || c.getIssuerX500Principal().equals(c.getSubjectX500Principal())) {
                    c.verify(issuer.getPublicKey());
                }
            }
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    static boolean trusts(List<X509Certificate> chain, List<X509Certificate> trusted) {
        for (X509Certificate c : chain) {
            if (trusted.contains(c)) {
                return true;
            }
        }
        X509Certificate top = chain.get(chain.size() - 1);
        for (X509Certificate t : trusted) {
            if (t.getSubjectX500Principal().equals(top.getIssuerX500Principal())) {
                try {
                    top.verify(t.getPublicKey());
                    return true;
                } catch (Exception e) {
                    // another certificate of that name may hold
                }
            }
        }
        return false;
    }
}
