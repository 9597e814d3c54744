package io.github.ghidanh.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CitizenIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"001012345645", "079203000123", "000000000000", "999999999999"})
    void twelveAsciiDigitsHaveTheShape(String id) {
        assertThat(CitizenId.isValidShape(id)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "00101234564",      // 11 digits
        "0010123456451",    // 13 digits
        "001012345",        // 9 digits (old CMND)
        "00101234564a",
        "001 012 345 645",
        " 001012345645",
        "001012345645 ",
        "00101234564５",    // full-width 5
        "٠٠١٠١٢٣٤٥٦٤٥",     // Arabic-Indic digits
        "۰۰۱۰۱۲۳۴۵۶۴۵",     // extended Arabic-Indic digits
        "००१०१२३४५६४५",     // Devanagari digits
        "-01012345645",
        "+01012345645",
        "001012345645\n",
        "00101234564\u0000",
    })
    void everythingElseDoesNot(String id) {
        assertThat(CitizenId.isValidShape(id)).isFalse();
    }

    @Test
    void masksAllButFourAndTwo() {
        assertThat(CitizenId.mask("001012345645")).isEqualTo("0010******45");
        assertThat(CitizenId.mask("079203000123")).isEqualTo("0792******23");
    }

    @Test
    void malformedValuesAreMaskedWholeAndNullStaysNull() {
        assertThat(CitizenId.mask(null)).isNull();
        assertThat(CitizenId.mask("")).isEqualTo("***");
        assertThat(CitizenId.mask("00101234564")).isEqualTo("***");
        assertThat(CitizenId.mask("0".repeat(10_000))).isEqualTo("***");
        assertThat(CitizenId.mask("\uD800".repeat(12))).isEqualTo("***");
        assertThat(CitizenId.mask("00101234564a")).isEqualTo("***"); // 12 characters, not 12 digits
        assertThat(CitizenId.mask("٠٠١٠١٢٣٤٥٦٤٥")).isEqualTo("***");
    }
}
