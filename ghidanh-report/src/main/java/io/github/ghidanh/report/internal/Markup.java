package io.github.ghidanh.report.internal;

/** Escaping for JasperReports' "styled" markup. */
final class Markup {
    private Markup() {
    }

    static String escape(String s) {
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

    /**
     * {@code s} with every character XML 1.0 forbids (control characters other than tab, line feed
     * and carriage return; U+FFFE, U+FFFF; a lone surrogate) replaced by U+FFFD. JasperReports' styled
     * text parser and the DOCX/XLSX exporters write text into XML: one such character would make the
     * styled text unparsable and the DOCX/XLSX a file Word and Excel refuse to open.
     */
    static String xmlSafe(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            boolean bad;
            if (Character.isHighSurrogate(ch)) {
                bad = i + 1 >= n || !Character.isLowSurrogate(s.charAt(i + 1));
                if (!bad) {
                    if (b != null) {
                        b.append(ch).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                bad = Character.isLowSurrogate(ch) || ch == '\uFFFE' || ch == '\uFFFF'
                        || (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r');
            }
            if (bad && b == null) {
                b = new StringBuilder(n).append(s, 0, i);
            }
            if (b != null) {
                b.append(bad ? '\uFFFD' : ch);
            }
        }
        return b == null ? s : b.toString();
    }

    static String bold(String escaped) {
        return escaped == null || escaped.isEmpty() ? escaped : "<style isBold=\"true\">" + escaped + "</style>";
    }

    static String italic(String escaped) {
        return escaped == null || escaped.isEmpty() ? escaped : "<style isItalic=\"true\">" + escaped + "</style>";
    }
}
