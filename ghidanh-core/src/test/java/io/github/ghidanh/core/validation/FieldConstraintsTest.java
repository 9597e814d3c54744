package io.github.ghidanh.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.criteria.Nominees;
import io.github.ghidanh.core.model.Achievement;
import io.github.ghidanh.core.model.AchievementType;
import io.github.ghidanh.core.model.Assessment;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.text.LegacyEncoding;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The field rules: exact messages in both languages, paths, masked values, stages, and bad input. */
class FieldConstraintsTest {
    static final Locale VI = Locale.forLanguageTag("vi");
    final NomineeValidator validator = NomineeValidator.create().asOf(Nominees.EVALUATION_DATE);

    private Violation single(Nominee n, Stage stage, Locale locale) {
        List<Violation> v = validator.validate(n, stage, locale);
        assertThat(v).hasSize(1);
        return v.get(0);
    }

    private void assertSingle(Nominee n, Stage stage, String path, String key, String vi, String en, String invalid) {
        Violation v = single(n, stage, VI);
        assertThat(v.path()).isEqualTo(path);
        assertThat(v.clauseId()).isNull();
        assertThat(v.messageKey()).isEqualTo(key);
        assertThat(v.message()).isEqualTo(vi);
        assertThat(v.invalidValue()).isEqualTo(invalid);
        assertThat(single(n, stage, Locale.ENGLISH).message()).isEqualTo(en);
    }

    @Test
    void citizenIdShapeWithTheValueMasked() {
        assertSingle(Nominees.citizen().toBuilder().citizenId("00117801234X").build(), Stage.DRAFT, "citizenId",
                "io.github.ghidanh.field.citizen_id.shape",
                "Số định danh cá nhân (căn cước) phải gồm đúng 12 chữ số",
                "The citizen ID must be exactly 12 digits", "***");
        assertSingle(Nominees.citizen().toBuilder().citizenId("0011780123").build(), Stage.DRAFT, "citizenId",
                "io.github.ghidanh.field.citizen_id.shape",
                "Số định danh cá nhân (căn cước) phải gồm đúng 12 chữ số",
                "The citizen ID must be exactly 12 digits", "***");
        assertThat(validator.validate(Nominees.citizen().toBuilder().citizenId("001178012345").build(), Stage.SUBMISSION,
                VI)).isEmpty();
    }

    @Test
    void yearOfBirthFrom1900ToTheEvaluationYear() {
        assertSingle(Nominees.citizen().toBuilder().yearOfBirth(1899).build(), Stage.DRAFT, "yearOfBirth",
                "io.github.ghidanh.field.year_of_birth.range",
                "Năm sinh 1899 không hợp lệ; phải từ 1900 đến 2022",
                "The year of birth 1899 is invalid; it must be from 1900 to 2022", "1899");
        assertSingle(Nominees.citizen().toBuilder().yearOfBirth(2023).build(), Stage.DRAFT, "yearOfBirth",
                "io.github.ghidanh.field.year_of_birth.range",
                "Năm sinh 2023 không hợp lệ; phải từ 1900 đến 2022",
                "The year of birth 2023 is invalid; it must be from 1900 to 2022", "2023");
        assertThat(validator.validate(Nominees.citizen().toBuilder().yearOfBirth(2022).build(), Stage.DRAFT, VI)).isEmpty();
        assertThat(validator.validate(Nominees.citizen().toBuilder().yearOfBirth(1900).build(), Stage.DRAFT, VI)).isEmpty();
    }

    @Test
    void scoreAgreesWithRating() {
        assertSingle(Nominees.partyMember().toBuilder().assessment(new Assessment(Rating.HTXSNV, 85, 2022)).build(),
                Stage.DRAFT, "assessment.score", "io.github.ghidanh.field.score.rating",
                "Điểm 85 thấp hơn mức tối thiểu 90 điểm của mức xếp loại hoàn thành xuất sắc nhiệm vụ (Quy định 366-QĐ/TW)",
                "The score 85 is below the minimum of 90 points of the rating Completed duties excellently (Quy định 366-QĐ/TW)",
                "rating=HTXSNV, score=85");
        assertSingle(Nominees.partyMember().toBuilder().assessment(new Assessment(Rating.HTXSNV, 101, 2022)).build(),
                Stage.DRAFT, "assessment.score", "io.github.ghidanh.field.score.range",
                "Điểm đánh giá 101 không hợp lệ; phải từ 0 đến 100",
                "The rating score 101 is invalid; it must be from 0 to 100", "rating=HTXSNV, score=101");
        assertThat(validator.validate(Nominees.partyMember().toBuilder().assessment(new Assessment(Rating.HTXSNV, 90, 2021))
                .build(), Stage.SUBMISSION, VI)).isEmpty();
    }

