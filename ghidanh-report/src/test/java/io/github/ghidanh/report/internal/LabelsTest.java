package io.github.ghidanh.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.model.AchievementType;
import io.github.ghidanh.core.model.ModelField;
import io.github.ghidanh.core.text.VietnameseText.ToneStyle;
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

    @Test
    void theBundleIsWrittenInTheTraditionalTonePlacement() {
        java.util.ResourceBundle b = java.util.ResourceBundle.getBundle("io.github.ghidanh.report.internal.Labels", Locale.ROOT,
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
        assertThat(b.keySet()).hasSizeGreaterThan(50).allSatisfy(k -> assertThat(
                io.github.ghidanh.core.text.VietnameseText.canonicalToneForm(b.getString(k))).as(k).isEqualTo(b.getString(k)));
    }

    @Test
    void theNewTonePlacementChangesTheLibrarysWordsOnly() {
        Labels newTones = Labels.of(Locale.forLanguageTag("vi"), ToneStyle.NEW);
        assertThat(vi.get("state.nation")).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(newTones.get("state.nation")).isEqualTo("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(newTones.achievementType(AchievementType.DEDICATION)).isEqualTo("Tận tuỵ, trách nhiệm trong công việc");
        assertThat(vi.achievementType(AchievementType.DEDICATION)).isEqualTo("Tận tụy, trách nhiệm trong công việc");
        assertThat(newTones.field(ModelField.CIVILISED_LIFESTYLE)).isEqualTo("Thực hiện nếp sống văn hoá, văn minh");
        // an argument is the host's text: "Tỉnh ủy" in a result is printed as written
        assertThat(newTones.get("modelResults", "Được Tỉnh ủy khen, hòa giải thành 6 vụ"))
                .isEqualTo("Kết quả: Được Tỉnh ủy khen, hòa giải thành 6 vụ");
        assertThat(Labels.of(Locale.ENGLISH, ToneStyle.NEW).get("state.nation")).isEqualTo(en.get("state.nation"));
    }

    @Test
    void everyLabelOfTheModelInTheNewPlacementIsTheConversionOfItsTraditionalForm() {
        Labels newTones = Labels.of(Locale.forLanguageTag("vi"), ToneStyle.NEW);
        java.util.function.UnaryOperator<String> toNew = t -> io.github.ghidanh.core.text.VietnameseText.toneForm(t, ToneStyle.NEW);
        for (AchievementType t : AchievementType.values()) {
            assertThat(newTones.achievementType(t)).as(t.name()).isEqualTo(toNew.apply(t.labelVi()));
        }
        for (ModelField f : ModelField.values()) {
            assertThat(newTones.field(f)).as(f.name()).isEqualTo(toNew.apply(f.labelVi()));
        }
        for (io.github.ghidanh.core.model.SubjectCategory c : io.github.ghidanh.core.model.SubjectCategory.values()) {
            assertThat(newTones.category(c)).as(c.name()).isEqualTo(toNew.apply(c.labelVi()));
        }
        for (io.github.ghidanh.core.model.Rating r : io.github.ghidanh.core.model.Rating.values()) {
            assertThat(newTones.rating(r)).as(r.name()).isEqualTo(toNew.apply(r.labelVi()));
        }
        for (io.github.ghidanh.core.model.NomineeKind k : io.github.ghidanh.core.model.NomineeKind.values()) {
            assertThat(newTones.kind(k)).as(k.name()).isEqualTo(toNew.apply(k.labelVi()));
        }
        for (io.github.ghidanh.core.model.Sex x : io.github.ghidanh.core.model.Sex.values()) {
            assertThat(newTones.sex(x)).as(x.name()).isEqualTo(toNew.apply(x.labelVi()));
        }
        for (io.github.ghidanh.core.view.SubmissionStatus x : io.github.ghidanh.core.view.SubmissionStatus.values()) {
            assertThat(newTones.status(x)).as(x.name()).isEqualTo(toNew.apply(x.labelVi()));
        }
        // a label made from values is converted when asked for: a campaign period
        io.github.ghidanh.core.model.CampaignPeriod year = new io.github.ghidanh.core.model.CampaignPeriod.Year(2022);
        assertThat(newTones.period(year)).isEqualTo(toNew.apply(year.labelVi()));
    }
}
