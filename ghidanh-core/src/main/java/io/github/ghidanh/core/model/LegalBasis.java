package io.github.ghidanh.core.model;

import io.github.ghidanh.core.internal.Args;
import java.time.LocalDate;

/**
 * A legal basis a campaign carries out (CV-0.basis), e.g. Quy định số 368-QĐ/TU ngày 17/01/2022 của
 * Tỉnh ủy Lào Cai.
 *
 * @param type the kind of document, e.g. "Quy định", "Hướng dẫn", "Kế hoạch"
 * @param number its number and symbol, e.g. "368-QĐ/TU"
 * @param date its date; may be null
 * @param issuer who issued it, e.g. "Tỉnh ủy Lào Cai"
 * @param title its subject (trích yếu); may be null
 */
public record LegalBasis(String type, String number, LocalDate date, String issuer, String title) {
    public LegalBasis {
        type = Args.nfc(type);
        number = Args.nfc(number);
        issuer = Args.nfc(issuer);
        title = Args.nfc(title);
    }
}