    /** Quy định 366-QĐ/TW: a score in or above the band is necessary, not sufficient; only a score below it disagrees. */
    @Test
    void aScoreAboveTheBandIsNotInconsistent() {
        for (Object[] ok : new Object[][] {{Rating.HTTNV, 92}, {Rating.HTTNV, 70}, {Rating.HTNV, 95}, {Rating.HTNV, 50},
                {Rating.KHTNV, 100}, {Rating.KHTNV, 0}}) {
            assertThat(validator.validate(Nominees.citizen().toBuilder()
                    .assessment(new Assessment((Rating) ok[0], (Integer) ok[1], 2021)).build(), Stage.DRAFT, VI))
                    .as("%s %s", ok[0], ok[1]).isEmpty();
        }
        assertSingle(Nominees.citizen().toBuilder().assessment(new Assessment(Rating.HTTNV, 69, 2021)).build(),
                Stage.DRAFT, "assessment.score", "io.github.ghidanh.field.score.rating",
                "Điểm 69 thấp hơn mức tối thiểu 70 điểm của mức xếp loại hoàn thành tốt nhiệm vụ (Quy định 366-QĐ/TW)",
                "The score 69 is below the minimum of 70 points of the rating Completed duties well (Quy định 366-QĐ/TW)",
                "rating=HTTNV, score=69");
        assertSingle(Nominees.citizen().toBuilder().assessment(new Assessment(Rating.HTNV, 49, 2021)).build(),
                Stage.DRAFT, "assessment.score", "io.github.ghidanh.field.score.rating",
                "Điểm 49 thấp hơn mức tối thiểu 50 điểm của mức xếp loại hoàn thành nhiệm vụ (Quy định 366-QĐ/TW)",
                "The score 49 is below the minimum of 50 points of the rating Completed duties (Quy định 366-QĐ/TW)",
                "rating=HTNV, score=49");
    }

    @Test
    void nameRequiredOnSubmissionButNotInADraft() {
        Nominee n = Nominees.collective().toBuilder().name("   ").build();
        assertSingle(n, Stage.SUBMISSION, "name", "io.github.ghidanh.field.name.required",
                "Phải ghi tên: họ và tên của cá nhân, tên tập thể hoặc tên mô hình",
                "The name is required: the person's full name, the collective's or the model's name", "   ");
        assertThat(validator.validate(n, Stage.DRAFT, VI)).isEmpty();
    }

    @Test
    void tenThousandCharacters() {
        String longText = "a".repeat(10_000);
        Violation v = single(Nominees.citizen().toBuilder().results(longText).build(), Stage.DRAFT, VI);
        assertThat(v.path()).isEqualTo("results");
        assertThat(v.messageKey()).isEqualTo("io.github.ghidanh.field.text.length");
        assertThat(v.message()).isEqualTo("Nội dung dài 10000 ký tự, vượt quá giới hạn 4000 ký tự");
        assertThat(single(Nominees.citizen().toBuilder().results(longText).build(), Stage.DRAFT, Locale.ENGLISH).message())
                .isEqualTo("The text is 10000 characters long, more than the limit of 4000");
        assertThat(v.invalidValue()).hasSize(101).endsWith("a…");
        // a 10,000-character name and citizen ID: violations, not exceptions
        List<Violation> all = validator.validate(Nominees.citizen().toBuilder().name(longText).citizenId(longText).build(),
                Stage.SUBMISSION, VI);
        assertThat(all).extracting(Violation::path, Violation::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("citizenId", "io.github.ghidanh.field.citizen_id.shape"),
                org.assertj.core.groups.Tuple.tuple("name", "io.github.ghidanh.field.text.length"));
    }

    @Test
    void controlCharacter() {
        assertSingle(Nominees.citizen().toBuilder().name("Lò Văn\u0000 Dũng").build(), Stage.DRAFT, "name",
                "io.github.ghidanh.field.text.clean",
                "Văn bản chứa ký tự không hợp lệ U+0000 ở vị trí 7: ký tự điều khiển",
                "The text contains the invalid character U+0000 at position 7: a control character",
                "Lò Văn\uFFFD Dũng");
        // a line break is a control character in a name, not in a multi-line text
        assertThat(single(Nominees.citizen().toBuilder().name("Lò Văn\nDũng").build(), Stage.DRAFT, VI).messageKey())
                .isEqualTo("io.github.ghidanh.field.text.clean");
        assertThat(validator.validate(Nominees.citizen().toBuilder().results("Dòng 1\nDòng 2\tcột").build(), Stage.DRAFT,
                VI)).isEmpty();
    }

