package io.github.ghidanh.interchange;

import java.util.Locale;

/**
 * One problem found while reading input: where it is and what is wrong, in Vietnamese and English.
 *
 * @param file the file name (as given), or null
 * @param row for spreadsheets: the 1-based row number as the spreadsheet shows it; null for JSON
 * @param location for JSON: the path of the value, e.g. {@code nominees[3].assessment.rating}; for
 *        spreadsheets: the column header as written in the file, e.g. "Xếp loại"; may be null
 * @param code a stable code, e.g. {@code import.enum}
 * @param messageVi the message in Vietnamese
 * @param messageEn the message in English
 */
public record ImportProblem(String file, Integer row, String location, String code, String messageVi,
        String messageEn) {

    /** A problem whose code and wording are those of {@code message}. */
    public static ImportProblem of(String file, Integer row, String location, BilingualMessage message) {
        return new ImportProblem(file, row, location, message.code(), message.vi(), message.en());
    }

    public String message(Locale locale) {
        return locale != null && "vi".equals(locale.getLanguage()) ? messageVi : messageEn;
    }

    /** "file, row 7, column "Xếp loại": message" or "file: nominees[3].rating: message". */
    public String format(Locale locale) {
        boolean vi = locale != null && "vi".equals(locale.getLanguage());
        StringBuilder b = new StringBuilder();
        if (file != null) {
            b.append(file);
        }
        if (row != null) {
            b.append(b.length() > 0 ? ", " : "").append(vi ? "dòng " : "row ").append(row);
            if (location != null) {
                b.append(", ").append(vi ? "cột \"" : "column \"").append(location).append('"');
            }
        } else if (location != null) {
            b.append(b.length() > 0 ? ": " : "").append(location);
        }
        if (b.length() > 0) {
            b.append(": ");
        }
        return b.append(message(locale)).toString();
    }
}
