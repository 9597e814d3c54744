package io.github.ghidanh.cli;

import io.github.ghidanh.sign.Appearance;
import io.github.ghidanh.cli.internal.Messages;
import io.github.ghidanh.sign.PdfSigner;
import io.github.ghidanh.sign.Placement;
import io.github.ghidanh.sign.SignatureSpec;
import io.github.ghidanh.sign.TimeStampClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ghidanh sign}: PAdES signatures with keys in PKCS#12 files, as Nghị định 30/2020 lays them
 * out: the signer's image between title and name, then the agency's seal over its left third, or the
 * text line of a copy or an attachment.
 */
@Command(name = "sign", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Signs a PDF (PAdES, incremental updates): with --signer-image the signer's signature (image between the "
                + "signer's title and name), with --seal-image then the agency's (seal over the left third of the signer's image), "
                + "with --text the signature of a copy or an attachment (a text line at the top right of page 1), "
                + "as Nghị định 30/2020/NĐ-CP Phụ lục I lays them out. docs/signing.md tells more.",
                "The password is read from --password (asked for when given without a value) or from GHIDANH_KEYSTORE_PASSWORD.",
                "Exit codes: 0 signed, 2 input unreadable or signing failed."})
final class SignCommand implements Callable<Integer> {
    static final String PASSWORD_ENV = "GHIDANH_KEYSTORE_PASSWORD";

    @Spec
    CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "PDF", description = "The PDF to sign.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "PDF", description = "Where to write the signed PDF.")
    Path out;

    @Option(names = "--keystore", required = true, paramLabel = "FILE", description = "The signer's PKCS#12 file (.p12, .pfx).")
    Path keystore;

    @Option(names = "--password", arity = "0..1", interactive = true, paramLabel = "PASSWORD",
            description = "The keystore's password; without a value it is asked for. Default: GHIDANH_KEYSTORE_PASSWORD.")
    char[] password;

    @Option(names = "--seal-keystore", paramLabel = "FILE",
            description = "The agency's PKCS#12 file for --seal-image (default: --keystore); same password.")
    Path sealKeystore;

    @Option(names = "--signer-image", paramLabel = "PNG", description = "The signer's signature image (PNG, transparent background).")
    Path signerImage;

    @Option(names = "--seal-image", paramLabel = "PNG", description = "The agency's seal image (PNG, red, transparent background).")
    Path sealImage;

    @Option(names = "--seal-size", paramLabel = "MM", defaultValue = "34",
            description = "The seal's real diameter in millimetres (default ${DEFAULT-VALUE}).")
    float sealMm;

    @Option(names = "--text", paramLabel = "LINE",
            description = "Sign as a copy or attachment: this line (number, agency, time) at the top right of page 1.")
    String text;

    @Option(names = "--signer-name", paramLabel = "NAME",
            description = "The name printed under the signature, to find the block (default: the certificate's common name).")
    String signerName;

    @Option(names = "--block", paramLabel = "PAGE:X,Y,W,H",
            description = "The signature block in points from the bottom left of the page, page from 1 (default: found by the name).")
    String block;

    @Option(names = "--tsa", paramLabel = "URL", description = "A time-stamp authority (RFC 3161) for PAdES B-T; without it B-B.")
    URI tsa;

    @Mixin
    LangOption lang;

    @Override
    public Integer call() throws IOException {
        char[] pw = password != null ? password : System.getenv(PASSWORD_ENV) == null ? new char[0] : System.getenv(PASSWORD_ENV).toCharArray();
        if (signerImage == null && sealImage == null && text == null) {
            throw CliFailure.of(Exit.UNUSABLE, "cli.sign.nothing");
        }
        byte[] pdf = Files.readAllBytes(in);
        PdfSigner signer = PdfSigner.create();
        TimeStampClient stamps = tsa == null ? null : TimeStampClient.http(tsa, Duration.ofSeconds(30));
        Key signerKey = key(keystore, pw);
        int added = 0;
        Placement where = null;
        if (signerImage != null || sealImage != null) {
            where = block != null ? parseBlock(block) : PdfSigner.findBlock(pdf, signerName != null ? signerName : signerKey.name())
                    .orElseThrow(() -> CliFailure.of(Exit.UNUSABLE, "cli.sign.noBlock", in, signerName != null ? signerName : signerKey.name()));
        }
        if (signerImage != null) {
            pdf = signer.sign(pdf, SignatureSpec.builder("Signer").timeStamps(stamps)
                    .appearance(Appearance.signerImage(where, Files.readAllBytes(signerImage))).build(), signerKey.key(), signerKey.chain());
            added++;
        }
        if (sealImage != null) {
            Key agency = sealKeystore == null ? signerKey : key(sealKeystore, pw);
            pdf = signer.sign(pdf, SignatureSpec.builder("Agency").timeStamps(stamps)
                    .appearance(Appearance.agencySeal(where, Files.readAllBytes(sealImage), sealMm * 72f / 25.4f)).build(), agency.key(),
                    agency.chain());
            added++;
        }
        if (text != null) {
            pdf = signer.sign(pdf, SignatureSpec.builder("Copy").timeStamps(stamps).appearance(Appearance.textLine(text)).build(),
                    signerKey.key(), signerKey.chain());
            added++;
        }
        Path target = out.toAbsolutePath();
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        Files.write(target, pdf);
        spec.commandLine().getOut().println(Messages.format(lang.locale(), "cli.sign.done", out, added));
        return Exit.OK;
    }

    private record Key(PrivateKey key, List<X509Certificate> chain, String name) {
    }

    private static Key key(Path file, char[] password) {
        KeyStore ks;
        try (InputStream s = Files.newInputStream(file)) {
            ks = KeyStore.getInstance("PKCS12");
            ks.load(s, password);
            for (String alias : Collections.list(ks.aliases())) {
                if (ks.isKeyEntry(alias) && ks.getCertificateChain(alias) != null) {
                    List<X509Certificate> chain = new ArrayList<>();
                    for (Certificate c : ks.getCertificateChain(alias)) {
                        chain.add((X509Certificate) c);
                    }
                    return new Key((PrivateKey) ks.getKey(alias, password), chain, commonName(chain.get(0)));
                }
            }
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw CliFailure.of(Exit.UNUSABLE, "cli.sign.keystore", file, String.valueOf(e.getMessage()));
        }
        throw CliFailure.of(Exit.UNUSABLE, "cli.sign.noKey", file, "");
    }

    static String commonName(X509Certificate c) {
        try {
            for (javax.naming.ldap.Rdn rdn : new javax.naming.ldap.LdapName(c.getSubjectX500Principal().getName()).getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType())) {
                    return String.valueOf(rdn.getValue());
                }
            }
        } catch (javax.naming.InvalidNameException e) {
            // fall through to the whole name
        }
        return c.getSubjectX500Principal().getName();
    }

    private static Placement parseBlock(String s) {
        try {
            String[] pageAndRest = s.split(":", 2);
            String[] n = pageAndRest[1].split(",");
            return new Placement(Integer.parseInt(pageAndRest[0].strip()) - 1, Float.parseFloat(n[0]), Float.parseFloat(n[1]),
                    Float.parseFloat(n[2]), Float.parseFloat(n[3]));
        } catch (RuntimeException e) {
            throw CliFailure.of(Exit.UNUSABLE, "cli.sign.block", s);
        }
    }
}
