package io.github.ghidanh.sign.internal;

import io.github.ghidanh.sign.RawSigner;
import io.github.ghidanh.sign.SignException;
import io.github.ghidanh.sign.TimeStampClient;
import java.io.IOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerIdentifier;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * The CMS side of PAdES: builds the detached CAdES SignedData over a digest (built by hand from the
 * ASN.1 types, because Bouncy Castle's generator wants the content itself, and the content here is
 * only its digest), checks a host's CMS against the prepared digest, and adds the signature time
 * stamp of B-T as an unsigned attribute.
 */
public final class Cms {
    private static final AlgorithmIdentifier SHA256 = new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256);

    private Cms() {
    }

    public static byte[] build(byte[] digest, List<X509Certificate> chain, String signatureAlgorithm, RawSigner rawSigner) {
        if (digest == null || digest.length != 32 || chain == null || chain.isEmpty() || rawSigner == null) {
            throw Messages.error("sign.cms.arguments");
        }
        try {
            X509Certificate cert = chain.get(0);
            X500Name issuer = X500Name.getInstance(cert.getIssuerX500Principal().getEncoded());
            BigInteger serial = cert.getSerialNumber();
            ASN1EncodableVector attrs = new ASN1EncodableVector();
            attrs.add(new Attribute(CMSAttributes.contentType, new DERSet(PKCSObjectIdentifiers.data)));
            attrs.add(new Attribute(CMSAttributes.messageDigest, new DERSet(new DEROctetString(digest))));
            // ESS signing-certificate-v2 (RFC 5035), SHA-256 being its default algorithm, which DER leaves out
            ESSCertIDv2 id = new ESSCertIDv2(sha256(cert.getEncoded()), new IssuerSerial(new GeneralNames(new GeneralName(issuer)), serial));
            attrs.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
            DERSet signed = new DERSet(attrs);
            byte[] value;
            try {
                value = rawSigner.sign(signed.getEncoded(ASN1Encoding.DER));
            } catch (SignException e) {
                throw e;
            } catch (Exception e) {
                throw Messages.error("sign.cms.signer", e, Messages.cause(e));
            }
            if (value == null || value.length == 0) {
                throw Messages.error("sign.cms.signer", "no signature value");
            }
            AlgorithmIdentifier sigAlg = new DefaultSignatureAlgorithmIdentifierFinder().find(signatureAlgorithm);
            SignerInfo info = new SignerInfo(new SignerIdentifier(new IssuerAndSerialNumber(issuer, serial)), SHA256, signed, sigAlg,
                    new DEROctetString(value), null);
            ASN1EncodableVector certs = new ASN1EncodableVector();
            for (X509Certificate c : chain) {
                certs.add(Certificate.getInstance(c.getEncoded()));
            }
            SignedData sd = new SignedData(new DERSet(SHA256), new ContentInfo(PKCSObjectIdentifiers.data, null), new DERSet(certs), null,
                    new DERSet(info));
            byte[] cms = new ContentInfo(PKCSObjectIdentifiers.signedData, sd).getEncoded(ASN1Encoding.DER);
            checkDetached(cms, digest);
            return cms;
        } catch (SignException e) {
            throw e;
        } catch (Exception e) {
            throw Messages.error("sign.cms.build", e, Messages.cause(e));
        }
    }

    /**
     * Checks that {@code cms} is a detached SignedData with one signer over {@code digest} (SHA-256)
     * whose signature value verifies with its certificate; returns it unchanged.
     */
    public static byte[] checkDetached(byte[] cms, byte[] digest) {
        CMSSignedData sd;
        try {
            sd = new CMSSignedData(cms);
        } catch (CMSException | RuntimeException e) {
            throw Messages.error("sign.cms.read", e, Messages.cause(e));
        }
        if (sd.getSignedContent() != null || sd.getSignerInfos().size() != 1) {
            throw Messages.error("sign.cms.shape", sd.getSignerInfos().size());
        }
        SignerInformation si = sd.getSignerInfos().getSigners().iterator().next();
        if (!SHA256.getAlgorithm().equals(si.getDigestAlgorithmID().getAlgorithm())) {
            throw Messages.error("sign.cms.digestAlgorithm", si.getDigestAlgOID());
        }
        byte[] md = si.getSignedAttributes() == null ? null : messageDigest(si.getSignedAttributes());
        if (md == null || !MessageDigest.isEqual(md, digest)) {
            throw Messages.error("sign.cms.digest");
        }
        Collection<X509CertificateHolder> matches = sd.getCertificates().getMatches(si.getSID());
        if (matches.isEmpty()) {
            throw Messages.error("sign.cms.certificate");
        }
        try {
            X509Certificate cert = Certificates.jdk(matches.iterator().next());
            String key = cert.getPublicKey().getAlgorithm();
            Signature s = Signature.getInstance("RSA".equals(key) ? "SHA256withRSA" : "SHA256withECDSA");
            s.initVerify(cert.getPublicKey());
            s.update(si.getEncodedSignedAttributes());
            if (!s.verify(si.getSignature())) {
                throw Messages.error("sign.cms.signature", Certificates.commonName(cert));
            }
        } catch (SignException e) {
            throw e;
        } catch (Exception e) {
            throw Messages.error("sign.cms.signature", e, Messages.cause(e));
        }
        return cms;
    }

    static byte[] messageDigest(AttributeTable signed) {
        Attribute a = signed.get(CMSAttributes.messageDigest);
        if (a == null || a.getAttrValues().size() != 1) {
            return null;
        }
        ASN1Encodable v = a.getAttrValues().getObjectAt(0);
        return v instanceof ASN1OctetString o ? o.getOctets() : null;
    }

    /** Time-stamps the signature value of {@code cms} with {@code client} (PAdES B-T). */
    public static byte[] addTimeStamp(byte[] cms, TimeStampClient client) {
        try {
            CMSSignedData sd = new CMSSignedData(cms);
            SignerInformation si = sd.getSignerInfos().getSigners().iterator().next();
            byte[] imprint = sha256(si.getSignature());
            byte[] token;
            try {
                token = client.timeStamp(imprint);
            } catch (SignException e) {
                throw e;
            } catch (Exception e) {
                throw Messages.error("sign.tsa", e, Messages.cause(e));
            }
            TimeStampToken tst = new TimeStampToken(new CMSSignedData(token));
            if (!NISTObjectIdentifiers.id_sha256.equals(tst.getTimeStampInfo().getMessageImprintAlgOID())
                    || !Arrays.equals(tst.getTimeStampInfo().getMessageImprintDigest(), imprint)) {
                throw Messages.error("sign.tsa.imprint");
            }
            AttributeTable unsigned = si.getUnsignedAttributes();
            ASN1EncodableVector v = unsigned == null ? new ASN1EncodableVector() : unsigned.toASN1EncodableVector();
            v.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, new DERSet(ASN1Primitive.fromByteArray(tst.getEncoded()))));
            SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(si, new AttributeTable(v));
            return CMSSignedData.replaceSigners(sd, new SignerInformationStore(stamped)).getEncoded(ASN1Encoding.DER);
        } catch (SignException e) {
            throw e;
        } catch (CMSException | TSPException | IOException | RuntimeException e) {
            throw Messages.error("sign.tsa", e, Messages.cause(e));
        }
    }

    /**
     * The DER object at the start of {@code contents}, without the zeros that pad the space reserved
     * for it in a PDF (Bouncy Castle refuses data after the object).
     */
    static byte[] trim(byte[] contents) throws IOException {
        if (contents.length > 2 && contents[1] != (byte) 0x80) {
            int first = contents[1] & 0xFF;
            long length;
            int header;
            if (first < 0x80) {
                length = first;
                header = 2;
            } else {
                int n = first & 0x7F;
                if (n > 4 || contents.length < 2 + n) {
                    throw new IOException("bad DER length");
                }
                length = 0;
                for (int i = 0; i < n; i++) {
                    length = length << 8 | (contents[2 + i] & 0xFF);
                }
                header = 2 + n;
            }
            if (header + length > contents.length) {
                throw new IOException("truncated DER object");
            }
            return Arrays.copyOf(contents, (int) (header + length));
        }
        try (org.bouncycastle.asn1.ASN1InputStream in = new org.bouncycastle.asn1.ASN1InputStream(contents)) {
            return in.readObject().getEncoded();
        }
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
