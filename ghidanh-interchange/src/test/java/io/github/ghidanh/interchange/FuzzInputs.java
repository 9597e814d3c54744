package io.github.ghidanh.interchange;

import io.github.ghidanh.testing.HostileStrings;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;

/**
 * The malformed JSON files of the fuzz suites (fixed seeds), shared by the suites themselves and by
 * {@link SchemaAgreementTest}, which holds the schema and the reader to the same verdict on each.
 */
final class FuzzInputs {
    /** The demo sample as the CLI's demo writes it: the file the mutations start from. */
    static final String SAMPLE_JSON = JsonInterchange.toJson(DemoSample.duyenHai2022());

    private FuzzInputs() {
    }

    /** One generated input and how to find it again. */
    record Input(String label, byte[] bytes) {
    }

    /** {@link ImportFuzzTest}'s JSON cases: seeded mutations, other encodings, extreme sizes. */
    static List<Input> importFuzzJson() {
        List<Input> out = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            long seed = 0x150L * 1_000 + i;
            out.add(new Input("json seed " + seed, mutateJson(SAMPLE_JSON, new SplittableRandom(seed))));
        }
        for (Charset cs : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.ISO_8859_1,
                Charset.forName("windows-1258"))) {
            out.add(new Input("json in " + cs, SAMPLE_JSON.getBytes(cs)));
        }
        out.add(new Input("json deep", "[".repeat(100_000).getBytes(StandardCharsets.UTF_8)));
        out.add(new Input("json empty", new byte[0]));
        out.add(new Input("json huge string", SAMPLE_JSON.replaceFirst("\"Nguyễn", "\"" + "đ".repeat(3_000_000))
                .getBytes(StandardCharsets.UTF_8)));
        return out;
    }

    /** {@link HostileInputTest}'s JSON cases: truncations, random bytes, replaced characters. */
    static List<Input> hostileInputJson() {
        byte[] good = SAMPLE_JSON.getBytes(StandardCharsets.UTF_8);
        Random random = new Random(HostileInputTest.SEED);
        List<Input> out = new ArrayList<>();
        for (int i = 0; i < HostileInputTest.CASES; i++) {
            out.add(new Input("hostile json case " + i, mutate(good, random, i)));
        }
        return out;
    }

    static byte[] mutateJson(String json, RandomGenerator r) {
        String s = json;
        int n = 1 + r.nextInt(3);
        for (int k = 0; k < n; k++) {
            int at = r.nextInt(s.length() + 1);
            s = switch (r.nextInt(9)) {
                case 0 -> s.substring(0, at); // truncated
                case 1 -> at < s.length() ? s.substring(0, at) + (char) r.nextInt(0x80) + s.substring(at + 1) : s;
                case 2 -> s.replaceFirst("\"(name|description|content|results|unit)\"\\s*:\\s*\"(?:[^\"\\\\]++|\\\\.)*+\"",
                        "\"$1\": " + Matcher.quoteReplacement(HostileStrings.jsonLiteral(HostileStrings.string(r))));
                case 3 -> s.replaceFirst("\"id\"\\s*:\\s*\"[^\"]*\"", "\"id\": \"cb-tdp1\""); // duplicate id
                case 4 -> s.replaceFirst("\"parentId\"\\s*:\\s*null", "\"parentId\": \"cb-tdp1\""); // a cycle through the root
                case 5 -> s.replaceAll("\"(deadline|date|issueDate|start|end)\"\\s*:\\s*\"\\d{4}", "\"$1\": \"" + (r.nextBoolean() ? "1800" : "9999"));
                case 6 -> s.replaceFirst("\\d+", String.valueOf(r.nextLong()));
                case 7 -> s.replaceFirst(":\\s*\"[^\"]*\"", ": " + (r.nextBoolean() ? "[]" : r.nextBoolean() ? "{}" : "true"));
                default -> s.replaceFirst("\"kind\"\\s*:\\s*\"[A-Z]+\"", "\"kind\": \"" + HostileStrings.of("control", r) + "\"");
            };
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (r.nextInt(8) == 0 && b.length > 0) { // a byte that is not UTF-8
            b[r.nextInt(b.length)] = (byte) (0x80 | r.nextInt(0x80));
        }
        return b;
    }

    /** A truncation, random bytes, a printable character replaced, or the file unchanged. */
    static byte[] mutate(byte[] good, Random r, int i) {
        byte[] b = good.clone();
        switch (i % 4) {
            case 0 -> {
                return Arrays.copyOf(b, r.nextInt(b.length)); // truncated
            }
            case 1 -> {
                for (int k = 0, n = 1 + r.nextInt(4); k < n; k++) {
                    b[r.nextInt(b.length)] = (byte) r.nextInt(256); // random bytes
                }
                return b;
            }
            case 2 -> {
                // a printable character replaced: often still readable, with a problem
                int at = r.nextInt(b.length);
                b[at] = (byte) "\"{}[],:;0aZ \n".charAt(r.nextInt(13));
                return b;
            }
            default -> {
                return b; // unchanged
            }
        }
    }
}