    @Test
    void loneSurrogateAndBidiOverride() {
        Violation lone = single(Nominees.model().toBuilder().content("Nội dung \uD83D cụ thể").build(), Stage.DRAFT, VI);
        assertThat(lone.path()).isEqualTo("content");
        assertThat(lone.message()).isEqualTo(
                "Văn bản chứa ký tự không hợp lệ U+D83D ở vị trí 10: nửa cặp ký tự đại diện (surrogate) đứng lẻ");
        assertThat(single(Nominees.model().toBuilder().content("Nội dung \uD83D cụ thể").build(), Stage.DRAFT,
                Locale.ENGLISH).message()).isEqualTo("The text contains the invalid character U+D83D at position 10: a lone surrogate");
        assertThat(lone.invalidValue()).isEqualTo("Nội dung \uFFFD cụ thể");
        Violation bidi = single(Nominees.collective().toBuilder().achievements(List.of(
                Achievement.of(AchievementType.CHARITY, "Quyên góp \u202Egnồđ uệirt 01"))).build(), Stage.DRAFT, VI);
        assertThat(bidi.path()).isEqualTo("achievements[0].description");
        assertThat(bidi.messageKey()).isEqualTo("io.github.ghidanh.field.text.clean");
        assertThat(bidi.message()).isEqualTo("Văn bản chứa ký tự không hợp lệ U+202E ở vị trí 11: ký tự điều khiển chiều văn bản");
        assertThat(bidi.invalidValue()).isEqualTo("Quyên góp \uFFFDgnồđ uệirt 01");
        // a zero-width space hidden in a name
        Violation zw = single(Nominees.citizen().toBuilder().name("Lò\u200BVăn Dũng").build(), Stage.DRAFT, Locale.ENGLISH);
        assertThat(zw.message()).isEqualTo("The text contains the invalid character U+200B at position 3: an invisible character");
        // a proper surrogate pair (an emoji) is fine
        assertThat(validator.validate(Nominees.model().toBuilder().content("Nội dung 👍 cụ thể").build(), Stage.DRAFT, VI))
                .isEmpty();
    }

    @Test
    void nfdInputIsStoredAsNfcAndPasses() {
        String nfd = java.text.Normalizer.normalize("Nguyễn Thị Hồng Nhung", java.text.Normalizer.Form.NFD);
        IndividualNominee n = Nominees.partyMember().toBuilder().name(nfd).build();
        assertThat(n.name()).isEqualTo("Nguyễn Thị Hồng Nhung");
        assertThat(validator.validate(n, Stage.SUBMISSION, VI)).isEmpty();
    }

    @Test
    void legacyEncodedTextIsReportedWhenDetected() {
        String tcvn3 = "B¶o Th¾ng";
        List<Violation> v = validator.validate(Nominees.citizen().toBuilder().unit(tcvn3).build(), Stage.DRAFT, VI);
        if (LegacyEncoding.detect(tcvn3).isPresent()) {
            assertThat(v).singleElement().satisfies(x -> {
                assertThat(x.messageKey()).isEqualTo("io.github.ghidanh.field.text.legacy_encoding");
                assertThat(x.message()).isEqualTo(
                        "Văn bản có vẻ được gõ bằng bảng mã cũ TCVN3, không phải Unicode; hãy chuyển sang Unicode");
            });
        } else {
            assertThat(v).isEmpty();
        }
    }

    @Test
    void nullsNeverThrow() {
        assertThat(validator.validate(null, Stage.SUBMISSION, VI)).singleElement().satisfies(v -> {
            assertThat(v.nomineeId()).isNull();
            assertThat(v.messageKey()).isEqualTo("io.github.ghidanh.field.nominee.required");
            assertThat(v.message()).isEqualTo("Thiếu mô hình, tập thể hoặc cá nhân đề nghị ghi danh (giá trị rỗng)");
        });
        assertThat(validator.validate(null, null, Locale.ENGLISH)).singleElement()
                .satisfies(v -> assertThat(v.message()).isEqualTo("The nominee is missing (null)"));
        assertThat(validator.validateAll(null, Stage.SUBMISSION, VI)).hasSize(1);
        assertThat(validator.validateAll(java.util.Arrays.asList(Nominees.model(), null), null, null)).hasSize(1);
        // stage null = submission
        assertThat(validator.validate(Nominees.collective().toBuilder().effect(null).build(), null, VI)).hasSize(1);
    }

    @Test
    void blankEverything() {
        IndividualNominee blank = IndividualNominee.builder(" ", " ").name("").results(" ").position("").build();
        assertThat(validator.validate(blank, Stage.SUBMISSION, VI)).extracting(Violation::messageKey).containsExactly(
                "io.github.ghidanh.field.name.required",
                "io.github.ghidanh.cv_1_a.category.required",
                "io.github.ghidanh.cv_1_b.achievement.required",
                "io.github.ghidanh.cv_1_e.results.required",
                "io.github.ghidanh.cv_1_e.recognition.required");
        assertThat(validator.validate(blank, Stage.DRAFT, VI)).isEmpty();
    }

    @Test
    void validateAllKeepsTheOrderOfNominees() {
        List<Violation> v = validator.validateAll(List.of(
                Nominees.collective().toBuilder().spread(null).build(),
                Nominees.model(),
                Nominees.citizen().toBuilder().citizenId("1").build()), Stage.SUBMISSION, VI);
        assertThat(v).extracting(Violation::nomineeId, Violation::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("c-1", "io.github.ghidanh.cv_1_d.spread.required"),
                org.assertj.core.groups.Tuple.tuple("i-2", "io.github.ghidanh.field.citizen_id.shape"));
    }
}
