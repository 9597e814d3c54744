package io.github.ghidanh.testing;

import java.nio.charset.StandardCharsets;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;

/**
 * Broken files for fuzz tests of readers: a valid interchange JSON file with one to three mutations
 * of the kinds that real files suffer (cut short, a stray character, a hostile text in a name, a
 * duplicate id, a cycle in the tree, impossible years, a huge number, a value of the wrong type, a
 * control character in an enum, a byte that is not UTF-8). Each mutation is drawn from {@code random},
 * so a seed replays the same file.
 */
public final class HostileFiles {
    private HostileFiles() {
    }

    /** {@code json} (a valid interchange file) with one to three mutations, as UTF-8 bytes (sometimes with one bad byte). */
    public static byte[] mutateJson(String json, RandomGenerator r) {
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
}
