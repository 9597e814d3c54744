package io.github.ghidanh.report.reliability;

import io.github.ghidanh.core.view.DocumentView;
import io.github.ghidanh.report.RenderOptions;
import io.github.ghidanh.report.Reports;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SHA-256 of every document of the bundled sample in every format. Also a program, so that a
 * second JVM can compute the same table: {@code java -cp <test classpath> …Hashes} prints one
 * "key sha256" line per document and format.
 */
public final class Hashes {
    private Hashes() {
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String key(String document, RenderOptions o) {
        return document + "/" + o.format() + (o.archival() ? "-A" : "");
    }

    /** Key → SHA-256 for the sample's documents. */
    static Map<String, String> sample() {
        Reports reports = Reports.create();
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, DocumentView> e : Views.sample().entrySet()) {
            List<RenderOptions> options = Views.options(e.getKey());
            for (RenderOptions o : options) {
                out.put(key(e.getKey(), o), sha256(reports.render(e.getValue(), o)));
            }
        }
        return out;
    }

    public static void main(String[] args) {
        sample().forEach((k, v) -> System.out.println(k + " " + v));
    }
}
