package io.github.ghidanh.report.internal;

/** Escaping for JasperReports' "styled" markup. */
public final class Markup {
    private Markup() {
    }

    public static String escape(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            String rep = switch (ch) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                default -> null;
            };
            if (rep != null) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                b.append(rep);
            } else if (b != null) {
                b.append(ch);
            }
        }
        return b == null ? s : b.toString();
    }

    public static String bold(String escaped) {
        return escaped == null || escaped.isEmpty() ? escaped : "<style isBold=\"true\">" + escaped + "</style>";
    }

    public static String italic(String escaped) {
        return escaped == null || escaped.isEmpty() ? escaped : "<style isItalic=\"true\">" + escaped + "</style>";
    }
}
