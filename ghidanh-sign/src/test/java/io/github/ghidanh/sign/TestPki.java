package io.github.ghidanh.sign;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A test PKI made in-process: a root CA, the signer (a person), the agency (an organisation) and a
 * time-stamp authority, each with an RSA key. Made once per test class; nothing is written to disk
 * but the PKCS#12 files a test asks for.
 */
final class TestPki {
    static final String SIGNER_NAME = "Bùi Đại Quang";
    static final String AGENCY_NAME = "Đảng ủy phường Duyên Hải";
    private static final AtomicLong SERIALS = new AtomicLong(1000);

    record Identity(PrivateKey key, List<X509Certificate> chain) {
        X509Certificate certificate() {
            return chain.get(0);
        }
    }

    final Identity root;
    final Identity signer;
    final Identity agency;
    final Identity tsa;

    TestPki() {
        try {
            KeyPair rootKeys = keys();
            X509Certificate rootCert = cert("CN=Ghidanh Test Root CA,O=Ghidanh Test,C=VN", rootKeys, new X500Name("CN=Ghidanh Test Root CA,O=Ghidanh Test,C=VN"),
                    rootKeys.getPrivate(), true, null);
            root = new Identity(rootKeys.getPrivate(), List.of(rootCert));
            signer = leaf("CN=" + SIGNER_NAME + ",O=Đảng ủy phường Duyên Hải,C=VN", rootCert, rootKeys.getPrivate(), null);
            agency = leaf("CN=" + AGENCY_NAME + ",O=Đảng ủy phường Duyên Hải,C=VN", rootCert, rootKeys.getPrivate(), null);
            tsa = leaf("CN=Ghidanh Test TSA,O=Ghidanh Test,C=VN", rootCert, rootKeys.getPrivate(), KeyPurposeId.id_kp_timeStamping);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Identity leaf(String dn, X509Certificate issuer, PrivateKey issuerKey, KeyPurposeId eku) throws Exception {
        KeyPair k = keys();
        // the issuer name exactly as encoded in the issuer (the JDK prints RDNs in reverse order)
        X509Certificate c = cert(dn, k, X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded()), issuerKey, false, eku);
        return new Identity(k.getPrivate(), List.of(c, issuer));
    }

    private static KeyPair keys() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    private static X509Certificate cert(String dn, KeyPair subject, X500Name issuerDn, PrivateKey issuerKey, boolean ca, KeyPurposeId eku)
            throws Exception {
        Instant now = Instant.now();
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuerDn, BigInteger.valueOf(SERIALS.incrementAndGet()),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))), new X500Name(dn), subject.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        if (ca) {
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        } else {
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        }
        if (eku != null) {
            b.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(eku));
        }
        return new JcaX509CertificateConverter().getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
    }

    /** The identity as a PKCS#12 file with {@code password}. */
    static byte[] pkcs12(Identity id, char[] password) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("key", id.key(), password, id.chain().toArray(new X509Certificate[0]));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ks.store(out, password);
        return out.toByteArray();
    }
}
