package io.github.ghidanh.interchange.spreadsheet;

import io.github.ghidanh.core.text.VietnameseText;
import java.text.Normalizer;
import java.util.Locale;

/** Accent- and case-insensitive keys for matching headers and labels ("Họ và tên" → "ho va ten"). */
final class Fold {
    private Fold() {
    }

    static String key(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(VietnameseText.nfc(s), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        boolean space = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(Character.toLowerCase(c));
            } else {
                space = true; // punctuation and spaces separate words: "Tên tập thể, mô hình" = "ten tap the mo hinh"
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
