package io.github.ghidanh.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.text.TextProblem.Kind;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextChecksTest {

    @Test
    void ordinaryTextIsClean() {
        assertThat(TextChecks.firstProblem(null)).isEmpty();
        assertThat(TextChecks.firstProblem("")).isEmpty();
        assertThat(TextChecks.firstProblem("Nguyễn Văn An")).isEmpty();
        assertThat(TextChecks.firstProblem(Normalizer.normalize("Đặng Thị Ánh", Normalizer.Form.NFD))).isEmpty();
        assertThat(TextChecks.firstProblem("Tốt lắm 👍 – “hay”")).isEmpty(); // a surrogate pair is fine
        assertThat(TextChecks.firstProblem("Số 12-CV/ĐU\u00A0(bản sao)")).isEmpty(); // no-break space is visible space
        assertThat(TextChecks.isClean("Chi bộ Tổ dân phố số 1")).isTrue();
    }

    @Test
    void controlCharacters() {
        assertThat(TextChecks.firstProblem("An\u0000")).contains(new TextProblem(2, 0, Kind.CONTROL_CHARACTER));
        assertThat(TextChecks.firstProblem("An\tB")).contains(new TextProblem(2, '\t', Kind.CONTROL_CHARACTER));
        assertThat(TextChecks.firstProblem("a\nb")).contains(new TextProblem(1, '\n', Kind.CONTROL_CHARACTER));
        assertThat(TextChecks.firstProblem("x\u007F")).contains(new TextProblem(1, 0x7F, Kind.CONTROL_CHARACTER));
        assertThat(TextChecks.firstProblem("x\u0085")).contains(new TextProblem(1, 0x85, Kind.CONTROL_CHARACTER));
        assertThat(TextChecks.firstProblem("\u001B[31m")).contains(new TextProblem(0, 0x1B, Kind.CONTROL_CHARACTER));
        assertThat(TextChecks.isClean("a\rb")).isFalse();
    }

    @Test
    void multilineTextMayHaveTabsAndLineBreaksButNotOtherControls() {
        assertThat(TextChecks.firstProblemMultiline("Dòng 1\r\nDòng 2\n\tthụt lề")).isEmpty();
        assertThat(TextChecks.firstProblemMultiline("a\nb\u0007")).contains(new TextProblem(3, 7, Kind.CONTROL_CHARACTER));
        assertThat(TextChecks.firstProblemMultiline("a\n\u202Eb")).contains(new TextProblem(2, 0x202E, Kind.BIDI_CONTROL));
    }

    @Test
    void loneSurrogates() {
        assertThat(TextChecks.firstProblem("ab\uD800")).contains(new TextProblem(2, 0xD800, Kind.LONE_SURROGATE));
        assertThat(TextChecks.firstProblem("ab\uD800c")).contains(new TextProblem(2, 0xD800, Kind.LONE_SURROGATE));
        assertThat(TextChecks.firstProblem("\uDC00x")).contains(new TextProblem(0, 0xDC00, Kind.LONE_SURROGATE));
        assertThat(TextChecks.firstProblem("\uDC4D\uD83D")).contains(new TextProblem(0, 0xDC4D, Kind.LONE_SURROGATE));
    }

    @ParameterizedTest
    @ValueSource(ints = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C})
    void bidiControls(int cp) {
        String s = "Nguy" + Character.toString(cp) + "ễn";
        assertThat(TextChecks.firstProblem(s)).contains(new TextProblem(4, cp, Kind.BIDI_CONTROL));
    }

    @ParameterizedTest
    @ValueSource(ints = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x180E, 0x2061, 0xFE0F, 0x034F, 0x3164, 0xE0041})
    void invisibleCharacters(int cp) {
        String s = "An" + Character.toString(cp);
        assertThat(TextChecks.firstProblem(s)).contains(new TextProblem(2, cp, Kind.INVISIBLE_CHARACTER));
    }

    @Test
    void replacementAndNoncharacters() {
        assertThat(TextChecks.firstProblem("Nguy\uFFFDn")).contains(new TextProblem(4, 0xFFFD, Kind.REPLACEMENT_CHARACTER));
        assertThat(TextChecks.firstProblem("x\uFFFF")).contains(new TextProblem(1, 0xFFFF, Kind.NONCHARACTER));
        assertThat(TextChecks.firstProblem("x\uFDD0")).contains(new TextProblem(1, 0xFDD0, Kind.NONCHARACTER));
        assertThat(TextChecks.firstProblem("x" + Character.toString(0x1FFFE)))
                .contains(new TextProblem(1, 0x1FFFE, Kind.NONCHARACTER));
    }

    @Test
    void onlyTheFirstProblemIsReported() {
        assertThat(TextChecks.firstProblem("a\u200Bb\u202Ec\u0000")).contains(new TextProblem(1, 0x200B, Kind.INVISIBLE_CHARACTER));
    }

    @Test
    void describeNamesTheCharacter() {
        assertThat(new TextProblem(5, 0x202E, Kind.BIDI_CONTROL).describe())
                .isEqualTo("U+202E (RIGHT-TO-LEFT OVERRIDE) at index 5: BIDI_CONTROL");
        assertThat(new TextProblem(0, 0xD800, Kind.LONE_SURROGATE).describe()).startsWith("U+D800").endsWith("LONE_SURROGATE");
        assertThat(TextChecks.classify('a')).isEmpty();
        assertThat(TextChecks.classify(0x200B)).contains(Kind.INVISIBLE_CHARACTER);
    }
}
