package io.github.ghidanh.core.text;

/**
 * The 12-digit citizen identity number (số định danh cá nhân / căn cước): 3 digits of province
 * code, 1 digit of sex and century, 2 digits of birth year, 6 random digits; no check digit.
 * Personal data (Nghị định 13/2023/NĐ-CP): it is masked in exports and messages by default.
 */
public final class CitizenId {
    private CitizenId() {
    }

    /** Whether {@code s} has the shape of a citizen ID: exactly 12 ASCII digits. */
    public static boolean isValidShape(String s) {
        if (s == null || s.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Masks all but the first 4 and last 2 digits, e.g. "001012345645" → "0010******45" (province
     * code and sex/century digit stay readable for support staff). A value without the
     * {@link #isValidShape shape} of a citizen ID is masked whole as "***", hiding its length too,
     * so that a malformed ID (or whatever was typed into the field) never leaks either.
     * {@code null} stays {@code null}. Never throws.
     */
    public static String mask(String s) {
        if (s == null) {
            return null;
        }
        if (!isValidShape(s)) {
            return "***";
        }
        return s.substring(0, 4) + "******" + s.substring(10);
    }
}
