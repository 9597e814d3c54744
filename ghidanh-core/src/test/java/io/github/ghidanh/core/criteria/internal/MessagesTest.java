package io.github.ghidanh.core.criteria.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ghidanh.core.model.AchievementType;
import io.github.ghidanh.core.model.ModelField;
import io.github.ghidanh.core.model.NomineeKind;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.model.SubjectCategory;
import io.github.ghidanh.core.text.TextProblem;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a value and a template become the text of a message, in each language (expected texts written by hand). */
class MessagesTest {

    private static Map<String, Object> values(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void rawValuesAreTheValueItselfDatesDayFirstAndListsJoined() {
        assertThat(Messages.raw(null)).isEmpty();
        assertThat(Messages.raw(7)).isEqualTo("7");
        assertThat(Messages.raw(Rating.HTTNV)).isEqualTo("HTTNV");
        assertThat(Messages.raw(LocalDate.of(2022, 6, 5))).isEqualTo("05/06/2022");
        assertThat(Messages.raw(LocalDate.of(987, 11, 23))).isEqualTo("23/11/0987");
        assertThat(Messages.raw(List.of(SubjectCategory.CAN_BO, SubjectCategory.CONG_CHUC))).isEqualTo("CAN_BO, CONG_CHUC");
        assertThat(Messages.raw(List.of(LocalDate.of(2022, 1, 2)))).isEqualTo("02/01/2022");
        assertThat(Messages.raw(List.of())).isEmpty();
    }

    @Test
    void displayedValuesAreLabelsInTheLanguage() {
        assertThat(Messages.display(null, true)).isEqualTo("(không có)");
        assertThat(Messages.display(null, false)).isEqualTo("(none)");
        // a rating stands mid-sentence in Vietnamese: lower-case first letter
        assertThat(Messages.display(Rating.HTXSNV, true)).isEqualTo("hoàn thành xuất sắc nhiệm vụ");
        assertThat(Messages.display(Rating.HTXSNV, false)).isEqualTo("Completed duties excellently");
        assertThat(Messages.display(Rating.KHTNV, true)).isEqualTo("không hoàn thành nhiệm vụ");
        assertThat(Messages.display(SubjectCategory.DANG_VIEN, true)).isEqualTo("Đảng viên");
        assertThat(Messages.display(SubjectCategory.DANG_VIEN, false)).isEqualTo("Party member");
        assertThat(Messages.display(NomineeKind.COLLECTIVE, true)).isEqualTo("Tập thể");
        assertThat(Messages.display(NomineeKind.COLLECTIVE, false)).isEqualTo("Collective");
        for (AchievementType t : AchievementType.values()) {
            assertThat(Messages.display(t, true)).isEqualTo(t.labelVi()).isNotEqualTo(t.labelEn());
            assertThat(Messages.display(t, false)).isEqualTo(t.labelEn());
        }
        for (ModelField f : ModelField.values()) {
            assertThat(Messages.display(f, true)).isEqualTo(f.labelVi()).isNotEqualTo(f.labelEn());
            assertThat(Messages.display(f, false)).isEqualTo(f.labelEn());
        }
        assertThat(Messages.display(LocalDate.of(2022, 6, 5), false)).isEqualTo("05/06/2022");
        assertThat(Messages.display(List.of(SubjectCategory.CAN_BO, SubjectCategory.CONG_CHUC), true))
                .isEqualTo("Cán bộ, Công chức");
        assertThat(Messages.display(List.of(SubjectCategory.CAN_BO, SubjectCategory.CONG_CHUC), false))
                .isEqualTo("Cadre, Civil servant");
        assertThat(Messages.display(42, true)).isEqualTo("42");
    }

    @Test
    void everyKindOfTextProblemHasItsWordsInBothLanguages() {
        Map<TextProblem.Kind, String[]> expected = Map.of(
                TextProblem.Kind.CONTROL_CHARACTER, new String[] {"ký tự điều khiển", "a control character"},
                TextProblem.Kind.LONE_SURROGATE, new String[] {"nửa cặp ký tự đại diện (surrogate) đứng lẻ", "a lone surrogate"},
                TextProblem.Kind.BIDI_CONTROL, new String[] {"ký tự điều khiển chiều văn bản", "a bidirectional control character"},
                TextProblem.Kind.INVISIBLE_CHARACTER, new String[] {"ký tự vô hình", "an invisible character"},
                TextProblem.Kind.REPLACEMENT_CHARACTER, new String[] {"ký tự thay thế U+FFFD (văn bản bị lỗi bảng mã)",
                        "the replacement character U+FFFD (a decoding error)"},
                TextProblem.Kind.NONCHARACTER, new String[] {"ký tự không dùng trong Unicode", "a Unicode noncharacter"});
        assertThat(expected).hasSize(TextProblem.Kind.values().length);
        expected.forEach((k, texts) -> {
            assertThat(Messages.display(k, true)).isEqualTo(texts[0]);
            assertThat(Messages.display(k, false)).isEqualTo(texts[1]);
        });
    }

    @Test
    void parametersGiveEachValueRawAndInBothLanguages() {
        Map<String, String> p = Messages.parameters(values("rating", Rating.HTTNV, "count", 3, "none", null));
        assertThat(p).containsExactly(Map.entry("rating", "HTTNV"), Map.entry("ratingVi", "hoàn thành tốt nhiệm vụ"),
                Map.entry("ratingEn", "Completed duties well"), Map.entry("count", "3"), Map.entry("countVi", "3"),
                Map.entry("countEn", "3"), Map.entry("none", ""), Map.entry("noneVi", "(không có)"),
                Map.entry("noneEn", "(none)"));
        assertThat(Messages.parameters(Map.of())).isEmpty();
    }

    @Test
    void templatesFillNamedParametersEscapesAndLeaveUnknownNamesAsWritten() {
        Messages.Segments s = Messages.Segments.parse("Điểm {score} của {ratingVi} ({ratingEn}), \\{score\\} {missing}{missingVi}");
        assertThat(s.parameterNames()).containsExactly("score", "ratingVi", "ratingEn", "missing", "missingVi");
        assertThat(s.render(values("score", 85, "rating", Rating.HTXSNV), true)).isEqualTo(
                "Điểm 85 của hoàn thành xuất sắc nhiệm vụ (Completed duties excellently), {score} {missing}{missingVi}");
        assertThat(Messages.Segments.parse("không có tham số").render(Map.of(), false)).isEqualTo("không có tham số");
        assertThat(Messages.Segments.parse("mở { không đóng").render(Map.of(), true)).isEqualTo("mở { không đóng");
        assertThat(Messages.Segments.parse("} {a}").render(values("a", 1), true)).isEqualTo("} 1");
        assertThat(Messages.Segments.parse("cuối \\").render(Map.of(), true)).isEqualTo("cuối \\");
        assertThat(Messages.Segments.parse("{a}{b}").render(values("a", "x", "b", "y"), true)).isEqualTo("xy");
        assertThat(Messages.Segments.parse("{a}").parameterNames()).containsExactly("a");
        // a first literal longer than the builder's initial room
        String longLiteral = "x".repeat(100);
        assertThat(Messages.Segments.parse(longLiteral + "{a}.").render(values("a", 1), false)).isEqualTo(longLiteral + "1.");
    }

    @Test
    void aTemplateRendersInTheLanguageAsked() {
        Messages.Template t = Messages.get().template(Keys.CV_1_B_ACHIEVEMENT_REQUIRED);
        assertThat(t.key()).isEqualTo(Keys.CV_1_B_ACHIEVEMENT_REQUIRED);
        assertThat(t.render(false, values("min", 2, "count", 1)))
                .isEqualTo("At least 2 concrete achievement(s) required, 1 given (CV-1.b)");
        assertThat(t.render(true, values("min", 2, "count", 1))).contains("2").contains("1").contains("(CV-1.b)")
                .isNotEqualTo(t.render(false, values("min", 2, "count", 1)));
        assertThatThrownBy(() -> Messages.get().template("io.github.ghidanh.no.such.key"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Message key io.github.ghidanh.no.such.key is missing from ContributorValidationMessages.properties");
    }

    @Test
    void theBundlesKeysAndRawTextsInEachLanguage() {
        Messages m = Messages.get();
        assertThat(List.copyOf(m.englishKeys())).contains(Keys.CV_1_A_CATEGORY_REQUIRED).isSorted();
        assertThat(List.copyOf(m.vietnameseKeys())).contains(Keys.CV_1_A_CATEGORY_REQUIRED).isSorted();
        assertThat(m.raw(Keys.CV_1_B_ACHIEVEMENT_REQUIRED, Locale.ENGLISH))
                .isEqualTo("At least {min} concrete achievement(s) required, {count} given (CV-1.b)");
        assertThat(m.raw(Keys.CV_1_B_ACHIEVEMENT_REQUIRED, Locale.forLanguageTag("vi-VN")))
                .isEqualTo(m.raw(Keys.CV_1_B_ACHIEVEMENT_REQUIRED, null))
                .isNotEqualTo(m.raw(Keys.CV_1_B_ACHIEVEMENT_REQUIRED, Locale.ENGLISH));
        assertThat(m.raw("io.github.ghidanh.no.such.key", Locale.ENGLISH)).isNull();
        assertThat(Messages.isVietnamese(null)).isTrue();
        assertThat(Messages.isVietnamese(Locale.forLanguageTag("vi"))).isTrue();
        assertThat(Messages.isVietnamese(Locale.FRENCH)).isFalse();
    }

    @Test
    void copiesOfABundleAreMergedAndTheFirstOnTheClassPathWins(@TempDir Path tmp) throws IOException {
        Path first = Files.createDirectories(tmp.resolve("first"));
        Path second = Files.createDirectories(tmp.resolve("second"));
        Files.writeString(first.resolve("B.properties"), "shared=từ bản đầu\nonlyFirst=1\n", StandardCharsets.UTF_8);
        Files.writeString(second.resolve("B.properties"), "shared=từ bản sau\nonlySecond=2\n", StandardCharsets.UTF_8);
        try (URLClassLoader cl = new URLClassLoader(new URL[] {first.toUri().toURL(), second.toUri().toURL()}, null)) {
            assertThat(Messages.load(cl, "B.properties")).containsOnly(Map.entry("shared", "từ bản đầu"),
                    Map.entry("onlyFirst", "1"), Map.entry("onlySecond", "2"));
            assertThat(Messages.load(cl, "None.properties")).isEmpty();
        }
    }
}
