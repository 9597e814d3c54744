package io.github.ghidanh.interchange;

import io.github.ghidanh.testing.HostileFiles;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

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
            out.add(new Input("json seed " + seed, HostileFiles.mutateJson(SAMPLE_JSON, new SplittableRandom(seed))));
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
