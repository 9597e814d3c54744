package io.github.ghidanh.cli;

import io.github.ghidanh.cli.internal.Messages;
import io.github.ghidanh.sign.PdfSigner;
import io.github.ghidanh.sign.Verification;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ghidanh verify doc.pdf}: each signature, who, when, whether it holds. */
@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists each signature of a PDF: the signer, the signing time, the time stamp, whether the signed content "
                + "is intact and what was added after it, the certificate chain. Revocation (CRL, OCSP) is not checked.",
                "Exit codes: 0 every signature holds, 1 a signature does not hold or there is none, 2 input unreadable."})
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PDF", description = "The signed PDF.")
    Path pdf;

    @Option(names = "--trust", paramLabel = "CERT", description = "A trusted root certificate (PEM or DER); may be repeated.")
    List<Path> trust = new ArrayList<>();

    @Mixin
    LangOption lang;

    @Override
    public Integer call() throws IOException {
        List<X509Certificate> trusted = new ArrayList<>();
        for (Path p : trust) {
            try (InputStream in = Files.newInputStream(p)) {
                trusted.add((X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
            } catch (CertificateException e) {
                throw CliFailure.of(Exit.UNUSABLE, "cli.verify.trust", p, String.valueOf(e.getMessage()));
            }
        }
        Verification v = PdfSigner.create().verify(Files.readAllBytes(pdf), trusted);
        if (v.signatures().isEmpty()) {
            spec.commandLine().getOut().println(Messages.format(lang.locale(), "cli.verify.none", pdf));
            return Exit.VIOLATIONS;
        }
        spec.commandLine().getOut().println(v.describe(lang.locale()));
        return v.allValid() ? Exit.OK : Exit.VIOLATIONS;
    }
}
