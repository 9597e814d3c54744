package io.github.ghidanh.sign;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * A stand-in for a remote signing service, run as its own process: it holds the key (a PKCS#12 file
 * named by its first argument, password by the second), reads one SHA-256 digest in hexadecimal from
 * standard input and writes the CMS signature over it in Base64 to standard output. It never sees
 * the PDF.
 */
public final class RemoteSigner {
    private RemoteSigner() {
    }

    public static void main(String[] args) throws Exception {
        char[] password = args[1].toCharArray();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(Path.of(args[0]))) {
            ks.load(in, password);
        }
        String alias = ks.aliases().nextElement();
        PrivateKey key = (PrivateKey) ks.getKey(alias, password);
        List<X509Certificate> chain = new ArrayList<>();
        for (Certificate c : ks.getCertificateChain(alias)) {
            chain.add((X509Certificate) c);
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII)).readLine();
        byte[] digest = HexFormat.of().parseHex(line.strip());
        byte[] cms = PdfSigner.padesCms(digest, chain, "SHA256withRSA", data -> {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(key);
            s.update(data);
            return s.sign();
        });
        System.out.println(Base64.getEncoder().encodeToString(cms));
    }
}
