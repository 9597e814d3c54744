package io.github.ghidanh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.view.ReadModels;
import io.github.ghidanh.report.Format;
import io.github.ghidanh.report.RenderOptions;
import io.github.ghidanh.report.Reports;
import io.github.ghidanh.testing.SampleCampaigns;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ghidanh sign} with a PKCS#12 file, then {@code ghidanh verify}; a changed byte fails verify. */
class SignCommandTest {
    @Test
    void signThenVerify(@TempDir Path dir) throws Exception {
        var sample = SampleCampaigns.duyenHai2022();
        var view = ReadModels.directiveLetter(sample.campaign(), sample.tree(), CriteriaProfile.defaultProfile());
        Path pdf = dir.resolve("cong-van.pdf");
        Files.write(pdf, Reports.create().render(view, RenderOptions.builder(Format.PDF).archival(true).build()));
        String name = view.context().signatory().name();
        KeyPair k = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        X500Name dn = new X500Name("CN=" + name + ",C=VN");
        X509Certificate cert = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(dn, BigInteger.TEN,
                Date.from(Instant.now().minus(Duration.ofDays(1))), Date.from(Instant.now().plus(Duration.ofDays(30))), dn, k.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(k.getPrivate())));
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("k", k.getPrivate(), "pw".toCharArray(), new X509Certificate[] {cert});
        Path p12 = dir.resolve("signer.p12");
        try (var out = Files.newOutputStream(p12)) {
            ks.store(out, "pw".toCharArray());
        }
        Path sig = png(dir.resolve("chu-ky.png"), new Color(0x1A, 0x3C, 0xB4));
        Path seal = png(dir.resolve("con-dau.png"), new Color(0xD0, 0x10, 0x10));
        Path signed = dir.resolve("signed.pdf");

        CliRunner r = CliRunner.run("sign", "--in", pdf.toString(), "--keystore", p12.toString(), "--password", "pw",
                "--signer-image", sig.toString(), "--seal-image", seal.toString(), "--out", signed.toString(), "--lang", "en");
        assertThat(r.exitCode).as(r.toString()).isZero();
        assertThat(r.out).contains("2 signature(s) added");
        try (PDDocument d = Loader.loadPDF(signed.toFile())) {
            assertThat(d.getSignatureDictionaries()).hasSize(2);
        }

        CliRunner v = CliRunner.run("verify", signed.toString());
        assertThat(v.exitCode).as(v.toString()).isZero();
        assertThat(v.out).contains("Chữ ký \"Signer\" của " + name, "Chữ ký \"Agency\"", "còn nguyên vẹn");

        byte[] bytes = Files.readAllBytes(signed);
        bytes[bytes.length / 3] ^= 0x01;
        Path changed = dir.resolve("changed.pdf");
        Files.write(changed, bytes);
        CliRunner bad = CliRunner.run("verify", changed.toString(), "--lang", "en");
        assertThat(bad.exitCode).as(bad.toString()).isEqualTo(1);

        CliRunner none = CliRunner.run("verify", pdf.toString(), "--lang", "en");
        assertThat(none.exitCode).isEqualTo(1);
        assertThat(none.out).contains("No signature");

        CliRunner nothing = CliRunner.run("sign", "--in", pdf.toString(), "--keystore", p12.toString(), "--password", "pw",
                "--out", dir.resolve("x.pdf").toString(), "--lang", "en");
        assertThat(nothing.exitCode).isEqualTo(2);
        assertThat(nothing.err).contains("Nothing to sign");
    }

    private static Path png(Path p, Color c) throws Exception {
        BufferedImage img = new BufferedImage(300, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(c);
        g.fillOval(20, 20, 260, 80);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        Files.write(p, out.toByteArray());
        return p;
    }
}
