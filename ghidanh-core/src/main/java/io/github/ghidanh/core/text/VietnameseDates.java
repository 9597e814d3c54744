package io.github.ghidanh.core.text;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Dates as Vietnamese official documents write them (Hướng dẫn 36-HD/VPTW and Nghị định
 * 30/2020/NĐ-CP): the day is padded with a zero below 10 and the month only for January and
 * February, so "ngày 05 tháng 02 năm 2023" but "ngày 31 tháng 5 năm 2022". Also the numeric
 * dd/MM/yyyy form and English equivalents for English labels. Pure and thread-safe.
 *
 * <p>Every method throws {@link NullPointerException} naming the parameter when the date is
 * {@code null}, and {@link IllegalArgumentException} for a year outside 1–9999.
 */
public final class VietnameseDates {

    private static final String[] ENGLISH_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private VietnameseDates() {
    }

    /** The day as written after "ngày": "01"–"09", then "10"–"31". */
    public static String day(int dayOfMonth) {
        if (dayOfMonth < 1 || dayOfMonth > 31) {
            throw new IllegalArgumentException("day of month must be 1–31, was " + dayOfMonth);
        }
        return dayOfMonth < 10 ? "0" + dayOfMonth : Integer.toString(dayOfMonth);
    }

    /** The month as written after "tháng": "01", "02", then "3"–"12" (months 1 and 2 only are padded). */
    public static String month(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1–12, was " + month);
        }
        return month <= 2 ? "0" + month : Integer.toString(month);
    }

    /** "ngày 05 tháng 02 năm 2023", "ngày 31 tháng 5 năm 2022" (lower-case "ngày", as after a place). */
    public static String longDate(LocalDate date) {
        int year = year(date);
        return "ngày " + day(date.getDayOfMonth()) + " tháng " + month(date.getMonthValue()) + " năm " + year;
    }

    /**
     * The place-and-date line of a document header: "Duyên Hải, ngày 31 tháng 5 năm 2022". The place
     * is NFC-normalised and trimmed; a {@code null} or blank place gives the date alone.
     */
    public static String placeAndDate(String place, LocalDate date) {
        String d = longDate(date);
        String p = place == null ? "" : VietnameseText.nfc(place).strip();
        return p.isEmpty() ? d : p + ", " + d;
    }

    /** The numeric form dd/MM/yyyy, fully padded: "05/02/2023", "31/05/2022". */
    public static String shortDate(LocalDate date) {
        int year = year(date);
        return pad2(date.getDayOfMonth()) + "/" + pad2(date.getMonthValue()) + "/" + pad4(year);
    }

    /**
     * The compact form used when citing documents in running text, with the header's padding rule:
     * "17/01/2022", "08/3/2022", "31/5/2022" (as in the seed letter: "Hướng dẫn số 06-HĐ/TU ngày
     * 08/3/2022").
     */
    public static String citationDate(LocalDate date) {
        int year = year(date);
        return day(date.getDayOfMonth()) + "/" + month(date.getMonthValue()) + "/" + year;
    }

    /** The English date for English labels: "31 May 2022", "5 February 2023" (no padding). */
    public static String englishDate(LocalDate date) {
        int year = year(date);
        return date.getDayOfMonth() + " " + ENGLISH_MONTHS[date.getMonthValue() - 1] + " " + year;
    }

    /** The English place-and-date line: "Duyên Hải, 31 May 2022"; the place as in {@link #placeAndDate}. */
    public static String englishPlaceAndDate(String place, LocalDate date) {
        String d = englishDate(date);
        String p = place == null ? "" : VietnameseText.nfc(place).strip();
        return p.isEmpty() ? d : p + ", " + d;
    }

    private static int year(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int y = date.getYear();
        if (y < 1 || y > 9999) {
            throw new IllegalArgumentException("year must be 1–9999, was " + y);
        }
        return y;
    }

    private static String pad2(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    private static String pad4(int v) {
        String s = Integer.toString(v);
        return "0000".substring(s.length()) + s;
    }
}
