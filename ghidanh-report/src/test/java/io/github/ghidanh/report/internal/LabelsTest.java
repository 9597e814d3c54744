package io.github.ghidanh.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Labels and dates of the document headers, written out by hand. */
class LabelsTest {
    final Labels vi = Labels.of(Locale.forLanguageTag("vi-VN"));
    final Labels en = Labels.of(Locale.ENGLISH);

    @Test
    void placeAndDatePadsDaysBelowTenAndMonthsOneAndTwo() {
        assertThat(vi.placeDate("Duyên Hải", LocalDate.of(2022, 5, 31))).isEqualTo("Duyên Hải, ngày 31 tháng 5 năm 2022");
        assertThat(vi.placeDate("Duyên Hải", LocalDate.of(2023, 2, 5))).isEqualTo("Duyên Hải, ngày 05 tháng 02 năm 2023");
        assertThat(vi.placeDate("Duyên Hải", LocalDate.of(2023, 1, 10))).isEqualTo("Duyên Hải, ngày 10 tháng 01 năm 2023");
        assertThat(vi.placeDate("Lào Cai", LocalDate.of(2024, 12, 9))).isEqualTo("Lào Cai, ngày 09 tháng 12 năm 2024");
        assertThat(en.placeDate("Duyên Hải", LocalDate.of(2023, 2, 5))).isEqualTo("Duyên Hải, 5 February 2023");
    }

    @Test
    void anyLanguageButEnglishIsVietnamese() {
        assertThat(Labels.of(Locale.FRENCH).get("page", 1, 2)).isEqualTo("Trang 1/2");
        assertThat(Labels.of(null).get("noiNhan")).isEqualTo("Nơi nhận:");
        assertThat(en.get("page", 3, 4)).isEqualTo("Page 3/4");
        assertThat(en.get("theme")).isEqualTo("in studying and following Hồ Chí Minh's thought, ethics and style");
    }

    @Test
    void everyColumnHasALabelInBothLanguages() {
        for (io.github.ghidanh.report.Table t : io.github.ghidanh.report.Table.values()) {
            for (String id : t.availableColumns()) {
                assertThat(vi.get(t.name() + "." + id)).isNotBlank();
                assertThat(en.get(t.name() + "." + id)).isNotBlank();
            }
        }
    }
}
