package io.github.ghidanh.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VietnameseDatesTest {

    /** Written out by hand: days below 10 padded. */
    private static final String[] DAYS = {"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
        "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30",
        "31"};
    /** Written out by hand: only January and February padded. */
    private static final String[] MONTHS = {"01", "02", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"};
    private static final String[] ENGLISH = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    @Test
    void spotChecksOfTheSourceLetterAndHuongDan36() {
        assertThat(VietnameseDates.longDate(LocalDate.of(2023, 2, 5))).isEqualTo("ngày 05 tháng 02 năm 2023");
        assertThat(VietnameseDates.longDate(LocalDate.of(2022, 5, 31))).isEqualTo("ngày 31 tháng 5 năm 2022");
        assertThat(VietnameseDates.placeAndDate("Duyên Hải", LocalDate.of(2022, 5, 31)))
                .isEqualTo("Duyên Hải, ngày 31 tháng 5 năm 2022");
        assertThat(VietnameseDates.shortDate(LocalDate.of(2023, 2, 5))).isEqualTo("05/02/2023");
        assertThat(VietnameseDates.shortDate(LocalDate.of(2022, 5, 31))).isEqualTo("31/05/2022");
        assertThat(VietnameseDates.englishDate(LocalDate.of(2022, 5, 31))).isEqualTo("31 May 2022");
        assertThat(VietnameseDates.englishDate(LocalDate.of(2023, 2, 5))).isEqualTo("5 February 2023");
        assertThat(VietnameseDates.englishPlaceAndDate("Duyên Hải", LocalDate.of(2022, 5, 31)))
                .isEqualTo("Duyên Hải, 31 May 2022");
    }

    @Test
    void moreSpotChecks() {
        assertThat(VietnameseDates.longDate(LocalDate.of(2022, 1, 17))).isEqualTo("ngày 17 tháng 01 năm 2022");
        assertThat(VietnameseDates.longDate(LocalDate.of(2022, 3, 8))).isEqualTo("ngày 08 tháng 3 năm 2022");
        assertThat(VietnameseDates.longDate(LocalDate.of(2024, 12, 1))).isEqualTo("ngày 01 tháng 12 năm 2024");
        assertThat(VietnameseDates.longDate(LocalDate.of(2024, 2, 29))).isEqualTo("ngày 29 tháng 02 năm 2024");
        assertThat(VietnameseDates.longDate(LocalDate.of(2025, 10, 9))).isEqualTo("ngày 09 tháng 10 năm 2025");
        assertThat(VietnameseDates.citationDate(LocalDate.of(2022, 3, 8))).isEqualTo("08/3/2022");
        assertThat(VietnameseDates.citationDate(LocalDate.of(2022, 1, 17))).isEqualTo("17/01/2022");
        assertThat(VietnameseDates.shortDate(LocalDate.of(999, 1, 1))).isEqualTo("01/01/0999");
    }

    @Test
    void everyDayOfALeapYear() {
        int count = 0;
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() == 2024; d = d.plusDays(1)) {
            String day = DAYS[d.getDayOfMonth() - 1];
            String month = MONTHS[d.getMonthValue() - 1];
            assertThat(VietnameseDates.longDate(d)).isEqualTo("ngày " + day + " tháng " + month + " năm 2024");
            assertThat(VietnameseDates.placeAndDate("Lào Cai", d))
                    .isEqualTo("Lào Cai, ngày " + day + " tháng " + month + " năm 2024");
            assertThat(VietnameseDates.citationDate(d)).isEqualTo(day + "/" + month + "/2024");
            String mm = d.getMonthValue() < 10 ? "0" + d.getMonthValue() : "" + d.getMonthValue();
            assertThat(VietnameseDates.shortDate(d)).isEqualTo(day + "/" + mm + "/2024");
            assertThat(VietnameseDates.englishDate(d))
                    .isEqualTo(d.getDayOfMonth() + " " + ENGLISH[d.getMonthValue() - 1] + " 2024");
            count++;
        }
        assertThat(count).isEqualTo(366);
    }

    @Test
    void dayAndMonthHelpersCoverTheirWholeRange() {
        for (int d = 1; d <= 31; d++) {
            assertThat(VietnameseDates.day(d)).isEqualTo(DAYS[d - 1]);
        }
        for (int m = 1; m <= 12; m++) {
            assertThat(VietnameseDates.month(m)).isEqualTo(MONTHS[m - 1]);
        }
        assertThatThrownBy(() -> VietnameseDates.day(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VietnameseDates.day(32)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VietnameseDates.month(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VietnameseDates.month(13)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void placeIsNormalisedAndOptional() {
        LocalDate d = LocalDate.of(2022, 5, 31);
        String nfdPlace = Normalizer.normalize(" Duyên Hải ", Normalizer.Form.NFD);
        assertThat(VietnameseDates.placeAndDate(nfdPlace, d)).isEqualTo("Duyên Hải, ngày 31 tháng 5 năm 2022");
        assertThat(VietnameseDates.placeAndDate(null, d)).isEqualTo("ngày 31 tháng 5 năm 2022");
        assertThat(VietnameseDates.placeAndDate("  ", d)).isEqualTo("ngày 31 tháng 5 năm 2022");
        assertThat(VietnameseDates.englishPlaceAndDate(null, d)).isEqualTo("31 May 2022");
    }

    @Test
    void nullDateAndImpossibleYearsAreDocumentedExceptions() {
        assertThatThrownBy(() -> VietnameseDates.longDate(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("date");
        assertThatThrownBy(() -> VietnameseDates.shortDate(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> VietnameseDates.placeAndDate("Duyên Hải", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> VietnameseDates.longDate(LocalDate.of(10000, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10000");
        assertThatThrownBy(() -> VietnameseDates.shortDate(LocalDate.of(0, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
